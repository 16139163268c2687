using System.Collections.Generic;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;
using DfLint.Rules;
using Microsoft.CodeAnalysis;

namespace DfLint.Analyzers.Tests;

/// <summary>How configured severities reach diagnostics located in a Dockerfile.</summary>
public sealed class SeverityTests
{
    private static readonly DockerfileRule[] ReportBad = { new ReportWordRule("BAD") };

    private static AnalyzerRunner Runner() => AnalyzerRunner.For(("/r/Dockerfile", "RUN BAD\n")) with { Rules = ReportBad };

    // DF000 is the only registry rule yet and defaults to error: the compiler lowers it (globalconfig) and raises it again
    // (warnings as errors). Once the registry has warning rules, these can also check Diagnostic.IsWarningAsError.
    private static IEnumerable<(string, DiagnosticSeverity)> Shown(AnalyzerRunner runner)
        => runner.Run().Diagnostics.Select(d => (d.Id, d.Severity));

    [Fact]
    public void Uses_the_registry_default_severity()
    {
        Shown(Runner()).Should().Equal(("DF000", DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData(ReportDiagnostic.Warn, DiagnosticSeverity.Warning)]
    [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    public void Applies_globalconfig_severity(ReportDiagnostic configured, DiagnosticSeverity shown)
    {
        var runner = Runner() with { GlobalConfigSeverities = new Dictionary<string, ReportDiagnostic> { ["DF000"] = configured } };

        Shown(runner).Should().Equal(("DF000", shown));
    }

    [Fact]
    public void Globalconfig_none_turns_the_rule_off()
    {
        var runner = Runner() with { GlobalConfigSeverities = new Dictionary<string, ReportDiagnostic> { ["DF000"] = ReportDiagnostic.Suppress } };

        Shown(runner).Should().BeEmpty();
    }

    [Fact]
    public void NoWarn_suppresses_a_rule_lowered_to_warning()
    {
        var runner = Runner() with
        {
            GlobalConfigSeverities = new Dictionary<string, ReportDiagnostic> { ["DF000"] = ReportDiagnostic.Warn },
            CommandLineSeverities = new Dictionary<string, ReportDiagnostic> { ["DF000"] = ReportDiagnostic.Suppress },
        };

        Shown(runner).Should().BeEmpty();
    }

    [Fact]
    public void WarningsAsErrors_raises_a_warning()
    {
        var runner = Runner() with
        {
            GlobalConfigSeverities = new Dictionary<string, ReportDiagnostic> { ["DF000"] = ReportDiagnostic.Warn },
            CommandLineSeverities = new Dictionary<string, ReportDiagnostic> { ["DF000"] = ReportDiagnostic.Error },
        };

        Shown(runner).Should().Equal(("DF000", DiagnosticSeverity.Error));
    }

    [Fact]
    public void TreatWarningsAsErrors_raises_a_warning()
    {
        var runner = Runner() with
        {
            GlobalConfigSeverities = new Dictionary<string, ReportDiagnostic> { ["DF000"] = ReportDiagnostic.Warn },
            GeneralWarningsAsErrors = true,
        };

        Shown(runner).Should().Equal(("DF000", DiagnosticSeverity.Error));
    }

    [Fact]
    public void Reads_dotnet_diagnostic_keys_the_compiler_would_hand_over_through_ConfigValues()
    {
        // The compiler hides dotnet_diagnostic keys from analyzers today; should a host pass them, they apply like in the CLI.
        var runner = Runner() with
        {
            Options = new TestOptionsProvider(perFile: new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/r/Dockerfile"] = new Dictionary<string, string> { ["dotnet_diagnostic.DF000.severity"] = "warning" },
            }),
        };

        Shown(runner).Should().Equal(("DF000", DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Category_severity_from_config_applies()
    {
        var runner = Runner() with
        {
            Options = new TestOptionsProvider(global: new Dictionary<string, string>
            {
                ["dotnet_analyzer_diagnostic.category-Syntax.severity"] = "suggestion",
            }),
        };

        Shown(runner).Should().Equal(("DF000", DiagnosticSeverity.Info));
    }
}
