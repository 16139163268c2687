using System.IO;
using DfLint.Testing;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>Paths the analyzer tests use, on top of the shared locator in DfLint.Testing.</summary>
public static class RepoPaths
{
    public static string Root => SharedData.RepoRoot;

    public static string SamplesRules => Path.Combine(Root, "samples", "rules");

    public static string Consumer => Path.Combine(Root, "samples", "consumer");

    public static string AnalyzerProject => Path.Combine(Root, "src", "DfLint.Analyzers", "DfLint.Analyzers.csproj");
}
