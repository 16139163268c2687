using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;
using DfLint.Rules;
using Microsoft.CodeAnalysis;

namespace DfLint.Analyzers.Tests;

public sealed class DockerfileAnalyzerTests
{
    private static readonly DockerfileRule[] ReportBad = { new ReportWordRule("BAD") };

    private static AnalyzerRunner.Result Run(string path, string text, IReadOnlyList<DockerfileRule>? rules = null)
        => (AnalyzerRunner.For((path, text)) with { Rules = rules ?? ReportBad }).Run();

    private static string Where(Diagnostic d)
    {
        var s = d.Location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(s.Path)}({s.StartLinePosition.Line + 1},{s.StartLinePosition.Character + 1},{s.EndLinePosition.Line + 1},{s.EndLinePosition.Character + 1}): {d.Severity} {d.Id}";
    }

    [Fact]
    public void Reports_finding_at_its_exact_line_and_column()
    {
        var result = Run("/src/app/Dockerfile", "FROM alpine\nRUN  BAD thing\n  COPY BAD .\n");

        result.AnalyzerExceptions.Should().BeEmpty();
        result.Diagnostics.Select(Where).Should().Equal(
            "Dockerfile(2,6,2,9): Error DF000",
            "Dockerfile(3,8,3,11): Error DF000");
        result.Diagnostics[0].Location.SourceSpan.Start.Should().Be(17);
        result.Diagnostics[0].Location.SourceSpan.Length.Should().Be(3);
        result.Diagnostics[0].GetMessage().Should().Be("found 'BAD'");
        result.Diagnostics[0].Location.GetLineSpan().Path.Should().Be("/src/app/Dockerfile");
    }

    [Fact]
    public void Counts_columns_in_UTF16_units_with_CRLF_tabs_and_leading_blanks()
    {
        var result = Run("/src/Dockerfile", "FROM alpine\r\n\tRUN BAD\r\n\r\n   # é comment\r\nLABEL a=\"é\" BAD\r\n");

        result.Diagnostics.Select(Where).Should().Equal(
            "Dockerfile(2,6,2,9): Error DF000",
            "Dockerfile(5,13,5,16): Error DF000");
    }

    [Fact]
    public void Reports_a_span_that_spans_lines_with_the_end_on_the_later_line()
    {
        var result = Run("/src/Dockerfile", "RUN a \\\n  b\n", new[] { new ReportWordRule("a \\\n  b") });

        result.Diagnostics.Select(Where).Should().Equal("Dockerfile(1,5,2,4): Error DF000");
    }

    [Theory]
    [InlineData("/r/Dockerfile", true)]
    [InlineData("/r/dockerfile", true)]
    [InlineData("/r/Containerfile", true)]
    [InlineData("/r/Dockerfile.prod", true)]
    [InlineData("/r/api.Dockerfile", true)]
    [InlineData("/r/api.dockerfile", true)]
    [InlineData(@"C:\r\sub\Dockerfile", true)]
    [InlineData("/r/.dockerignore", false)]
    [InlineData("/r/Dockerfile.dockerignore", false)]
    [InlineData("/r/Dockerfile.prod.dockerignore", false)]
    [InlineData("/r/Dockerfile.", false)]
    [InlineData("/r/.Dockerfile", false)]
    [InlineData("/r/MyDockerfile", false)]
    [InlineData("/r/appsettings.json", false)]
    public void Lints_only_files_named_like_Dockerfiles(string path, bool linted)
    {
        var result = Run(path, "BAD\n");

        result.Diagnostics.Should().HaveCount(linted ? 1 : 0);
    }

    [Fact]
    public void Lints_files_the_targets_mark_as_Dockerfiles_and_skips_files_marked_otherwise()
    {
        var runner = AnalyzerRunner.For(("/r/build/MyContainerfile", "BAD\n"), ("/r/Dockerfile", "BAD\n")) with
        {
            Rules = ReportBad,
            Options = new TestOptionsProvider(perFile: new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/r/build/MyContainerfile"] = new Dictionary<string, string> { [DockerfileAnalyzer.KindMetadataKey] = "Dockerfile" },
                ["/r/Dockerfile"] = new Dictionary<string, string> { [DockerfileAnalyzer.KindMetadataKey] = "dockerignore" },
            }),
        };

        runner.Run().Diagnostics.Select(d => d.Location.GetLineSpan().Path).Should().Equal("/r/build/MyContainerfile");
    }

    [Fact]
    public void Runs_for_Visual_Basic_projects_too()
    {
        var result = (AnalyzerRunner.For(("/r/Dockerfile", "X BAD\n")) with { Rules = ReportBad, Language = LanguageNames.VisualBasic }).Run();

        result.Diagnostics.Select(Where).Should().Equal("Dockerfile(1,3,1,6): Error DF000");
    }

    [Fact]
    public void Stays_silent_in_the_target_frameworks_the_targets_switch_off()
    {
        var runner = AnalyzerRunner.For(("/r/Dockerfile", "BAD\n")) with
        {
            Rules = ReportBad,
            Options = new TestOptionsProvider(global: new Dictionary<string, string> { [DockerfileAnalyzer.ActiveProperty] = "false" }),
        };

        runner.Run().Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Reports_a_crashing_rule_as_one_finding_of_that_rule()
    {
        var result = Run("/r/Dockerfile", "FROM alpine\n", new DockerfileRule[] { new ThrowingRule() });

        result.AnalyzerExceptions.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle();
        var d = result.Diagnostics[0];
        // The linter isolates rules: the crash becomes one finding of the crashing rule (DF000 here), on one line.
        d.Id.Should().Be("DF000");
        d.Location.GetLineSpan().Path.Should().Be("/r/Dockerfile");
        d.GetMessage().Should().Be("internal error in rule DF000, please report it: InvalidOperationException: rule bug");
    }

    [Fact]
    public void Gives_rules_the_dflint_options_of_global_and_per_file_config()
    {
        var probe = new OptionsProbe();
        var runner = AnalyzerRunner.For(("/r/Dockerfile", "FROM a\n")) with
        {
            Rules = new DockerfileRule[] { probe },
            Options = new TestOptionsProvider(
                global: new Dictionary<string, string> { ["dflint.trusted_registries"] = "docker.io", ["dflint.other"] = "global", ["build_property.X"] = "y" },
                perFile: new Dictionary<string, IReadOnlyDictionary<string, string>>
                {
                    ["/r/Dockerfile"] = new Dictionary<string, string> { ["dflint.other"] = "file" },
                }),
        };

        runner.Run();

        probe.Seen!.RuleOptions.Should().BeEquivalentTo(new Dictionary<string, string> { ["trusted_registries"] = "docker.io", ["other"] = "file" });
    }

    [Fact]
    public void Gives_rules_the_context_the_targets_describe_with_the_dockerignore_text()
    {
        var probe = new BuildContextProbe();
        var runner = AnalyzerRunner.For(("/r/app/Dockerfile", "FROM a\n"), ("/r/.dockerignore", "# c\nbin/\n\nobj/\n")) with
        {
            Rules = new DockerfileRule[] { probe },
            Options = new TestOptionsProvider(global: new Dictionary<string, string>
            {
                [DockerfileAnalyzer.ContextDirectoryProperty] = "/r/",
                [DockerfileAnalyzer.ContextRootFilesProperty] = "App.csproj|.dockerignore|Program.cs",
            }),
        };

        runner.Run();

        probe.Seen!.IsKnown.Should().BeTrue();
        probe.Seen.HasDockerignore.Should().BeTrue();
        probe.Seen.DockerignorePatterns.Should().Equal("bin/", "obj/");
        probe.Seen.RootFiles.Should().BeEquivalentTo("App.csproj", ".dockerignore", "Program.cs");
    }

    [Fact]
    public void Prefers_the_Dockerfile_specific_dockerignore()
    {
        var probe = new BuildContextProbe();
        var runner = AnalyzerRunner.For(("/r/api.Dockerfile", "FROM a\n"), ("/r/.dockerignore", "all\n"), ("/r/api.Dockerfile.dockerignore", "mine\n")) with
        {
            Rules = new DockerfileRule[] { probe },
            Options = new TestOptionsProvider(global: new Dictionary<string, string> { [DockerfileAnalyzer.ContextDirectoryProperty] = "/r" }),
        };

        runner.Run();

        probe.Seen!.DockerignorePatterns.Should().Equal("mine");
    }

    [Fact]
    public void Knows_there_is_no_dockerignore_when_the_targets_describe_the_context()
    {
        var probe = new BuildContextProbe();
        var runner = AnalyzerRunner.For(("/r/Dockerfile", "FROM a\n")) with
        {
            Rules = new DockerfileRule[] { probe },
            Options = new TestOptionsProvider(global: new Dictionary<string, string> { [DockerfileAnalyzer.ContextDirectoryProperty] = "/r/" }),
        };

        runner.Run();

        probe.Seen!.IsKnown.Should().BeTrue();
        probe.Seen.HasDockerignore.Should().BeFalse();
    }

    [Fact]
    public void Leaves_the_context_unknown_without_the_targets()
    {
        var probe = new BuildContextProbe();
        (AnalyzerRunner.For(("/r/Dockerfile", "FROM a\n")) with { Rules = new DockerfileRule[] { probe } }).Run();

        probe.Seen!.IsKnown.Should().BeFalse();
    }
}
