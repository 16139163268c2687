using DfLint.Rules;
using DfLint.Syntax;

namespace DfLint.Linting;

/// <summary>One occurrence of a rule in a Dockerfile, with its effective severity.</summary>
public sealed record Finding(RuleDescriptor Rule, string Message, SourceSpan Span, Severity Severity)
{
    public string RuleId => Rule.Id;
}

/// <summary>The result of linting one Dockerfile: the text (for positions) and the findings, sorted by position then rule ID.</summary>
public sealed record LintResult(SourceText Source, System.Collections.Generic.IReadOnlyList<Finding> Findings, Syntax.DockerfileSyntax Syntax)
{
    public LinePosition Start(Finding finding) => Source.GetLinePosition(finding.Span.Start);

    public LinePosition End(Finding finding) => Source.GetLinePosition(finding.Span.End);
}
