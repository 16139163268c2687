using System;

namespace DfLint.Analyzers;

/// <summary>
/// Which file names are Dockerfiles. Keep in step with <c>build/DfLint.Analyzers.targets</c> and
/// <c>src/DfLint.Cli/Projects/ProjectDockerfiles.cs</c>.
/// </summary>
public static class DockerfileNames
{
    /// <summary>The item metadata (on <c>AdditionalFiles</c>) that marks a file: <c>Dockerfile</c>, <c>dockerignore</c> or <c>config</c>.</summary>
    public const string KindMetadata = "DfLintKind";
    public const string DockerfileKind = "Dockerfile";
    public const string DockerignoreKind = "dockerignore";
    /// <summary>An <c>.editorconfig</c>, <c>.globalconfig</c>, <c>.hadolint.yaml</c> or <c>.hadolint.yml</c> above a Dockerfile.</summary>
    public const string ConfigKind = "config";

    /// <summary><c>Dockerfile</c>, <c>Dockerfile.*</c>, <c>*.Dockerfile</c>, <c>*.dockerfile</c> or <c>Containerfile</c>; never a <c>*.dockerignore</c>.</summary>
    public static bool IsDockerfileName(string path)
    {
        if (string.IsNullOrEmpty(path)) return false;
        string name = FileName(path);
        if (name.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase)) return false;
        return string.Equals(name, "Dockerfile", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Containerfile", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) && name.Length > "Dockerfile.".Length)
            || (name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase) && name.Length > ".Dockerfile".Length);
    }

    public static string FileName(string path)
    {
        int i = path.LastIndexOfAny(new[] { '/', '\\' });
        return i < 0 ? path : path.Substring(i + 1);
    }

    public static string DirectoryName(string path)
    {
        int i = path.LastIndexOfAny(new[] { '/', '\\' });
        return i < 0 ? string.Empty : path.Substring(0, i);
    }

    /// <summary>Compares paths as the compiler hands them over: separators unified, trailing separator ignored.</summary>
    public static bool SamePath(string a, string b)
        => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    public static string Normalize(string path) => DfLint.Configuration.ConfigPaths.Normalize(path);
}
