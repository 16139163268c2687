using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Configuration;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>
/// The package's targets find exactly the files Core's <see cref="DockerfileNames"/> names Dockerfiles (checked on the
/// real MSBuild glob expansion of a case-sensitive file system), the analyzer lints them, and solution mode lists them.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class DockerfileNamesBuildTests
{
    private static readonly string[] Candidates =
    {
        "dockerfile", "Dockerfile.dev", "api.Dockerfile", "web.dockerfile", "Containerfile", "Containerfile.dev", "containerfile.arm64",
        "app.Containerfile", "svc.containerfile", "Dockerfile.dockerignore", "Containerfile.dev.dockerignore", ".Dockerfile",
        "DockerFile", "MyContainerfile", "Dockerfile-old",
    };

    private readonly PackedFeedFixture _fixture;

    public DockerfileNamesBuildTests(PackedFeedFixture fixture) => _fixture = fixture;

    [Fact]
    public void The_build_lints_Cores_Dockerfile_names_in_the_project_directory()
    {
        var dir = _fixture.CopyConsumer("names");
        // One spelling per name: the targets drop a second spelling of the same path (see DockerfileNames.IncludeGlobs).
        File.Delete(Path.Combine(dir, "Dockerfile"));
        foreach (var name in Candidates) File.WriteAllText(Path.Combine(dir, name), "FROM alpine:3.20\n");
        File.WriteAllText(Path.Combine(dir, "Containerfile.dev"), "FROM node:latest\n");

        var build = _fixture.Build(dir);

        var editorconfig = Directory.EnumerateFiles(Path.Combine(dir, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single();
        string? section = null;
        var linted = new List<string>();
        foreach (var line in File.ReadAllLines(editorconfig))
        {
            if (line.StartsWith('[')) section = line.Trim('[', ']');
            else if (line.Trim() == "build_metadata.AdditionalFiles.DfLintKind = Dockerfile") linted.Add(Path.GetFileName(section!));
        }
        var expected = Candidates.Where(DockerfileNames.IsDockerfile).ToList();

        expected.Should().Contain("Containerfile.dev").And.NotContain("Dockerfile.dockerignore");
        linted.Should().BeEquivalentTo(expected, build.ToString());
        build.Output.Should().MatchRegex(@"Containerfile\.dev\(1,\d+\): (warning|error) DF101", build.ToString());
        DfLint.Cli.Projects.ProjectDockerfiles.Discover(Path.Combine(dir, "Consumer.csproj"))
            .Select(d => Path.GetFileName(d.DockerfilePath)).Should().BeEquivalentTo(expected);
    }
}
