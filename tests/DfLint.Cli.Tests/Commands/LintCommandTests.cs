using System;
using System.IO;
using System.Linq;
using System.Text;

namespace DfLint.Cli.Tests.Commands;

public class LintCommandTests : IDisposable
{
    /// <summary>A file with one real finding: the unknown instruction is a DF000 error.</summary>
    private const string Bad = "FROM alpine:3.20\nFOO bar\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_clean_file_exits_with_0()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("lint", "Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void A_path_alone_means_lint()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Lint_without_paths_lints_the_working_directory()
    {
        var run = _cli.Run("lint");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: no Dockerfiles found in '.'");
    }

    [Fact]
    public void A_missing_path_is_one_error_line_and_exit_2()
    {
        var run = _cli.Run("nothere/Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: path 'nothere/Dockerfile' does not exist");
    }

    [Fact]
    public void A_missing_path_does_not_stop_the_other_files()
    {
        _cli.Write("Dockerfile", "\0binary");

        var run = _cli.Run("missing", "Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal(
            "dflint: error: path 'missing' does not exist",
            "dflint: error: 'Dockerfile' is a binary file, not a Dockerfile");
    }

    [Fact]
    public void A_directory_without_Dockerfiles_is_an_error()
    {
        _cli.Write("src/readme.md", "hello");

        var run = _cli.Run("src");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: no Dockerfiles found in 'src'");
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_an_error()
    {
        var run = _cli.Run("services/*/Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: no files match 'services/*/Dockerfile'");
    }

    [Fact]
    public void A_binary_file_is_an_error()
    {
        _cli.WriteBytes("Dockerfile", new byte[] { 0x46, 0x52, 0x4F, 0x4D, 0x00, 0x01 });

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: 'Dockerfile' is a binary file, not a Dockerfile");
    }

    [Fact]
    public void An_unreadable_file_is_one_error_line()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = _cli.Write("Dockerfile", "FROM alpine:3.20\n");
        File.SetUnixFileMode(path, UnixFileMode.None);
        bool readable;
        try { File.ReadAllBytes(path); readable = true; }
        catch (UnauthorizedAccessException) { readable = false; }
        // Root reads any file; a read that fails with EIO stands in for it then.
        string target = readable ? "/proc/self/mem" : path;

        var run = _cli.Run(target);

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith("dflint: error: cannot read '");
    }

