using System;
using System.Globalization;
using DfLint.Rules;
using DfLint.Syntax;

namespace DfLint.Testing;

/// <summary>
/// A test-only rule that reports every occurrence of a piece of raw text under a given descriptor (the parser's view is
/// not needed), so that locations, severities and output formats can be tested apart from what the real rules find.
/// </summary>
public class TextRule : FileRule
{
    private readonly string _needle;
    private readonly object?[] _args;

    /// <param name="args">The values of the descriptor's placeholders, in the order they first appear; the text itself when none are given.</param>
    public TextRule(RuleDescriptor descriptor, string needle, params object?[] args)
    {
        Descriptor = descriptor;
        _needle = needle;
        _args = args.Length == 0 ? new object?[] { needle } : args;
    }

    public override RuleDescriptor Descriptor { get; }

    public override void Analyze(RuleContext context)
    {
        var text = context.Syntax.Source.Text;
        for (int i = text.IndexOf(_needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(_needle, i + Math.Max(1, _needle.Length), StringComparison.Ordinal))
            context.Report(new SourceSpan(i, _needle.Length), Args(Descriptor, _args));
    }

    /// <summary>Positional test values as the named arguments of <paramref name="descriptor"/>'s template, in placeholder order.</summary>
    public static MessageArgs Args(RuleDescriptor descriptor, object?[] args)
    {
        var names = descriptor.Message.Placeholders;
        var result = new MessageArgs();
        for (int i = 0; i < args.Length && i < names.Count; i++)
            result.Add(names[i], Convert.ToString(args[i], CultureInfo.InvariantCulture));
        return result;
    }
}
