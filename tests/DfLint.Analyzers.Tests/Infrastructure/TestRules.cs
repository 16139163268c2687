using System;
using DfLint.Rules;
using DfLint.Rules.Syntax;
using DfLint.Syntax;
using DfLint.Testing;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// Reports every occurrence of a word under a registry rule's descriptor (DF000 by default), so that location and
/// severity plumbing can be tested independently of the parser and of what the real rules find.
/// </summary>
public sealed class ReportWordRule : TextRule
{
    public ReportWordRule(string word, RuleDescriptor? descriptor = null)
        : base(descriptor ?? DF000SyntaxError.Rule, word, $"found '{word}'")
    {
    }
}

/// <summary>A rule that crashes, as a bug in a rule would.</summary>
public sealed class ThrowingRule : FileRule
{
    public override RuleDescriptor Descriptor => DF000SyntaxError.Rule;

    public override void Analyze(RuleContext context) => throw new InvalidOperationException("rule bug\nsecond line");
}

/// <summary>Records the build context a rule was given.</summary>
public sealed class BuildContextProbe : FileRule
{
    public Linting.BuildContext? Seen { get; private set; }

    public override RuleDescriptor Descriptor => DF000SyntaxError.Rule;

    public override void Analyze(RuleContext context) => Seen = context.BuildContext;
}

/// <summary>Records the rule options a rule was given.</summary>
public sealed class OptionsProbe : FileRule
{
    public Linting.LintOptions? Seen { get; private set; }

    public override RuleDescriptor Descriptor => DF000SyntaxError.Rule;

    public override void Analyze(RuleContext context) => Seen = context.Options;
}
