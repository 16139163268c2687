using System;
using System.IO;

namespace DfLint.Testing;

/// <summary>
/// Finds the repository root, the test data vendored in it (<c>tests/data</c>), and the optional shared data folder
/// (<c>shared/</c>, beside the repository), which only holds the large corpus.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> SharedRoot = new(() => FindUp(dir => Path.Combine(dir, "shared", "corpus"), "shared"));
    private static readonly Lazy<string> RepoRootLazy = new(() =>
        FindUp(dir => Path.Combine(dir, "Analyzer.sln"), null) ?? throw new InvalidOperationException("Analyzer.sln not found above the test directory."));

    /// <summary>The <c>shared</c> folder (recognised by its <c>corpus</c>), or null when this checkout has none beside it.</summary>
    public static string? Root => SharedRoot.Value;

    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>A path under <c>shared/</c>; throws with a clear message when shared data is missing.</summary>
    public static string PathTo(params string[] parts)
    {
        var root = Root ?? throw new InvalidOperationException(
            "The shared test data folder (shared/, next to the repository) was not found above " + AppContext.BaseDirectory);
        return Path.Combine(root, Path.Combine(parts));
    }

    public static string RepoPath(params string[] parts) => Path.Combine(RepoRoot, Path.Combine(parts));

    /// <summary>A path under the repository's <c>tests/data</c>: test data vendored with the code (see the NOTICE files there).</summary>
    public static string TestData(params string[] parts) => Path.Combine(RepoRoot, "tests", "data", Path.Combine(parts));

    private static string? FindUp(Func<string, string> probe, string? resultChild)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var p = probe(dir.FullName);
            if (Directory.Exists(p) || File.Exists(p))
                return resultChild is null ? dir.FullName : Path.Combine(dir.FullName, resultChild);
            dir = dir.Parent;
        }
        return null;
    }
}
