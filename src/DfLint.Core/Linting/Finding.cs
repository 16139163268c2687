using System;
using System.Collections.Generic;
using DfLint.Rules;
using DfLint.Syntax;

namespace DfLint.Linting;

/// <summary>One occurrence of a rule in a Dockerfile, with its effective severity and the fixes its rule offers.</summary>
public sealed record Finding(RuleDescriptor Rule, string Message, SourceSpan Span, Severity Severity)
{
    public string RuleId => Rule.Id;

    /// <summary>Ways to fix it, best first (empty when the rule has no mechanical fix for this occurrence).</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = Array.Empty<Fix>();
}

/// <summary>The result of linting one Dockerfile: the text (for positions) and the findings, sorted by position then rule ID.</summary>
public sealed record LintResult(SourceText Source, IReadOnlyList<Finding> Findings, Syntax.DockerfileSyntax Syntax)
{
    public LinePosition Start(Finding finding) => Source.GetLinePosition(finding.Span.Start);

    public LinePosition End(Finding finding) => Source.GetLinePosition(finding.Span.End);
}
