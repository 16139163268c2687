using System.Collections.Generic;
using System.Linq;
using DfLint.Configuration;

namespace DfLint.Core.Tests.Configuration;

public class ConfigValuesValidateTests
{
    [Theory]
    [InlineData("dotnet_diagnostic.DF000.severity", "error", null)]
    [InlineData("dotnet_diagnostic.DF000.severity", "default", null)]
    [InlineData("dotnet_diagnostic.DF997.severity", "error", "unknown rule 'DF997'")]
    [InlineData("dotnet_diagnostic.DF998.severity", "none", null)] // the build's own IDs are not rules, but not unknown
    [InlineData("dotnet_diagnostic.DF999.severity", "warning", null)]
    [InlineData("dotnet_diagnostic.DF000.severity", "loud", "'loud' is not a severity (error, warning, suggestion, none or default) for DF000")]
    [InlineData("dotnet_diagnostic.CA1000.severity", "loud", null)]
    [InlineData("dotnet_analyzer_diagnostic.category-Syntax.severity", "loud", "'loud' is not a severity (error, warning, suggestion or none) for category Syntax")]
    [InlineData("dotnet_analyzer_diagnostic.category-Style.severity", "loud", null)]
    [InlineData("dotnet_analyzer_diagnostic.severity", "loud", "'loud' is not a severity (error, warning, suggestion or none)")]
    [InlineData("dflint.trusted_registries", "anything", null)]
    [InlineData("indent_size", "4", null)]
    public void Reports_what_Apply_would_skip(string key, string value, string? problem)
        => ConfigValues.Validate(key, value).Should().Be(problem);
}
