using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DfLint.Linting;
using DfLint.Parsing;
using DfLint.Rules;
using DfLint.Syntax;

namespace DfLint.Testing;

/// <summary>One expected finding from a <c># expect: DF101 [{{message}}]</c> marker: on the instruction after the marker.</summary>
public sealed record Expectation(int Line, string RuleId, string? Message);

/// <summary>Reads <c># expect:</c> markers and compares them with findings, exhaustively.</summary>
public static class Expectations
{
    private static readonly Regex Marker = new(@"^\s*#\s*expect:\s*(?<ids>(?:DF\d{3}\s*)+)(?:\{\{(?<msg>.*)\}\})?\s*$", RegexOptions.CultureInvariant);

    /// <summary>The expectations of a Dockerfile; each marker applies to the next instruction (its first line).</summary>
    public static IReadOnlyList<Expectation> Read(string text)
    {
        var syntax = DockerfileParser.Parse(text);
        var result = new List<Expectation>();
        foreach (var comment in syntax.Comments)
        {
            var m = Marker.Match(syntax.Source.ToString(comment.Span));
            if (!m.Success) continue;
            var next = syntax.Instructions.FirstOrDefault(i => i.Span.Start > comment.Span.Start)
                ?? throw new InvalidOperationException($"marker at {syntax.Source.GetLinePosition(comment.Span.Start)} has no instruction after it");
            int line = syntax.Source.GetLinePosition(next.Span.Start).Line;
            string? message = m.Groups["msg"].Success ? m.Groups["msg"].Value : null;
            foreach (var id in m.Groups["ids"].Value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                result.Add(new Expectation(line, id, message));
        }
        return result;
    }

    /// <summary>The instruction start line each finding belongs to (findings outside instructions use their own line).</summary>
    public static IReadOnlyList<Expectation> Actual(LintResult result)
    {
        var instructions = result.Syntax.Instructions;
        return result.Findings.Select(f =>
        {
            var owner = instructions.LastOrDefault(i => i.Span.Start <= f.Span.Start && f.Span.Start < Math.Max(i.Span.End, i.Span.Start + 1));
            int line = result.Source.GetLinePosition(owner?.Span.Start ?? f.Span.Start).Line;
            return new Expectation(line, f.RuleId, f.Message);
        }).ToList();
    }

    /// <summary>Compares markers and findings; returns a readable list of differences (empty when they agree).</summary>
    public static IReadOnlyList<string> Compare(IReadOnlyList<Expectation> expected, IReadOnlyList<Expectation> actual)
    {
        var problems = new List<string>();
        var remaining = actual.ToList();
        foreach (var e in expected)
        {
            var match = remaining.FirstOrDefault(a => a.Line == e.Line && a.RuleId == e.RuleId && (e.Message is null || a.Message == e.Message));
            if (match is null) problems.Add($"line {e.Line}: expected {e.RuleId}{(e.Message is null ? "" : " {{" + e.Message + "}}")} but it was not reported");
            else remaining.Remove(match);
        }
        foreach (var a in remaining) problems.Add($"line {a.Line}: unexpected {a.RuleId}: {a.Message}");
        return problems;
    }

    /// <summary>Lints a sample as the CLI would, with its rule switched on even when it is off by default.</summary>
    public static LintResult LintSample(string text, string? ruleToEnable = null, BuildContext? context = null)
    {
        var severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
        if (ruleToEnable is not null && RuleRegistry.Find(ruleToEnable) is { } d) severities[d.Id] = (ConfiguredSeverity)d.DefaultSeverity;
        return Linter.Lint(text, new LintOptions { Severities = severities, RuleOptions = SampleOptions(text) }, context ?? SampleContext);
    }

    private static readonly Regex OptionMarker = new(@"^\s*#\s*options:\s*dflint\.(?<key>[a-z0-9_]+)\s*=\s*(?<value>.*?)\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>
    /// Rule options a sample or a page example sets for itself with <c># options: dflint.key=value</c> lines, as a
    /// configuration file would (only tests read these lines; DfLint itself does not).
    /// </summary>
    public static IReadOnlyDictionary<string, string> SampleOptions(string text)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in OptionMarker.Matches(text.Replace("\r\n", "\n"))) options[m.Groups["key"].Value] = m.Groups["value"].Value;
        return options;
    }

    /// <summary>The build context of the samples folder: known, with no .dockerignore.</summary>
    public static readonly BuildContext SampleContext = BuildContext.FromDockerignore(null);
}

/// <summary>Checks a rule's sample file against its markers.</summary>
public static class SampleAssert
{
    public static void Verify(string ruleId)
    {
        var path = SharedData.RepoPath("samples", "rules", ruleId + ".Dockerfile");
        var text = System.IO.File.ReadAllText(path);
        var expected = Expectations.Read(text);
        FluentAssertions.AssertionExtensions.Should(expected.Any(e => e.RuleId == ruleId)).BeTrue($"the {ruleId} sample shows at least one violation");
        var problems = Expectations.Compare(expected, Expectations.Actual(Expectations.LintSample(text, ruleId)));
        FluentAssertions.AssertionExtensions.Should(problems).BeEmpty();
    }
}
