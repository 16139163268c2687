using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DfLint.Analyzers.Tests.Infrastructure;
using DfLint.Rules;
using Microsoft.CodeAnalysis;

namespace DfLint.Analyzers.Tests;

/// <summary>
/// The config files the package's targets pass as additional files (<c>DfLintKind=config</c>): the analyzer resolves each
/// Dockerfile's configuration from them as the CLI does, which reaches what the compiler cannot (roslyn#31916).
/// </summary>
public sealed class ConfigFileTests
{
    private const string Dockerfile = "FROM node:latest\nCMD node server.js\n";

    private static readonly DockerfileRule[] Df101AndDf402 =
        RuleRegistry.All.Where(r => r.Descriptor.Id is "DF101" or "DF402").ToArray();

    /// <summary>A Dockerfile at /r/app/Dockerfile plus config files, each marked as the targets mark them.</summary>
    private static AnalyzerRunner Runner(params (string Path, string Text)[] configs)
        => RunnerWith(new[] { ("/r/app/Dockerfile", Dockerfile) }, configs);

    private static AnalyzerRunner RunnerWith((string Path, string Text)[] dockerfiles, (string Path, string Text)[] configs)
    {
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var d in dockerfiles) perFile[d.Path] = new Dictionary<string, string> { [DockerfileAnalyzer.KindMetadataKey] = "Dockerfile" };
        foreach (var c in configs) perFile[c.Path] = new Dictionary<string, string> { [DockerfileAnalyzer.KindMetadataKey] = "config" };
        return AnalyzerRunner.For(dockerfiles.Concat(configs).ToArray()) with
        {
            Rules = Df101AndDf402,
            Options = new TestOptionsProvider(perFile: perFile),
        };
    }

    private static IEnumerable<string> Shown(AnalyzerRunner runner)
    {
        var result = runner.Run();
        result.AnalyzerExceptions.Should().BeEmpty();
        return result.Diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity} {d.Id}";
        });
    }

    [Fact]
    public void Without_config_files_the_rules_keep_their_defaults()
    {
        Shown(Runner()).Should().Equal("Dockerfile(1,11): Warning DF101", "Dockerfile(2,5): Warning DF402");
    }

    [Theory]
    [InlineData("error", "Dockerfile(1,11): Error DF101")]
    [InlineData("suggestion", "Dockerfile(1,11): Info DF101")]
    [InlineData("none", null)]
    public void Editorconfig_section_severity_applies_to_the_Dockerfile(string severity, string? shown)
    {
        var runner = Runner(("/r/.editorconfig", $"root = true\n[*.cs]\ndotnet_diagnostic.DF402.severity = none\n[app/Dockerfile]\ndotnet_diagnostic.DF101.severity = {severity}\n"));

        var expected = new List<string>();
        if (shown is not null) expected.Add(shown);
        expected.Add("Dockerfile(2,5): Warning DF402");
        Shown(runner).Should().Equal(expected);
    }

    [Fact]
    public void Nearer_editorconfig_wins_and_root_true_hides_the_files_above()
    {
        var runner = Runner(
            ("/.editorconfig", "[*]\ndotnet_diagnostic.DF402.severity = none\n"),
            ("/r/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.DF101.severity = error\n"),
            ("/r/app/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF101.severity = suggestion\n"));

        Shown(runner).Should().Equal("Dockerfile(1,11): Info DF101", "Dockerfile(2,5): Warning DF402");
    }

    [Fact]
    public void Hadolint_ignored_and_override_apply_through_the_equivalents()
    {
        var runner = Runner(("/r/.hadolint.yaml", "ignored:\n  - DL3007\noverride:\n  error:\n    - DL3025\n"));

        Shown(runner).Should().Equal("Dockerfile(2,5): Error DF402");
    }

    [Fact]
    public void Editorconfig_beats_hadolint_and_globalconfig_file_beats_both()
    {
        var runner = Runner(
            ("/r/.hadolint.yaml", "override:\n  error: [DL3007, DL3025]\n"),
            ("/r/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF101.severity = suggestion\ndotnet_diagnostic.DF402.severity = none\n"),
            ("/r/app/.globalconfig", "is_global = true\ndotnet_diagnostic.DF402.severity = warning\n"));

        Shown(runner).Should().Equal("Dockerfile(1,11): Info DF101", "Dockerfile(2,5): Warning DF402");
    }

    [Theory]
    [InlineData(ReportDiagnostic.Warn, "Dockerfile(1,11): Warning DF101")]
    [InlineData(ReportDiagnostic.Suppress, null)]
    public void The_compilers_globalconfig_beats_an_editorconfig_section(ReportDiagnostic global, string? shown)
    {
        // The compiler knows every .globalconfig of the project (also ones not above the Dockerfile) and applies it last.
        var runner = Runner(("/r/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF101.severity = none\ndotnet_diagnostic.DF402.severity = error\n")) with
        {
            GlobalConfigSeverities = new Dictionary<string, ReportDiagnostic> { ["DF101"] = global, ["DF402"] = global },
        };

        Shown(runner).Should().Equal(shown is null ? Array.Empty<string>() : new[] { shown, "Dockerfile(2,5): Warning DF402" });
    }

    [Fact]
    public void NoWarn_beats_an_editorconfig_error()
    {
        var runner = Runner(("/r/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF101.severity = error\n")) with
        {
            CommandLineSeverities = new Dictionary<string, ReportDiagnostic> { ["DF101"] = ReportDiagnostic.Suppress },
        };

        Shown(runner).Should().Equal("Dockerfile(2,5): Warning DF402");
    }

    [Fact]
    public void An_editorconfig_turns_on_a_rule_that_is_off_by_default()
    {
        // The compiler drops diagnostics of descriptors that are off by default unless it turned them on itself.
        var runner = Runner(("/r/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF105.severity = suggestion\n")) with
        {
            Rules = RuleRegistry.All.Where(r => r.Descriptor.Id == "DF105").ToArray(),
        };

        Shown(runner).Should().Equal("Dockerfile(1,6): Info DF105");
        Shown(runner with { Files = new[] { runner.Files[0] } }).Should().BeEmpty("the rule stays off without the config file");
    }

    [Fact]
    public void Files_named_like_config_files_count_without_the_targets_metadata()
    {
        var runner = AnalyzerRunner.For(("/r/app/Dockerfile", Dockerfile), ("/r/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF101.severity = error\n"))
            with { Rules = Df101AndDf402 };

        Shown(runner).Should().Equal("Dockerfile(1,11): Error DF101", "Dockerfile(2,5): Warning DF402");
    }

    [Fact]
    public void Config_files_give_rules_their_dflint_options_under_the_compilation_wide_ones()
    {
        var probe = new OptionsProbe();
        var runner = Runner(("/r/.editorconfig", "root = true\n[*]\ndflint.a = editorconfig\ndflint.b = editorconfig\n")) with
        {
            Rules = new DockerfileRule[] { probe },
        };
        runner = runner with
        {
            Options = new TestOptionsProvider(
                global: new Dictionary<string, string> { ["dflint.b"] = "globalconfig" },
                perFile: new Dictionary<string, IReadOnlyDictionary<string, string>>
                {
                    ["/r/app/Dockerfile"] = new Dictionary<string, string> { ["dflint.c"] = "merged by the compiler" },
                    ["/r/.editorconfig"] = new Dictionary<string, string> { [DockerfileAnalyzer.KindMetadataKey] = "config" },
                }),
        };

        runner.Run();

        probe.Seen!.RuleOptions.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["a"] = "editorconfig",
            ["b"] = "globalconfig",
            ["c"] = "merged by the compiler",
        });
    }

    [Fact]
    public void A_malformed_config_file_is_reported_once_at_its_line_and_its_Dockerfiles_are_not_linted()
    {
        var runner = RunnerWith(
            new[] { ("/r/app/Dockerfile", Dockerfile), ("/r/app/api.Dockerfile", Dockerfile), ("/other/Dockerfile", Dockerfile) },
            new[] { ("/r/.editorconfig", "root = true\n\n[*.{cs]\nindent_size = 4\n") });

        var result = runner.Run();

        result.AnalyzerExceptions.Should().BeEmpty();
        var configError = result.Diagnostics.Where(d => d.Id == DescriptorMap.ConfigErrorId).Should().ContainSingle().Subject;
        configError.Severity.Should().Be(DiagnosticSeverity.Error);
        configError.GetMessage().Should().Be("DfLint cannot read this configuration file, so the Dockerfiles it configures are not linted: a '{' has no matching '}'");
        var span = configError.Location.GetLineSpan();
        span.Path.Should().Be("/r/.editorconfig");
        (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Character).Should().Be((2, 0, 7));
        result.Diagnostics.Where(d => d.Id != DescriptorMap.ConfigErrorId).Select(d => d.Location.GetLineSpan().Path)
            .Should().Equal("/other/Dockerfile", "/other/Dockerfile");
    }

    [Fact]
    public void An_entry_DfLint_ignores_is_a_DF998_warning_at_its_line_once_and_the_Dockerfiles_are_still_linted()
    {
        var runner = RunnerWith(
            new[] { ("/r/app/Dockerfile", Dockerfile), ("/r/app/api.Dockerfile", Dockerfile) },
            new[] { ("/r/.globalconfig", "is_global = true\ndflint.typo_option = 1\ndflint.trusted_registries = ghcr.io\ndotnet_diagnostic.DF402.severity = loud\n") });

        var result = runner.Run();

        result.AnalyzerExceptions.Should().BeEmpty();
        var warnings = result.Diagnostics.Where(d => d.Id == DescriptorMap.ConfigErrorId).OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        warnings.Select(d => (d.Severity, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1)).Should().Equal(
            (DiagnosticSeverity.Warning, "/r/.globalconfig", 2), (DiagnosticSeverity.Warning, "/r/.globalconfig", 4));
        warnings[0].GetMessage().Should().StartWith("DfLint ignores this entry: unknown option 'dflint.typo_option'");
        warnings[1].GetMessage().Should().Be("DfLint ignores this entry: 'loud' is not a severity (error, warning, suggestion, none or default) for DF402");
        result.Diagnostics.Where(d => d.Id == "DF101").Should().HaveCount(2, "both Dockerfiles are linted");
    }

    [Fact]
    public void A_valid_option_is_no_warning()
        => Shown(Runner(("/r/.globalconfig", "is_global = true\ndflint.trusted_registries = ghcr.io\n")))
            .Should().Equal("Dockerfile(1,11): Warning DF101", "Dockerfile(2,5): Warning DF402");

    [Fact]
    public void A_malformed_config_file_no_Dockerfile_uses_is_not_reported()
    {
        var runner = Runner(
            ("/.hadolint.yaml", "ignored: [\n"),
            ("/r/app/.hadolint.yml", "ignored: [DL3007]\n"),
            ("/.editorconfig", "not config\n"),
            ("/r/.editorconfig", "root = true\n"));

        Shown(runner).Should().Equal("Dockerfile(2,5): Warning DF402");
    }

    [Theory]
    [InlineData(ReportDiagnostic.Warn, ".hadolint.yaml(2,1): Warning DF998")]
    [InlineData(ReportDiagnostic.Suppress, null)]
    public void The_config_error_can_be_lowered_or_silenced_like_any_diagnostic(ReportDiagnostic configured, string? shown)
    {
        var runner = Runner(("/r/.hadolint.yaml", "ignored:\n\t- DL3007\n")) with
        {
            CommandLineSeverities = new Dictionary<string, ReportDiagnostic> { [DescriptorMap.ConfigErrorId] = configured },
        };

        Shown(runner).Should().Equal(shown is null ? Array.Empty<string>() : new[] { shown }, "the Dockerfile stays unlinted either way");
    }

    /// <summary>
    /// One tree of Dockerfiles and config files on disk, given to the CLI and (as additional files, as the package's
    /// targets would pass them) to the analyzer: the same findings with the same severities. The real-build version of
    /// this is <c>CliAnalyzerParityTests</c>.
    /// </summary>
    [Fact]
    public void The_CLI_and_the_analyzer_resolve_the_same_tree_alike()
    {
        var root = Path.Combine(Path.GetTempPath(), "dflint-cfg-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        try
        {
            var files = new Dictionary<string, string>
            {
                [".editorconfig"] = "root = true\n[*]\ndotnet_diagnostic.DF204.severity = none\n[svc/**]\ndotnet_diagnostic.DF501.severity = error\n[*.Dockerfile]\ndotnet_diagnostic.DF101.severity = suggestion\n",
                [".hadolint.yaml"] = "ignored: [DL3002]\noverride:\n  error: [DL3025]\n",
                ["svc/.editorconfig"] = "[Dockerfile]\ndotnet_diagnostic.DF204.severity = warning\n",
                ["svc/.hadolint.yml"] = "override:\n  info: [DL3025]\n",
                ["svc/api/.globalconfig"] = "is_global = true\ndotnet_diagnostic.DF501.severity = suggestion\ndotnet_diagnostic.DF105.severity = warning\n",
                ["Dockerfile"] = "FROM node:latest\nRUN apt-get update && apt-get install -y curl\nENV API_TOKEN=abc\nCMD node server.js\n",
                ["web.Dockerfile"] = "FROM node:latest\nCMD node server.js\n",
                ["svc/Dockerfile"] = "FROM node:latest\nRUN apt-get update && apt-get install -y curl\nENV API_TOKEN=abc\nCMD node server.js\n",
                ["svc/api/Dockerfile"] = "FROM node:latest\nENV API_TOKEN=abc\nCMD node server.js\n",
            };
            foreach (var (rel, text) in files)
            {
                var full = Path.Combine(root, rel);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = DfLint.Cli.Program.Run(new[] { "lint", "--format", "json", "." }, TextReader.Null, stdout, stderr, root, new Dictionary<string, string?>());
            exit.Should().Be(1, stderr.ToString());
            using var json = JsonDocument.Parse(stdout.ToString());
            var fromCli = json.RootElement.EnumerateArray()
                .Select(f => $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("severity").GetString()} {f.GetProperty("ruleId").GetString()}")
                .OrderBy(s => s, StringComparer.Ordinal).ToList();

            var perFile = files.Keys.ToDictionary(rel => Path.Combine(root, rel), rel => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                [DockerfileAnalyzer.KindMetadataKey] = rel.EndsWith("Dockerfile", StringComparison.Ordinal) ? "Dockerfile" : "config",
            });
            var runner = AnalyzerRunner.For(files.Select(f => (Path.Combine(root, f.Key), f.Value)).ToArray()) with { Options = new TestOptionsProvider(perFile: perFile) };
            var result = runner.Run();
            result.AnalyzerExceptions.Should().BeEmpty();
            var fromAnalyzer = result.Diagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                string severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
                return $"{Path.GetRelativePath(root, span.Path).Replace('\\', '/')}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {severity} {d.Id}";
            }).OrderBy(s => s, StringComparer.Ordinal).ToList();

            fromCli.Should().Contain("svc/Dockerfile:3:5 error DF501", "a [svc/**] section raised it")
                .And.Contain("svc/api/Dockerfile:2:5 info DF501", "the .globalconfig beats the .editorconfig")
                .And.Contain("svc/Dockerfile:4:5 info DF402", "the nearest .hadolint.yml applies")
                .And.Contain("Dockerfile:4:5 error DF402")
                .And.Contain("web.Dockerfile:1:11 info DF101")
                .And.NotContain(s => s.StartsWith("Dockerfile:", StringComparison.Ordinal) && s.EndsWith(" DF204", StringComparison.Ordinal));
            fromAnalyzer.Should().Equal(fromCli);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
        }
    }
}
