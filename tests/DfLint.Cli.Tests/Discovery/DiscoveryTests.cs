using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Cli.Commands;
using DfLint.Cli.Discovery;
using DfLint.Configuration;

namespace DfLint.Cli.Tests.Discovery;

public class DiscoveryTests : IDisposable
{
    private readonly CliHarness _dir = new();

    public void Dispose() => _dir.Dispose();

    private (string[] Found, IReadOnlyList<string> Errors) Resolve(params string[] paths)
    {
        var context = new CliContext(new StringReader(""), new StringWriter(), new StringWriter(), _dir.Root,
            new Dictionary<string, string?>(), StdoutIsTerminal: false);
        var (inputs, errors) = InputResolver.Resolve(paths, context, null);
        return (inputs.Select(i => i.DisplayPath).ToArray(), errors);
    }

    [Theory]
    [InlineData("Dockerfile", true)]
    [InlineData("Dockerfile.dev", true)]
    [InlineData("api.Dockerfile", true)]
    [InlineData("api.dockerfile", true)]
    [InlineData("Containerfile", true)]
    [InlineData("Containerfile.arm64", true)]
    [InlineData("app.Containerfile", true)]
    [InlineData("dockerfile", true)]
    [InlineData("Dockerfile.dockerignore", false)]
    [InlineData(".Dockerfile", false)]
    [InlineData("DockerFile", false)]
    [InlineData("Dockerfile-dev", false)]
    [InlineData("Makefile", false)]
    public void Searches_for_Cores_Dockerfile_names(string name, bool expected)
    {
        _dir.Write("d/" + name, "FROM alpine:3.20\n");

        var (found, _) = Resolve("d");

        found.Should().Equal(expected ? new[] { "d/" + name } : Array.Empty<string>());
        DockerfileNames.IsDockerfile(name).Should().Be(expected);
    }

    [Fact]
    public void A_directory_is_searched_recursively_in_a_stable_order()
    {
        foreach (var f in new[] { "Dockerfile", "b/Containerfile", "a/api.Dockerfile", "a/Dockerfile.dev", "a/readme.md",
                     "a/Dockerfile.dockerignore", "node_modules/x/Dockerfile", "bin/Dockerfile", "obj/Dockerfile", ".git/Dockerfile",
                     "a/deep/er/Dockerfile" })
            _dir.Write(f, "FROM alpine:3.20\n");

        var (found, errors) = Resolve(".");

        errors.Should().BeEmpty();
        found.Should().Equal("Dockerfile", "a/Dockerfile.dev", "a/api.Dockerfile", "a/deep/er/Dockerfile", "b/Containerfile");
    }

    [Fact]
    public void Gitignore_patterns_are_honoured()
    {
        _dir.Mkdir(".git");
        _dir.Write(".gitignore", "# build output\nout/\n*.tmp.Dockerfile\n/anchored.Dockerfile\nlogs\n!keep.tmp.Dockerfile\ndocs/**/Dockerfile\n");
        _dir.Write("sub/.gitignore", "local.Dockerfile\n");
        foreach (var f in new[] { "out/Dockerfile", "x/out/Dockerfile", "a.tmp.Dockerfile", "keep.tmp.Dockerfile", "anchored.Dockerfile",
                     "x/anchored.Dockerfile", "logs/Dockerfile", "docs/a/b/Dockerfile", "docs/Dockerfile.dev", "sub/local.Dockerfile",
                     "local.Dockerfile", "Dockerfile" })
            _dir.Write(f, "FROM alpine:3.20\n");

        var (found, _) = Resolve(".");

        // Walk order: a directory's files, then its subdirectories.
        found.Should().Equal("Dockerfile", "keep.tmp.Dockerfile", "local.Dockerfile", "docs/Dockerfile.dev", "x/anchored.Dockerfile");
    }

