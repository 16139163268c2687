using System;
using System.Collections.Generic;

namespace DfLint.Configuration;

/// <summary>
/// Which file names are Dockerfiles, for every host: the CLI's directory search, the analyzer (additional files the
/// targets did not mark), solution mode, the package's targets (<see cref="IncludeGlobs"/>, <see cref="ExcludeGlobs"/>,
/// <see cref="PathPattern"/>) and the pre-commit hooks (<see cref="PathPattern"/>). Tests hold the targets and
/// <c>.pre-commit-hooks.yaml</c> to this class.
/// <para>
/// A Dockerfile is named after the word <c>Dockerfile</c> or <c>Containerfile</c>, spelt capitalised or all lowercase
/// (<c>dockerfile</c> is the name the docker CLI falls back to): the word alone (<c>Dockerfile</c>), the word then a dot
/// and more (<c>Dockerfile.dev</c>, <c>Containerfile.arm64</c>), or something, a dot and the word (<c>api.Dockerfile</c>,
/// <c>web.dockerfile</c>, <c>app.Containerfile</c>). Other spellings (<c>DockerFile</c>, <c>DOCKERFILE</c>) are not, so that
/// the rule reads the same on case-sensitive file systems as in globs. A name ending in <c>.dockerignore</c> never is:
/// <c>Dockerfile.dockerignore</c> is BuildKit's ignore file for <c>Dockerfile</c>. The parts around the dot are never
/// empty (<c>.Dockerfile</c>, <c>Dockerfile.</c> are not Dockerfiles).
/// </para>
/// </summary>
public static class DockerfileNames
{
    private static readonly string[] Words = { "Dockerfile", "dockerfile", "Containerfile", "containerfile" };

    /// <summary>The suffix of BuildKit's ignore files (<c>Dockerfile.dockerignore</c>), which are never Dockerfiles.</summary>
    public const string DockerignoreSuffix = ".dockerignore";

    /// <summary>
    /// The same rule as a regular expression over a path with forward slashes (or a bare file name), in the subset that
    /// .NET, Python (pre-commit's <c>files:</c>) and MSBuild property functions share.
    /// </summary>
    public const string PathPattern =
        @"^(?!.*\.dockerignore$)(?:.*/)?(?:(?:[Dd]ocker|[Cc]ontainer)file(?:\.[^/]+)?|[^/]+\.(?:[Dd]ocker|[Cc]ontainer)file)$";

    /// <summary>
    /// The same rule as file globs of one directory (MSBuild's: <c>?</c> is one character, <c>*</c> any run), minus
    /// <see cref="ExcludeGlobs"/>. Exact on a case-sensitive file system; where names compare without case (Windows,
    /// macOS), globs also find other spellings such as <c>DOCKERFILE</c>. The package's targets drop paths that differ
    /// only in case (MSBuild's <c>Distinct()</c>, so a file is never linted twice on those systems); so of two files
    /// spelt <c>Dockerfile</c> and <c>dockerfile</c> in one directory of a case-sensitive file system, the build lints
    /// the first only.
    /// </summary>
    public static IReadOnlyList<string> IncludeGlobs { get; } = new[]
    {
        "Dockerfile", "Dockerfile.?*", "?*.Dockerfile",
        "dockerfile", "dockerfile.?*", "?*.dockerfile",
        "Containerfile", "Containerfile.?*", "?*.Containerfile",
        "containerfile", "containerfile.?*", "?*.containerfile",
    };

    /// <summary>The globs <see cref="IncludeGlobs"/> leave out.</summary>
    public static IReadOnlyList<string> ExcludeGlobs { get; } = new[] { "*" + DockerignoreSuffix };

    /// <summary>Whether a file name (no directory) names a Dockerfile; see the class summary.</summary>
    public static bool IsDockerfile(string? fileName)
    {
        if (fileName is null || fileName.Length == 0) return false;
        if (fileName.EndsWith(DockerignoreSuffix, StringComparison.Ordinal)) return false;
        foreach (var word in Words)
        {
            int n = word.Length;
            if (fileName.Length == n)
            {
                if (string.Equals(fileName, word, StringComparison.Ordinal)) return true;
            }
            else if (fileName.Length > n + 1)
            {
                if (fileName[n] == '.' && fileName.StartsWith(word, StringComparison.Ordinal)) return true;
                if (fileName[fileName.Length - n - 1] == '.' && fileName.EndsWith(word, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether the last segment of a path (<c>/</c> or <c>\</c> separated) names a Dockerfile.</summary>
    public static bool IsDockerfilePath(string? path) => path is not null && IsDockerfile(FileName(path));

    /// <summary>The last segment of a path, with <c>/</c> and <c>\</c> both separators.</summary>
    public static string FileName(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        int i = path.LastIndexOfAny(Separators);
        return i < 0 ? path : path.Substring(i + 1);
    }

    private static readonly char[] Separators = { '/', '\\' };
}
