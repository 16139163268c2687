namespace DfLint.Rules.Syntax;

/// <summary>Reports what the parser could not read, one finding per problem, at its exact position.</summary>
public sealed class DF000SyntaxError : FileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF000",
        "Fix the Dockerfile syntax error",
        "{message}",
        RuleCategory.Syntax,
        Severity.Error,
        equivalents: new[] { RuleEquivalent.Hadolint("DL1000", "pseudo rule for parse errors") });

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var d in context.Syntax.Diagnostics)
            context.Report(d.Span, new MessageArgs { { "message", d.Message } });
    }
}
