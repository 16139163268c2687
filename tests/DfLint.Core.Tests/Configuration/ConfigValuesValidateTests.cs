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

    [Fact]
    public void An_option_no_rule_declares_is_unknown_and_the_message_lists_the_known_ones()
        => ConfigValues.Validate("dflint.typo_option", "1").Should().Be("unknown option 'dflint.typo_option' (known options: dflint.trusted_registries)");

    [Fact]
    public void Option_keys_are_matched_without_case()
        => ConfigValues.Validate("dflint.Trusted_Registries", "ghcr.io").Should().BeNull();

    [Fact]
    public void The_resolver_keeps_each_ignored_entry_with_its_file_and_line()
    {
        var config = ConfigFile.Parse("/r/.globalconfig", "is_global = true\ndflint.typo_option = 1\ndflint.trusted_registries = ghcr.io\n", ConfigFileKind.GlobalConfig);
        var resolution = DockerfileConfigResolver.Resolve("/r/app/Dockerfile", (dir, name) => dir == "/r" && name == ".globalconfig" ? config : null);
        resolution.Problems.Should().ContainSingle();
        resolution.Problems[0].File.Should().BeSameAs(config);
        resolution.Problems[0].Line.Should().Be(2);
        resolution.Problems[0].Message.Should().StartWith("unknown option 'dflint.typo_option'");
        resolution.Warnings.Should().ContainSingle().Which.Should().StartWith("/r/.globalconfig:2: unknown option");
        resolution.Options.RuleOptions["trusted_registries"].Should().Be("ghcr.io");
    }
}
