using System;

namespace DfLint.Cli.Discovery;

/// <summary>Which file names a directory search treats as Dockerfiles.</summary>
public static class DockerfileNames
{
    /// <summary>
    /// <c>Dockerfile</c>, <c>Dockerfile.*</c>, <c>*.Dockerfile</c>, <c>*.dockerfile</c>, <c>Containerfile</c>,
    /// <c>Containerfile.*</c>; never <c>*.dockerignore</c> (BuildKit's per-Dockerfile ignore files).
    /// </summary>
    public static bool IsDockerfile(string fileName)
    {
        if (fileName.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase)) return false;
        return fileName == "Dockerfile" || fileName == "Containerfile"
            || fileName.StartsWith("Dockerfile.", StringComparison.Ordinal)
            || fileName.StartsWith("Containerfile.", StringComparison.Ordinal)
            || (fileName.Length > ".Dockerfile".Length && fileName.EndsWith(".Dockerfile", StringComparison.Ordinal))
            || (fileName.Length > ".dockerfile".Length && fileName.EndsWith(".dockerfile", StringComparison.Ordinal));
    }

    /// <summary>Directories a search never enters.</summary>
    public static bool IsSkippedDirectory(string name)
        => name is ".git" or "node_modules" or "bin" or "obj";
}
