using System.IO;
using System.IO.Compression;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>What the packed DfLint.Analyzers package holds, independent of any build that consumes it.</summary>
public sealed class AnalyzerPackageTests : IClassFixture<PackedFeedFixture>
{
    private readonly PackedFeedFixture _fixture;

    public AnalyzerPackageTests(PackedFeedFixture fixture) => _fixture = fixture;

    [Fact]
    public void Analyzer_assemblies_are_packed_for_both_languages_as_ReadyToRun_images()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"DfLint.Analyzers.{_fixture.Version}.nupkg"));
        var assemblies = package.Entries.Where(e => e.FullName.StartsWith("analyzers/", System.StringComparison.Ordinal)).ToList();
        assemblies.Select(e => e.FullName).Should().BeEquivalentTo(
            from lang in new[] { "cs", "vb" }
            from dll in new[] { "DfLint.Analyzers.dll", "DfLint.Core.dll", "Sprache.dll" }
            select $"analyzers/dotnet/{lang}/{dll}");

        // csc loads the analyzer afresh in every build without the compiler server: precompiled code keeps its cost
        // down (src/ReadyToRun.targets). The images still hold IL, so other platforms JIT them as before.
        if (!ReadyToRunImages.ExpectedOnThisMachine) return;
        foreach (var entry in assemblies)
        {
            using var stream = entry.Open();
            ReadyToRunImages.IsReadyToRun(stream).Should().BeTrue($"{entry.FullName} should be a ReadyToRun image");
        }
    }
}
