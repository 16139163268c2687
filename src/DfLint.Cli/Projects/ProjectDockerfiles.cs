// TEMPORARY (cli-commands branch): stub of the MSBuild project support contract; the projects branch replaces this file.
using System;
using System.Collections.Generic;

namespace DfLint.Cli.Projects;

public sealed record ProjectDockerfile(string DockerfilePath, string ProjectPath, string ContextDirectory);

public static class ProjectDockerfiles
{
    public static bool IsProjectOrSolution(string path) => false;

    public static IReadOnlyList<ProjectDockerfile> Discover(string path)
        => throw new ProjectLoadException($"cannot read '{path}': project support is not built in yet");
}

public sealed class ProjectLoadException : Exception
{
    public ProjectLoadException(string message) : base(message) { }
}