    [Fact]
    public void Gitignore_files_above_the_searched_directory_apply_inside_the_repository()
    {
        _dir.Mkdir(".git");
        _dir.Write(".gitignore", "svc/generated/\n");
        _dir.Write("svc/generated/Dockerfile", "FROM alpine:3.20\n");
        _dir.Write("svc/Dockerfile", "FROM alpine:3.20\n");

        Resolve("svc").Found.Should().Equal("svc/Dockerfile");
    }

    [Fact]
    public void Explicit_files_are_linted_even_when_ignored_or_oddly_named()
    {
        _dir.Mkdir(".git");
        _dir.Write(".gitignore", "*\n");
        _dir.Write("build.txt", "FROM alpine:3.20\n");

        Resolve("build.txt").Found.Should().Equal("build.txt");
    }

    [Fact]
    public void Globs_match_paths_and_the_same_file_is_linted_once()
    {
        foreach (var f in new[] { "services/api/Dockerfile", "services/web/Dockerfile", "services/web/deep/Dockerfile", "x.Dockerfile", "a/b/y.Dockerfile" })
            _dir.Write(f, "FROM alpine:3.20\n");

        Resolve("services/*/Dockerfile").Found.Should().Equal("services/api/Dockerfile", "services/web/Dockerfile");
        Resolve("**/*.Dockerfile").Found.Should().Equal("x.Dockerfile", "a/b/y.Dockerfile");
        Resolve("services/web/Dockerfile", "services/**/Dockerfile").Found
            .Should().Equal("services/web/Dockerfile", "services/api/Dockerfile", "services/web/deep/Dockerfile");
        Resolve(Path.Combine(_dir.Root, "services/?eb/Dockerfile")).Found.Should().Equal("services/web/Dockerfile");
    }

    [Fact]
    public void Paths_outside_the_working_directory_are_shown_absolute()
    {
        using var other = new CliHarness();
        string file = other.Write("Dockerfile", "FROM alpine:3.20\n");

        Resolve(file).Found.Should().Equal(file);
    }

    [Fact]
    public void Stdin_is_one_input_named_dash()
    {
        var (found, errors) = Resolve("-", "-");

        errors.Should().BeEmpty();
        found.Should().Equal("-");
    }
}

public class GitIgnoreTests
{
    [Theory]
    [InlineData("foo", "foo", false, true)]
    [InlineData("foo", "a/b/foo", false, true)]
    [InlineData("foo/", "foo", false, null)]
    [InlineData("foo/", "a/foo", true, true)]
    [InlineData("/foo", "a/foo", false, null)]
    [InlineData("/foo", "foo", false, true)]
    [InlineData("a/foo", "a/foo", false, true)]
    [InlineData("a/foo", "x/a/foo", false, null)]
    [InlineData("*.log", "x/y.log", false, true)]
    [InlineData("a/*.log", "a/b/y.log", false, null)]
    [InlineData("**/foo", "foo", false, true)]
    [InlineData("**/foo", "x/y/foo", false, true)]
    [InlineData("a/**", "a/x/y", false, true)]
    [InlineData("a/**/b", "a/b", false, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    [InlineData("f?o", "fxo", false, true)]
    [InlineData("f[a-c]o", "fbo", false, true)]
    [InlineData("f[!a-c]o", "fbo", false, null)]
    [InlineData("\\#hash", "#hash", false, true)]
    [InlineData("trailing   ", "trailing", false, true)]
    public void Matches_like_git(string pattern, string path, bool isDirectory, bool? expected)
        => GitIgnore.Parse(pattern).Match(path, isDirectory).Should().Be(expected);

    [Fact]
    public void The_last_matching_pattern_decides()
    {
        var ignore = GitIgnore.Parse("*.Dockerfile\n!keep.Dockerfile\n");

        ignore.Match("drop.Dockerfile", false).Should().BeTrue();
        ignore.Match("keep.Dockerfile", false).Should().BeFalse();
        ignore.Match("Dockerfile", false).Should().BeNull();
    }
}
