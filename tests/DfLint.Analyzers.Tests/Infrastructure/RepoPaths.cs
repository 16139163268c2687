using System;
using System.IO;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>Finds the repository root and the project's <c>shared/</c> folder from the test assembly.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SamplesRules => Path.Combine(Root, "samples", "rules");

    public static string Consumer => Path.Combine(Root, "samples", "consumer");

    public static string AnalyzerProject => Path.Combine(Root, "src", "DfLint.Analyzers", "DfLint.Analyzers.csproj");

    /// <summary>The <c>shared/</c> folder: a child or a sibling of some ancestor of the test assembly; null when there is none.</summary>
    public static string? Shared { get; } = FindShared();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No repository root (a folder with Analyzer.sln) above {AppContext.BaseDirectory}.");
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var child = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(child, "corpus"))) return child;
            if (dir.Parent is not null)
            {
                var sibling = Path.Combine(dir.Parent.FullName, "shared");
                if (Directory.Exists(Path.Combine(sibling, "corpus"))) return sibling;
            }
        }
        return null;
    }
}
