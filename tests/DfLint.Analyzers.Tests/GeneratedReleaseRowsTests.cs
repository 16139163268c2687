using System.IO;
using System.Linq;
using DfLint.Rules;
using DfLint.Testing;

namespace DfLint.Analyzers.Tests;

public class GeneratedReleaseRowsTests
{
    [Fact]
    public void Unshipped_release_rows_are_generated_from_the_registry()
    {
        var text = File.ReadAllText(SharedData.RepoPath("src", "DfLint.Analyzers", "AnalyzerReleases.Unshipped.md")).Replace("\r\n", "\n");
        var lines = text.Split('\n');
        var hostRows = new[] { DescriptorMap.ConfigError, DescriptorMap.InternalError }
            .Select(d => lines.Single(l => l.StartsWith(d.Id + " | " + d.Category + " | " + d.DefaultSeverity + " | ", System.StringComparison.Ordinal)))
            .ToList();
        text.Should().Be(RuleCatalog.AnalyzerReleasesUnshipped(RuleRegistry.Descriptors, hostRows),
            "the rows are generated from the registry: run 'dotnet run --project tools/NewRule -- sync'");
    }
}
