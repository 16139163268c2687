using System;
using System.Collections.Generic;
using System.IO;
using DfLint.Cli.Commands;

namespace DfLint.Cli.Tests.Commands;

public class LintRunnerTests : IDisposable
{
    private readonly CliHarness _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_build_context_lists_root_files_and_reads_dockerignore()
    {
        _dir.Write("ctx/.dockerignore", "# comment\nnode_modules\r\n!keep\n");
        _dir.Write("ctx/package.json", "{}");
        _dir.Mkdir("ctx/src");
        string dockerfile = _dir.Write("ctx/Dockerfile", "FROM alpine:3.20\n");

        var context = LintRunner.LoadBuildContext(Path.Combine(_dir.Root, "ctx"), dockerfile);

        context.IsKnown.Should().BeTrue();
        context.HasDockerignore.Should().BeTrue();
        context.DockerignorePatterns.Should().Equal("node_modules", "!keep");
        context.RootFiles.Should().Equal(".dockerignore", "Dockerfile", "package.json");
    }

    [Fact]
    public void A_Dockerfile_specific_dockerignore_wins()
    {
        _dir.Write("ctx/.dockerignore", "general\n");
        _dir.Write("build/app.Dockerfile.dockerignore", "specific\n");
        string dockerfile = _dir.Write("build/app.Dockerfile", "FROM alpine:3.20\n");

        var context = LintRunner.LoadBuildContext(Path.Combine(_dir.Root, "ctx"), dockerfile);

        context.DockerignorePatterns.Should().Equal("specific");
    }

    [Fact]
    public void No_dockerignore_and_no_context()
    {
        string dockerfile = _dir.Write("Dockerfile", "FROM alpine:3.20\n");

        LintRunner.LoadBuildContext(_dir.Root, dockerfile).HasDockerignore.Should().BeFalse();
        LintRunner.LoadBuildContext(Path.Combine(_dir.Root, "missing"), dockerfile).IsKnown.Should().BeFalse();
    }

    [Fact]
    public void Build_args_come_from_flags_or_the_environment()
    {
        var context = new CliContext(new StringReader(""), new StringWriter(), new StringWriter(), _dir.Root,
            new Dictionary<string, string?> { ["FROM_ENV"] = "env-value" }, StdoutIsTerminal: false);

        var args = LintRunner.ParseBuildArgs(new[] { "A=1", "B=x=y", "EMPTY=", "FROM_ENV", "UNSET" }, context);

        args.Should().BeEquivalentTo(new Dictionary<string, string> { ["A"] = "1", ["B"] = "x=y", ["EMPTY"] = "", ["FROM_ENV"] = "env-value" });
        FluentActions.Invoking(() => LintRunner.ParseBuildArgs(new[] { "=1" }, context))
            .Should().Throw<CliException>().WithMessage("--build-arg '=1': expected KEY=VALUE");
    }
}
