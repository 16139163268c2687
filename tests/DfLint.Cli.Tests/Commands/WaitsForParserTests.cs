using System;
using System.Linq;

namespace DfLint.Cli.Tests.Commands;

/// <summary>
/// End-to-end checks that need a real finding: an unknown instruction (<c>FOO bar</c>) is a DF000 error once the real
/// parser lands. With the parser stub (no instructions, no diagnostics) these fail; they are tagged so they can be
/// filtered out until then: <c>--filter Category!=WaitsForParser</c>.
/// </summary>
[Trait("Category", "WaitsForParser")]
public class WaitsForParserTests : IDisposable
{
    private const string Bad = "FROM alpine:3.20\nFOO bar\n";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_finding_at_the_threshold_exits_with_1()
    {
        _cli.Write("Dockerfile", Bad);

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().Contain("DF000").And.Contain("unknown instruction: FOO");
    }

    [Fact]
    public void Exit_zero_forces_0()
    {
        _cli.Write("Dockerfile", Bad);

        _cli.Run("--exit-zero", "Dockerfile").ExitCode.Should().Be(0);
    }

    [Fact]
    public void The_threshold_decides_with_the_configured_severity()
    {
        _cli.Write("Dockerfile", Bad);

        _cli.Run("--severity", "DF000=warning", "--failure-threshold", "error", "Dockerfile").ExitCode.Should().Be(0);
        _cli.Run("--severity", "DF000=warning", "Dockerfile").ExitCode.Should().Be(1);
        _cli.Run("--severity", "DF000=info", "Dockerfile").ExitCode.Should().Be(0);
        _cli.Run("--severity", "DF000=info", "-t", "info", "Dockerfile").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Ignore_flag_editorconfig_and_hadolint_turn_the_rule_off()
    {
        _cli.Write("a/Dockerfile", Bad);
        _cli.Write("b/Dockerfile", Bad);
        _cli.Write("b/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF000.severity = none\n");
        _cli.Write("c/Dockerfile", Bad);
        _cli.Write("c/.hadolint.yaml", "ignored: [DL1000]\n");

        _cli.Run("--ignore", "DF000", "a/Dockerfile").ExitCode.Should().Be(0);
        _cli.Run("--select", "DF1", "a/Dockerfile").ExitCode.Should().Be(0);
        _cli.Run("b/Dockerfile").ExitCode.Should().Be(0);
        _cli.Run("c/Dockerfile").ExitCode.Should().Be(0);
        _cli.Run("a/Dockerfile").ExitCode.Should().Be(1);
    }

    [Fact]
    public void The_hadolint_failure_threshold_applies_when_no_flag_is_given()
    {
        _cli.Write("Dockerfile", Bad);
        _cli.Write(".hadolint.yaml", "override:\n  warning: [DL1000]\nfailure-threshold: error\n");

        _cli.Run("Dockerfile").ExitCode.Should().Be(0);
        _cli.Run("-t", "warning", "Dockerfile").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Reports_are_sorted_by_path_whatever_the_argument_order()
    {
        _cli.Write("b/Dockerfile", Bad);
        _cli.Write("a/Dockerfile", Bad);
        _cli.Write("c.Dockerfile", Bad);

        var run = _cli.Run("c.Dockerfile", "b/Dockerfile", "a");

        // Finding lines only (source excerpts are indented, the summary has no "path:" prefix).
        var files = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith(' ') && l.Contains(": error ", StringComparison.Ordinal))
            .Select(l => l.Split(':')[0]).Distinct().ToArray();
        files.Should().Equal("a/Dockerfile", "b/Dockerfile", "c.Dockerfile");
    }

    [Fact]
    public void Standard_input_findings_carry_the_stdin_filename()
    {
        var plain = _cli.RunWithStdin(Bad, "-");
        var named = _cli.RunWithStdin(Bad, "-", "--stdin-filename", "svc/Dockerfile");

        plain.ExitCode.Should().Be(1);
        plain.Stdout.Should().StartWith("-:");
        named.Stdout.Should().StartWith("svc/Dockerfile:");
    }

    [Fact]
    public void Output_file_gets_the_report_and_the_exit_code_stays_1()
    {
        _cli.Write("Dockerfile", Bad);

        var run = _cli.Run("Dockerfile", "-o", "report.txt");

        run.ExitCode.Should().Be(1);
        System.IO.File.ReadAllText(System.IO.Path.Combine(_cli.Root, "report.txt")).Should().Contain("unknown instruction: FOO");
    }

    [Fact]
    public void Parse_prints_errors_on_stderr_and_exits_with_1()
    {
        _cli.Write("Dockerfile", Bad);

        var run = _cli.Run("parse", "Dockerfile");

        run.ExitCode.Should().Be(1);
        run.StderrLines.Should().ContainSingle().Which.Should().MatchRegex(@"^Dockerfile:2:\d+: error DF000: unknown instruction: FOO");
        run.Stdout.Should().NotBeEmpty("the BuildKit dump is printed even when there are errors");
    }
}
