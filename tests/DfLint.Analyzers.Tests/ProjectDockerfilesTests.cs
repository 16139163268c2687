using System;
using System.IO;
using System.Linq;
using DfLint.Cli.Projects;

namespace DfLint.Analyzers.Tests;

public sealed class ProjectDockerfilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dflint-proj-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public ProjectDockerfilesTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Project(string properties = "", string items = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            {properties}
          </PropertyGroup>
          <ItemGroup>{items}</ItemGroup>
        </Project>
        """;

    [Theory]
    [InlineData("a.sln", true)]
    [InlineData("a.SLNX", true)]
    [InlineData("dir/a.csproj", true)]
    [InlineData("a.vbproj", true)]
    [InlineData("a.fsproj", true)]
    [InlineData("Dockerfile", false)]
    [InlineData("a.proj", false)]
    [InlineData("", false)]
    public void Recognizes_solutions_and_projects(string path, bool expected)
    {
        ProjectDockerfiles.IsProjectOrSolution(path).Should().Be(expected);
    }

    [Fact]
    public void Finds_the_Dockerfiles_the_package_targets_would_add()
    {
        var project = Write("app/App.csproj", Project("<DockerfileFile>../shared/Containerfile</DockerfileFile>",
            "<AdditionalFiles Include=\"docker/prod.txt\" DfLintKind=\"Dockerfile\" /><AdditionalFiles Include=\"notes/Dockerfile\" />"));
        foreach (var f in new[] { "app/Dockerfile", "app/Dockerfile.dev", "app/api.Dockerfile", "app/web.dockerfile", "app/Containerfile",
                     "app/docker/prod.txt", "app/notes/Dockerfile", "shared/Containerfile" })
            Write(f, "FROM scratch\n");
        foreach (var f in new[] { "app/Dockerfile.dockerignore", "app/.dockerignore", "app/readme.md", "app/sub/Dockerfile", "app/MyDockerfile" })
            Write(f, "x\n");

        var found = ProjectDockerfiles.Discover(project);

        found.Select(d => Path.GetRelativePath(_root, d.DockerfilePath).Replace('\\', '/')).Should().BeEquivalentTo(
            "app/Dockerfile", "app/Dockerfile.dev", "app/api.Dockerfile", "app/web.dockerfile", "app/Containerfile",
            "app/docker/prod.txt", "app/notes/Dockerfile", "shared/Containerfile");
        found.Should().OnlyContain(d => d.ProjectPath == project && d.ContextDirectory == Path.Combine(_root, "app"));
    }

    [Fact]
    public void Uses_Cores_Dockerfile_names_for_the_project_directory_and_hand_added_files()
    {
        var project = Write("app/App.csproj", Project(items: "<AdditionalFiles Include=\"extra/Containerfile.dev\" /><AdditionalFiles Include=\"extra/DockerFile\" />"));
        var names = new[] { "dockerfile", "Containerfile.dev", "app.containerfile", "DockerFile", "Containerfile.dev.dockerignore", ".Dockerfile" };
        foreach (var name in names) Write("app/" + name, "FROM scratch\n");
        Write("app/extra/Containerfile.dev", "FROM scratch\n");
        Write("app/extra/DockerFile", "FROM scratch\n");

        var found = ProjectDockerfiles.Discover(project);

        found.Select(d => Path.GetRelativePath(Path.Combine(_root, "app"), d.DockerfilePath).Replace('\\', '/')).Should().BeEquivalentTo(
            names.Where(DfLint.Configuration.DockerfileNames.IsDockerfile).Append("extra/Containerfile.dev"));
        names.Where(DfLint.Configuration.DockerfileNames.IsDockerfile).Should().Equal("dockerfile", "Containerfile.dev", "app.containerfile");
    }

    [Fact]
    public void Honours_DfLintAutoInclude_and_DockerfileContext()
    {
        var off = Write("off/Off.csproj", Project("<DfLintAutoInclude>false</DfLintAutoInclude>"));
        Write("off/Dockerfile", "FROM scratch\n");
        var ctx = Write("ctx/Ctx.csproj", Project("<DockerfileContext>..</DockerfileContext>"));
        Write("ctx/Dockerfile", "FROM scratch\n");

        ProjectDockerfiles.Discover(off).Should().BeEmpty();
        ProjectDockerfiles.Discover(ctx).Should().ContainSingle().Which.ContextDirectory.Should().Be(_root);
    }

    [Theory]
    [InlineData("All.sln")]
    [InlineData("All.slnx")]
    public void Reads_every_project_of_a_solution(string solutionName)
    {
        var a = Write("a/A.csproj", Project());
        Write("a/Dockerfile", "FROM scratch\n");
        var b = Write("b/B.csproj", Project());
        Write("b/build.Dockerfile", "FROM scratch\n");
        Write("All.slnx", "<Solution>\n  <Folder Name=\"/src/\">\n    <Project Path=\"a/A.csproj\" />\n  </Folder>\n  <Project Path=\"b\\B.csproj\" />\n</Solution>\n");
        Write("All.sln", Sln(("A", "a\\A.csproj"), ("B", "b\\B.csproj")));

        var found = ProjectDockerfiles.Discover(Path.Combine(_root, solutionName));

        found.Select(d => (d.ProjectPath, Path.GetFileName(d.DockerfilePath))).Should().BeEquivalentTo(new[]
        {
            (a, "Dockerfile"),
            (b, "build.Dockerfile"),
        });
    }

    [Fact]
    public void Reports_a_broken_project_in_one_line()
    {
        var project = Write("bad/Bad.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n</Project>\n");

        var discover = () => ProjectDockerfiles.Discover(project);

        discover.Should().Throw<ProjectLoadException>()
            .Which.Message.Should().StartWith(project + ": ").And.NotContain("\n");
    }

    [Fact]
    public void Reports_a_missing_file_or_a_missing_project_of_a_solution()
    {
        Write("Gone.slnx", "<Solution>\n  <Project Path=\"gone/Gone.csproj\" />\n</Solution>\n");

        FluentActions.Invoking(() => ProjectDockerfiles.Discover(Path.Combine(_root, "nope.csproj")))
            .Should().Throw<ProjectLoadException>().WithMessage("*does not exist*");
        FluentActions.Invoking(() => ProjectDockerfiles.Discover(Path.Combine(_root, "Gone.slnx")))
            .Should().Throw<ProjectLoadException>().WithMessage("*Gone.csproj: the project file does not exist.");
        FluentActions.Invoking(() => ProjectDockerfiles.Discover(Path.Combine(_root, "Dockerfile")))
            .Should().Throw<ProjectLoadException>().WithMessage("*is not a solution or project*");
    }

    private static string Sln(params (string Name, string Path)[] projects)
    {
        var sb = new System.Text.StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
        foreach (var (name, path) in projects)
            sb.Append($"Project(\"{{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}}\") = \"{name}\", \"{path}\", \"{{{Guid.NewGuid().ToString().ToUpperInvariant()}}}\"\nEndProject\n");
        sb.Append("Global\nEndGlobal\n");
        return sb.ToString();
    }
}
