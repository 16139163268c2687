using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;
using DfLint.Testing;
using Microsoft.CodeAnalysis;

namespace DfLint.Analyzers.Tests;

/// <summary>Replays real files through Roslyn: nothing may crash, and samples give exactly the findings their markers expect.</summary>
public sealed class CorpusAndSampleTests
{
    [CorpusFact]
    public void Never_throws_on_any_corpus_file()
    {
        var files = Corpus.Files().Select(f => Path.Combine(Corpus.Root, f)).ToList();
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
        yield return new object[] { "samples/consumer/Dockerfile" };
        foreach (var folder in new[] { "real-world", "rules" })
        {
            var dir = Path.Combine(RepoPaths.Root, "samples", folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.Dockerfile").OrderBy(f => f, StringComparer.Ordinal))
                yield return new object[] { Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/') };
        }
    }

    /// <summary>
    /// As the Core sample tests do: a rule's sample (<c>samples/rules/DFnnn.Dockerfile</c>) runs with that rule alone (switched on,
    /// DF105 is off by default) and DF000; the other samples run with every rule at its default, and their markers are exhaustive.
    /// The build context is the sample's folder, which has no .dockerignore.
    /// </summary>
    [Theory]
    [MemberData(nameof(MarkedDockerfiles))]
    public void Sample_gives_exactly_the_findings_its_markers_expect(string relativePath)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
        var text = File.ReadAllText(path);
        string? ruleId = relativePath.StartsWith("samples/rules/", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(path) : null;
        var global = new Dictionary<string, string> { [DockerfileAnalyzer.ContextDirectoryProperty] = Path.GetDirectoryName(path)! };
        // A sample's '# options: dflint.key=value' lines reach the build as the .globalconfig keys they stand for.
        foreach (var option in Expectations.SampleOptions(text)) global["dflint." + option.Key] = option.Value;
        var runner = AnalyzerRunner.For((path, text)) with
        {
            Options = new TestOptionsProvider(global: global),
            Rules = ruleId is null ? null : Expectations.RulesOfSample(ruleId),
            CommandLineSeverities = ruleId is null
                ? new Dictionary<string, ReportDiagnostic>()
                : new Dictionary<string, ReportDiagnostic> { [ruleId] = ReportDiagnostic.Info },
        };
        var result = runner.Run();

        result.AnalyzerExceptions.Should().BeEmpty();
        var actual = Expectations.Actual(text, result.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => new Reported(d.Location.SourceSpan.Start, d.Id, d.GetMessage())));
        var problems = ruleId is null
            ? Expectations.Compare(Expectations.Read(text), actual)
            : Expectations.CompareRuleSample(text, ruleId, actual);
        problems.Should().BeEmpty();
    }
}