    [Fact]
    public void Invalid_utf8_is_linted_with_a_warning()
    {
        _cli.WriteBytes("Dockerfile", Encoding.ASCII.GetBytes("FROM alpine:3.20\nLABEL a=\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.ASCII.GetBytes("\"\n")).ToArray());

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
        run.StderrLines.Should().Equal("dflint: warning: 'Dockerfile' is not valid UTF-8; invalid bytes were read as U+FFFD");
    }

    [Fact]
    public void A_byte_order_mark_is_fine()
    {
        _cli.WriteBytes("Dockerfile", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("FROM alpine:3.20\n")).ToArray());

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void A_malformed_editorconfig_is_file_line_and_exit_2()
    {
        _cli.Write(".editorconfig", "root = true\n[Dockerfile\ndotnet_diagnostic.DF000.severity = none\n");
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: .editorconfig:2: the section header has no closing ']'");
    }

    [Fact]
    public void A_malformed_hadolint_config_is_file_line_and_exit_2()
    {
        _cli.Write(".editorconfig", "root = true\n");
        _cli.Write(".hadolint.yaml", "ignored:\n  - DL3007\n  override: x\n");
        _cli.Write("svc/Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("svc/Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: .hadolint.yaml:3: unexpected indentation");
    }

    [Fact]
    public void A_config_error_is_reported_once_for_many_files()
    {
        _cli.Write(".globalconfig", "is_global = true\nnot a pair\n");
        _cli.Write("a/Dockerfile", "FROM alpine:3.20\n");
        _cli.Write("b/Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run(".");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: .globalconfig:2: expected 'key = value', a [section] or a comment, not 'not a pair'");
    }

    [Fact]
    public void Unknown_rules_in_config_are_warnings_not_errors()
    {
        _cli.Write(".editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF997.severity = error\n");
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
        run.StderrLines.Should().Equal("dflint: warning: .editorconfig:3: unknown rule 'DF997'");
    }

    [Fact]
    public void The_builds_own_IDs_in_a_config_file_shared_with_the_build_are_no_warning()
    {
        // DF998/DF999 exist only in dotnet build; a file that configures both must not make the CLI complain.
        _cli.Write(".editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF998.severity = warning\ndotnet_diagnostic.DF999.severity = none\n");
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
        run.StderrLines.Should().BeEmpty();
    }

    [Fact]
    public void Unmapped_hadolint_codes_are_one_warning()
    {
        _cli.Write(".hadolint.yaml", "ignored: [DL4006, DL3008]\n");
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
        run.StderrLines.Should().Equal("dflint: warning: .hadolint.yaml: no DfLint rule is equivalent to DL4006, DL3008; those entries are ignored");
    }

    [Fact]
    public void A_missing_explicit_config_is_an_error()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        _cli.Run("--config", "nope.globalconfig", "Dockerfile").StderrLines
            .Should().Equal("dflint: error: config file 'nope.globalconfig' does not exist");
        _cli.Run("--hadolint-config", "nope.yaml", "Dockerfile").StderrLines
            .Should().Equal("dflint: error: config file 'nope.yaml' does not exist");
    }

    [Fact]
    public void Standard_input_is_linted()
    {
        var run = _cli.RunWithStdin("FROM alpine:3.20\n", "-");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Standard_input_is_named_by_stdin_filename_and_configured_from_there()
    {
        _cli.Write("svc/.editorconfig", "root = true\n[Dockerfile\n");

        var named = _cli.RunWithStdin("FROM alpine:3.20\n", "-", "--stdin-filename", "svc/Dockerfile");
        var binary = _cli.RunWithStdin("FROM\0", "-", "--stdin-filename", "other/Dockerfile");

        named.ExitCode.Should().Be(2);
        named.StderrLines.Should().Equal("dflint: error: svc/.editorconfig:2: the section header has no closing ']'");
        binary.StderrLines.Should().Equal("dflint: error: 'other/Dockerfile' is a binary file, not a Dockerfile");
    }

    [Fact]
    public void Stdin_filename_without_a_dash_is_a_usage_error()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("--stdin-filename", "x", "Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: --stdin-filename names standard input; pass '-' as a path too");
    }

    [Fact]
    public void Output_is_written_atomically_and_replaces_the_old_file()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");
        string report = _cli.Write("out/report.txt", "old content that must go\n");
        var plain = _cli.Run("Dockerfile");

        var run = _cli.Run("Dockerfile", "--output", "out/report.txt");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        File.ReadAllText(report).Should().Be(plain.Stdout);
        Directory.GetFiles(Path.GetDirectoryName(report)!).Should().Equal(report);
    }

    [Fact]
    public void Output_into_a_missing_directory_is_an_error()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("Dockerfile", "-o", "nowhere/report.txt");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: cannot write 'nowhere/report.txt': its directory does not exist");
    }

    [Fact]
    public void Output_onto_a_directory_is_one_error_line_and_leaves_no_temp_file()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");
        _cli.Mkdir("out/report");

        var run = _cli.Run("Dockerfile", "-o", "out/report");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith("dflint: error: cannot write 'out/report': ");
        Directory.GetFiles(Path.Combine(_cli.Root, "out")).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("--format", "yaml", "Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith("dflint: error: unknown format 'yaml' (expected text");
    }

    [Fact]
    public void An_invalid_failure_threshold_is_a_usage_error()
    {
        var run = _cli.Run("--failure-threshold", "style", "Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal(
            "dflint: error: Argument 'style' not recognized. Must be one of: 'error' 'warning' 'info'",
            "Run 'dflint lint --help' for usage.");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_not_a_path()
    {
        var run = _cli.Run("--bogus", "Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith("dflint: error: unknown option '--bogus'");
    }

    [Fact]
    public void Paths_after_a_double_dash_may_start_with_a_dash()
    {
        _cli.Write("-odd.Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("--", "-odd.Dockerfile");

        run.ExitCode.Should().Be(0, run.ToString());
    }

    [Fact]
    public void Repeatable_options_do_not_swallow_paths()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("--ignore", "DF000", "missing");

        run.StderrLines.Should().Equal("dflint: error: path 'missing' does not exist");
    }

    [Fact]
    public void A_bad_severity_flag_is_a_usage_error_and_an_unknown_rule_a_warning()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var bad = _cli.Run("--severity", "DF000=loud", "Dockerfile");
        var shape = _cli.Run("--severity", "DF000", "Dockerfile");
        var unknown = _cli.Run("--severity", "DF999=error", "--ignore", "DF998", "--select", "XX", "Dockerfile");

        bad.ExitCode.Should().Be(2);
        bad.StderrLines.Should().Equal("dflint: error: --severity DF000=loud: 'loud' is not a severity (error, warning, info, none or default)");
        shape.StderrLines.Should().Equal("dflint: error: --severity 'DF000': expected ID=SEVERITY, e.g. DF101=error");
        unknown.ExitCode.Should().Be(0, unknown.ToString());
        unknown.StderrLines.Should().Equal(
            "dflint: warning: --ignore: unknown rule 'DF998'",
            "dflint: warning: --select: no rule matches 'XX'",
            "dflint: warning: --severity: unknown rule 'DF999'");
    }

    [Fact]
    public void A_missing_build_context_is_an_error()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("--context", "nope", "Dockerfile");

        run.StderrLines.Should().Equal("dflint: error: build context 'nope' is not a directory");
        run.ExitCode.Should().Be(2);
    }

    [Fact]
    public void Version_and_help_read_well()
    {
        var version = _cli.Run("--version");
        var help = _cli.Run("--help");
        var bare = _cli.Run();
        var lintHelp = _cli.Run("lint", "--help");

        version.ExitCode.Should().Be(0);
        version.Stdout.Should().MatchRegex(@"^dflint \d+\.\d+\.\d+\S*\n$");
        help.ExitCode.Should().Be(0);
        help.Stdout.Should().Contain("lint").And.Contain("rules").And.Contain("parse").And.Contain("Exit codes: 0");
        bare.Stdout.Should().Be(help.Stdout);
        lintHelp.Stdout.Should().Contain("--failure-threshold").And.Contain("--stdin-filename").And.Contain("--hadolint-config");
    }

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
}
