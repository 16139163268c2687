using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DfLint.Configuration;

namespace DfLint.Core.Tests.Configuration;

/// <summary>
/// One definition of "a Dockerfile's name": Core's <see cref="DockerfileNames"/>. The package's targets (globs and name
/// pattern) and the pre-commit hooks (<c>files:</c>) are held to it on the same table of names.
/// </summary>
public class DockerfileNamesTests
{
    public static readonly TheoryData<string, bool> Names = new()
    {
        { "Dockerfile", true },
        { "dockerfile", true },
        { "Dockerfile.dev", true },
        { "Dockerfile.prod.arm64", true },
        { "dockerfile.dev", true },
        { "api.Dockerfile", true },
        { "web.dockerfile", true },
        { "api.dev.Dockerfile", true },
        { "Containerfile", true },
        { "containerfile", true },
        { "Containerfile.dev", true },
        { "containerfile.arm64", true },
        { "app.Containerfile", true },
        { "app.containerfile", true },
        { "Dockerfile.Dockerfile", true },
        { "Dockerfile.dockerignore", false },
        { "dockerfile.dockerignore", false },
        { "Dockerfile.dev.dockerignore", false },
        { "api.Dockerfile.dockerignore", false },
        { "Containerfile.dockerignore", false },
        { "app.dockerignore", false },
        { ".dockerignore", false },
        { ".Dockerfile", false },
        { ".dockerfile", false },
        { ".Containerfile", false },
        { "Dockerfile.", false },
        { "Containerfile.", false },
        { "DockerFile", false },
        { "DOCKERFILE", false },
        { "ContainerFile", false },
        { "Dockerfile-dev", false },
        { "Dockerfile_dev", false },
        { "MyDockerfile", false },
        { "MyContainerfile", false },
        { "Dockerfiles", false },
        { "api_Dockerfile", false },
        { "Makefile", false },
        { "", false },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Knows_Dockerfile_names(string name, bool expected)
        => DockerfileNames.IsDockerfile(name).Should().Be(expected);

    [Theory]
    [InlineData("/src/app/Dockerfile", true)]
    [InlineData(@"C:\src\app\Containerfile.dev", true)]
    [InlineData("/src/Dockerfile.d/config", false)]
    [InlineData("/src/app/.Dockerfile", false)]
    [InlineData("/src/Dockerfile/readme.md", false)]
    public void Judges_a_path_by_its_last_segment(string path, bool expected)
        => DockerfileNames.IsDockerfilePath(path).Should().Be(expected);

    [Theory]
    [MemberData(nameof(Names))]
    public void The_path_pattern_agrees_on_names_and_paths(string name, bool expected)
    {
        var regex = new Regex(DockerfileNames.PathPattern, RegexOptions.CultureInvariant);
        regex.IsMatch(name).Should().Be(expected, "a bare name");
        regex.IsMatch("dir/sub/" + name).Should().Be(expected, "the last segment of a path");
        regex.IsMatch(name + "/inner").Should().BeFalse("a file inside a directory of that name");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_globs_agree(string name, bool expected)
        => MatchesGlobs(DockerfileNames.IncludeGlobs, DockerfileNames.ExcludeGlobs, name).Should().Be(expected);

    [Fact]
    public void The_package_targets_use_Cores_globs_and_pattern()
    {
        var targets = XDocument.Load(RepoFile("src", "DfLint.Analyzers", "build", "DfLint.Analyzers.targets"));
        const string dir = "$(MSBuildProjectDirectory)/";
        var candidates = targets.Descendants().Where(e => e.Name.LocalName == "_DfLintCandidate").ToList();
        var globbing = candidates.Where(e => ((string?)e.Attribute("Include") ?? "").StartsWith(dir, StringComparison.Ordinal)).ToList();
        globbing.Should().ContainSingle("one item lists the globs of the project directory");
        string[] Globs(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(g => g.StartsWith(dir, StringComparison.Ordinal) ? g.Substring(dir.Length) : throw new InvalidOperationException("not in the project directory: " + g))
            .ToArray();
        var include = Globs((string?)globbing[0].Attribute("Include"));
        var exclude = Globs((string?)globbing[0].Attribute("Exclude"));

        include.Should().Equal(DockerfileNames.IncludeGlobs);
        exclude.Should().Equal(DockerfileNames.ExcludeGlobs);
        foreach (var row in Names)
        {
            string name = (string)row[0];
            MatchesGlobs(include, exclude, name).Should().Be((bool)row[1], name);
        }

        var pattern = targets.Descendants().Where(e => e.Name.LocalName == "_DfLintDockerfileNamePattern").Select(e => e.Value).ToList();
        pattern.Should().Equal(DockerfileNames.PathPattern);
    }

    [Fact]
    public void The_pre_commit_hooks_select_files_by_Cores_pattern()
    {
        var lines = File.ReadAllLines(RepoFile(".pre-commit-hooks.yaml"));
        int hooks = lines.Count(l => l.StartsWith("- id:", StringComparison.Ordinal));
        var files = lines.Where(l => l.TrimStart().StartsWith("files:", StringComparison.Ordinal))
            .Select(l => YamlScalar(l.Substring(l.IndexOf(':', StringComparison.Ordinal) + 1)))
            .ToList();

        hooks.Should().BeGreaterThan(0);
        files.Should().HaveCount(hooks).And.OnlyContain(f => f == DockerfileNames.PathPattern);
        lines.Should().NotContain(l => l.TrimStart().StartsWith("types_or:", StringComparison.Ordinal)
            || (l.TrimStart().StartsWith("types:", StringComparison.Ordinal) && !l.Contains("[file]", StringComparison.Ordinal)),
            "identify's types would select other files than the pattern");
        lines.Should().NotContain(l => l.TrimStart().StartsWith("exclude:", StringComparison.Ordinal));
        foreach (var row in Names)
        {
            string name = (string)row[0];
            bool expected = (bool)row[1];
            // pre-commit searches the path relative to the repository root, with forward slashes.
            Regex.IsMatch(name, files[0]).Should().Be(expected, name);
            Regex.IsMatch("docker/" + name, files[0]).Should().Be(expected, "docker/" + name);
        }
    }

    /// <summary>MSBuild's file globs within one directory, on a case-sensitive file system: <c>*</c> any run, <c>?</c> one character.</summary>
    private static bool MatchesGlobs(IEnumerable<string> include, IEnumerable<string> exclude, string name)
    {
        static bool Match(string glob, string n)
            => Regex.IsMatch(n, "^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$");
        return name.Length > 0 && include.Any(g => Match(g, name)) && !exclude.Any(g => Match(g, name));
    }

    /// <summary>A plain or single-quoted YAML scalar (<c>''</c> is a quote inside single quotes).</summary>
    private static string YamlScalar(string raw)
    {
        string s = raw.Trim();
        if (s.Length >= 2 && s[0] == '\'' && s[^1] == '\'') return s.Substring(1, s.Length - 2).Replace("''", "'", StringComparison.Ordinal);
        if (s.Length >= 2 && s[0] == '"') throw new InvalidOperationException("use a single-quoted YAML string for the pattern: " + s);
        return s;
    }

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln"))) return Path.Combine(dir.FullName, Path.Combine(parts));
        }
        throw new InvalidOperationException("Analyzer.sln not found above " + AppContext.BaseDirectory);
    }
}
