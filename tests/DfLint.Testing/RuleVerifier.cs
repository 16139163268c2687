using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DfLint.Linting;
using DfLint.Rules;
using DfLint.Syntax;
using FluentAssertions;

namespace DfLint.Testing;

/// <summary>
/// Runs one rule on a Dockerfile written with <c>[|…|]</c> around every span the rule must report, and checks that it
/// reports exactly those spans.
/// </summary>
public static class RuleVerifier
{
    public static IReadOnlyList<Finding> Verify<TRule>(string markup, BuildContext? context = null, LintOptions? options = null)
        where TRule : DockerfileRule, new()
    {
        var (text, spans) = ParseMarkup(markup);
        var rule = new TRule();
        var severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase)
        {
            [rule.Descriptor.Id] = (ConfiguredSeverity)rule.Descriptor.DefaultSeverity,
        };
        options ??= new LintOptions();
        options = options with { Severities = severities };
        var result = Linter.Lint(text, options, context ?? BuildContext.FromDockerignore(""), new DockerfileRule[] { rule });
        var actual = result.Findings.Select(f => f.Span).ToList();
        actual.Should().BeEquivalentTo(spans, o => o.WithStrictOrdering(),
            "the rule should report exactly the marked spans; it reported: {0}",
            string.Join("; ", result.Findings.Select(f => $"{result.Start(f)} '{text.Substring(f.Span.Start, f.Span.Length)}' {f.Message}")));
        return result.Findings;
    }

    /// <summary>Removes <c>[|</c> and <c>|]</c> and returns the spans they marked, in order.</summary>
    public static (string Text, IReadOnlyList<SourceSpan> Spans) ParseMarkup(string markup)
    {
        var sb = new StringBuilder();
        var spans = new List<SourceSpan>();
        var open = new Stack<int>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (i + 1 < markup.Length && markup[i] == '[' && markup[i + 1] == '|') { open.Push(sb.Length); i++; continue; }
            if (i + 1 < markup.Length && markup[i] == '|' && markup[i + 1] == ']') { int s = open.Pop(); spans.Add(SourceSpan.FromBounds(s, sb.Length)); i++; continue; }
            sb.Append(markup[i]);
        }
        return (sb.ToString(), spans.OrderBy(s => s.Start).ToList());
    }
}
