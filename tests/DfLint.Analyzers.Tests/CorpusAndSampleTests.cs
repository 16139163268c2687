using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DfLint.Analyzers.Tests;

/// <summary>Replays real files through Roslyn: nothing may crash, and samples give exactly the findings their markers expect.</summary>
public sealed class CorpusAndSampleTests
{
    [Fact]
    public void Never_throws_on_any_corpus_file()
    {
        RepoPaths.Shared.Should().NotBeNull("shared/corpus must be a child or a sibling of a folder above the test assembly");
        var corpus = Path.Combine(RepoPaths.Shared!, "corpus");
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        files.Should().NotBeEmpty();

        // Corpus names are not all Dockerfile-shaped: mark every file as a Dockerfile, as the targets would for DockerfileFile.
        var perFile = files.ToDictionary(f => f, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            [DockerfileAnalyzer.KindMetadataKey] = "Dockerfile",
        });
        var runner = new AnalyzerRunner
        {
            Files = files.Select(f => (AdditionalText)new TestAdditionalText(f, File.ReadAllText(f))).ToArray(),
            Options = new TestOptionsProvider(perFile: perFile),
        };

        var result = runner.Run();

        result.AnalyzerExceptions.Should().BeEmpty();
        result.Diagnostics.Where(d => d.Id == DescriptorMap.InternalErrorId || d.Id.StartsWith("AD", StringComparison.Ordinal))
            .Select(d => $"{d.Location.GetLineSpan().Path}: {d.GetMessage()}").Should().BeEmpty();
        result.Diagnostics.Where(d => d.Location.Kind != LocationKind.ExternalFile).Should().BeEmpty();
    }

    public static IEnumerable<object[]> MarkedDockerfiles()
    {
        // The consumer sample carries markers too, so this theory always has data.
        yield return new object[] { Path.Combine("samples", "consumer", "Dockerfile") };
        if (Directory.Exists(RepoPaths.SamplesRules))
        {
            foreach (var f in Directory.EnumerateFiles(RepoPaths.SamplesRules, "*.Dockerfile").OrderBy(f => f, StringComparer.Ordinal))
                yield return new object[] { Path.GetRelativePath(RepoPaths.Root, f) };
        }
    }

    [Theory]
    [MemberData(nameof(MarkedDockerfiles))]
    public void Sample_gives_exactly_the_findings_its_markers_expect(string relativePath)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
        var text = File.ReadAllText(path);
        // As the CLI does for samples: the sample's own rule is on (DF105 is off by default), and the build context is the
        // samples folder, which has no .dockerignore.
        var name = Path.GetFileNameWithoutExtension(path);
        var runner = AnalyzerRunner.For((path, text)) with
        {
            Options = new TestOptionsProvider(global: new Dictionary<string, string>
            {
                [DockerfileAnalyzer.ContextDirectoryProperty] = Path.GetDirectoryName(path)!,
            }),
            CommandLineSeverities = name.StartsWith("DF", StringComparison.Ordinal)
                ? new Dictionary<string, ReportDiagnostic> { [name] = ReportDiagnostic.Info }
                : new Dictionary<string, ReportDiagnostic>(),
        };
        var result = runner.Run();

        result.AnalyzerExceptions.Should().BeEmpty();
        var actual = result.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id, d.GetMessage()));
        ExpectationMarkers.Compare(text, actual).Should().BeEmpty();
    }
}
