using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DfLint.Linting;
using DfLint.Parsing;
using DfLint.Rules;
using DfLint.Syntax;
using FluentAssertions;

namespace DfLint.Testing;

/// <summary>
/// One expected (or actual) finding: rule <see cref="RuleId"/> on the instruction that starts on 1-based line
/// <see cref="Line"/>, with an exact <see cref="Message"/> when the marker gives one.
/// </summary>
public sealed record Expectation(int Line, string RuleId, string? Message)
{
    public override string ToString() => Message is null ? $"line {Line}: {RuleId}" : $"line {Line}: {RuleId} {{{{{Message}}}}}";
}

/// <summary>
/// The one reader of <c># expect: DF101 [DF205 …] [{{exact message}}]</c> markers, for the Core, CLI and analyzer tests.
/// A marker is a comment on its own line and applies to the next instruction, as the parser finds instructions (so
/// continuations, heredoc bodies and the escape directive count as they do for DfLint). A finding belongs to the instruction
/// its span starts in. Matching is exhaustive: every finding must be expected and every expectation found.
/// </summary>
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
                ?? throw new FormatException($"'# expect:' on line {syntax.Source.GetLinePosition(comment.Span.Start).Line} is not followed by an instruction.");
            int line = syntax.Source.GetLinePosition(next.Span.Start).Line;
            string? message = m.Groups["msg"].Success ? m.Groups["msg"].Value : null;
            foreach (var id in m.Groups["ids"].Value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                result.Add(new Expectation(line, id, message));
        }
        return result;
    }

    /// <summary>The findings of a lint result, each on the start line of its instruction.</summary>
    public static IReadOnlyList<Expectation> Actual(LintResult result)
        => Actual(result.Syntax, result.Findings.Select(f => new Reported(f.Span.Start, f.RuleId, f.Message)));

    /// <summary>
    /// Findings reported elsewhere (e.g. Roslyn diagnostics: the analyzer keeps Core's 0-based UTF-16 offsets), each on the start
    /// line of its instruction. Findings outside every instruction keep their own line.
    /// </summary>
    public static IReadOnlyList<Expectation> Actual(string text, IEnumerable<Reported> findings)
        => Actual(DockerfileParser.Parse(text), findings);

    private static IReadOnlyList<Expectation> Actual(DockerfileSyntax syntax, IEnumerable<Reported> findings)
    {
        var instructions = syntax.Instructions;
        return findings.Select(f =>
        {
            var owner = instructions.LastOrDefault(i => i.Span.Start <= f.Offset && f.Offset < Math.Max(i.Span.End, i.Span.Start + 1));
            int line = syntax.Source.GetLinePosition(owner?.Span.Start ?? f.Offset).Line;
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
            if (match is null) problems.Add($"{e}: expected but not reported");
            else remaining.Remove(match);
        }
        foreach (var a in remaining) problems.Add($"{a}: reported but not expected");
        return problems;
    }

    /// <summary>Lints a Dockerfile as the CLI would (every rule at its default), with one rule switched on even when it is off by default.</summary>
    public static LintResult LintSample(string text, string? ruleToEnable = null, BuildContext? context = null)
        => Linter.Lint(text, new LintOptions { Severities = Enable(ruleToEnable), RuleOptions = SampleOptions(text) }, context ?? SampleContext);

    /// <summary>Lints a rule's sample with only that rule (switched on even when it is off by default) and DF000, parse errors.</summary>
    public static LintResult LintRuleSample(string text, string ruleId, BuildContext? context = null)
        => Linter.Lint(text, new LintOptions { Severities = Enable(ruleId), RuleOptions = SampleOptions(text) }, context ?? SampleContext, RulesOfSample(ruleId));

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

    /// <summary>The rules a rule's sample is checked with: DF000 (parse errors) and the rule itself.</summary>
    public static IReadOnlyList<DockerfileRule> RulesOfSample(string ruleId)
    {
        var rules = RuleRegistry.All.Where(r => r.Descriptor.Id == SyntaxErrorId || r.Descriptor.Id == ruleId).ToList();
        rules.Should().Contain(r => r.Descriptor.Id == ruleId, $"{ruleId} is a registered rule");
        return rules;
    }

    /// <summary>The IDs a rule's sample may mark: its own rule and DF000.</summary>
    public static bool BelongsToSample(string markedId, string ruleId) => markedId == ruleId || markedId == SyntaxErrorId;

    /// <summary>
    /// Checks a rule's sample: markers only for its own rule (or DF000), and exactly the findings of that rule and DF000.
    /// </summary>
    public static IReadOnlyList<string> CompareRuleSample(string text, string ruleId, IReadOnlyList<Expectation> actual)
    {
        var expected = Read(text);
        var problems = expected.Where(e => !BelongsToSample(e.RuleId, ruleId))
            .Select(e => $"{e}: the {ruleId} sample is checked with {ruleId} (and DF000) only; remove markers for other rules").ToList();
        problems.AddRange(Compare(expected.Where(e => BelongsToSample(e.RuleId, ruleId)).ToList(), actual));
        return problems;
    }

    /// <summary>The build context of the samples folder: known, with no .dockerignore.</summary>
    public static readonly BuildContext SampleContext = BuildContext.FromDockerignore(null);

    private const string SyntaxErrorId = "DF000";

    private static Dictionary<string, ConfiguredSeverity> Enable(string? ruleId)
    {
        var severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
        if (ruleId is not null && RuleRegistry.Find(ruleId) is { } d) severities[d.Id] = (ConfiguredSeverity)d.DefaultSeverity;
        return severities;
    }
}

/// <summary>A finding as another host reports it: the 0-based offset where its span starts, its rule and its message.</summary>
public sealed record Reported(int Offset, string RuleId, string Message);

/// <summary>Checks a rule's sample file (<c>samples/rules/DFnnn.Dockerfile</c>) against its markers, with that rule alone.</summary>
public static class SampleAssert
{
    public static string RuleSamplePath(string ruleId) => SharedData.RepoPath("samples", "rules", ruleId + ".Dockerfile");

    public static void Verify(string ruleId)
    {
        var text = File.ReadAllText(RuleSamplePath(ruleId));
        Expectations.Read(text).Should().Contain(e => e.RuleId == ruleId, $"the {ruleId} sample shows at least one violation");
        var actual = Expectations.Actual(Expectations.LintRuleSample(text, ruleId));
        Expectations.CompareRuleSample(text, ruleId, actual).Should().BeEmpty();
    }
}
