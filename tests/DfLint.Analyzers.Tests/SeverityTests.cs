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

    // The test rule reports under DF000's descriptor, which defaults to error: the compiler lowers it (globalconfig) and
    // raises it again (warnings as errors). The last test uses a warning rule's descriptor to check IsWarningAsError.
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
    public void TreatWarningsAsErrors_marks_a_warning_rule_as_a_warning_raised_to_an_error()
    {
        var df101 = RuleRegistry.Find("DF101")!;
        df101.DefaultSeverity.Should().Be(Severity.Warning, "the test needs a rule that warns by default");
        var warning = AnalyzerRunner.For(("/r/Dockerfile", "RUN BAD\n")) with { Rules = new DockerfileRule[] { new ReportWordRule("BAD", df101) } };

        var plain = warning.Run().Diagnostics.Should().ContainSingle().Subject;
        plain.Severity.Should().Be(DiagnosticSeverity.Warning);
        plain.IsWarningAsError.Should().BeFalse();

        var raised = (warning with { GeneralWarningsAsErrors = true }).Run().Diagnostics.Should().ContainSingle().Subject;
        raised.Id.Should().Be("DF101");
        raised.Severity.Should().Be(DiagnosticSeverity.Error);
        raised.IsWarningAsError.Should().BeTrue();
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
