using System;

namespace DfLint.Analyzers;

/// <summary>
/// How the analyzer tells its additional files apart (the <c>DfLintKind</c> metadata the package's targets set), and path
/// helpers for the paths the compiler hands over. Which names are Dockerfiles is Core's
/// <see cref="DfLint.Configuration.DockerfileNames"/>, shared with the CLI, the targets and the pre-commit hooks.
/// </summary>
public static class AdditionalFileKinds
{
    /// <summary>The item metadata (on <c>AdditionalFiles</c>) that marks a file: <c>Dockerfile</c>, <c>dockerignore</c> or <c>config</c>.</summary>
    public const string KindMetadata = "DfLintKind";
    public const string DockerfileKind = "Dockerfile";
    public const string DockerignoreKind = "dockerignore";
    /// <summary>An <c>.editorconfig</c>, <c>.globalconfig</c>, <c>.hadolint.yaml</c> or <c>.hadolint.yml</c> above a Dockerfile.</summary>
    public const string ConfigKind = "config";

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
