using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>What the packed DfLint.Analyzers package holds, and which of its assemblies a consumer's compiler gets.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class AnalyzerPackageTests
{
    private static readonly string[] Assemblies = { "DfLint.Analyzers.dll", "DfLint.Core.dll", "Sprache.dll" };
    private readonly PackedFeedFixture _fixture;

    public AnalyzerPackageTests(PackedFeedFixture fixture) => _fixture = fixture;

    [Fact]
    public void IL_analyzers_for_both_languages_and_ReadyToRun_images_for_this_runtime_beside_them()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"DfLint.Analyzers.{_fixture.Version}.nupkg"));
        var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal)).ToList();
        analyzers.Select(e => e.FullName).Should().BeEquivalentTo(
            from lang in new[] { "cs", "vb" } from dll in Assemblies select $"analyzers/dotnet/{lang}/{dll}");
        // An image only loads on the OS and architecture it was compiled for; NuGet hands analyzers/ to every consumer.
        foreach (var entry in analyzers)
        {
            using var stream = entry.Open();
            ReadyToRunImages.IsReadyToRun(stream).Should().BeFalse($"{entry.FullName} must stay IL");
        }

        if (ReadyToRunImages.ExpectedRuntime is not { } rid) return;
        foreach (var dll in Assemblies)
        {
            var entry = package.GetEntry($"readytorun/{rid}/{dll}");
            entry.Should().NotBeNull($"the package should carry a ReadyToRun image of {dll} for {rid}");
            using var stream = entry!.Open();
            ReadyToRunImages.IsReadyToRun(stream).Should().BeTrue($"readytorun/{rid}/{dll} should be precompiled");
        }
    }

    [Fact]
    public void A_command_line_build_gives_the_compiler_the_images_and_the_switch_turns_them_off()
    {
        var dir = _fixture.CopyConsumer("r2r-items");
        var restore = _fixture.Dotnet(dir, "restore", "-p:DfLintAnalyzersVersion=" + _fixture.Version, "-nodeReuse:false");
        restore.ExitCode.Should().Be(0, restore.ToString());

        string AnalyzerItems(params string[] extra)
        {
            var result = _fixture.Dotnet(dir, new[] { "msbuild", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", "-nodeReuse:false",
                "-p:DfLintAnalyzersVersion=" + _fixture.Version }.Concat(extra).ToArray());
            result.ExitCode.Should().Be(0, result.ToString());
            using var json = System.Text.Json.JsonDocument.Parse(result.Output.Substring(result.Output.IndexOf('{')));
            return string.Join("\n", json.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
                .Select(item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/')));
        }

        var il = AnalyzerItems("-p:DfLintReadyToRunAnalyzer=false");
        foreach (var dll in Assemblies) il.Should().Contain("/analyzers/dotnet/cs/" + dll);
        il.Should().NotContain("/readytorun/");

        if (ReadyToRunImages.ExpectedRuntime is not { } rid) return;
        var images = AnalyzerItems();
        foreach (var dll in Assemblies) images.Should().Contain($"/readytorun/{rid}/{dll}");
        images.Should().NotContain("/analyzers/dotnet/cs/DfLint");
    }
}
