using System;
using System.Collections.Generic;
using DfLint.Linting;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>What a rule sees: the syntax tree, options, the build context, and a way to report.</summary>
public sealed class RuleContext
{
    private readonly List<(SourceSpan Span, string Message)> _reports = new();

    internal RuleContext(RuleDescriptor rule, DockerfileSyntax syntax, LintOptions options, BuildContext buildContext)
    {
        Rule = rule;
        Syntax = syntax;
        Options = options;
        BuildContext = buildContext;
    }

    public RuleDescriptor Rule { get; }
    public DockerfileSyntax Syntax { get; }
    public LintOptions Options { get; }
    public BuildContext BuildContext { get; }

    internal IReadOnlyList<(SourceSpan Span, string Message)> Reports => _reports;

    /// <summary>Reports one occurrence on a span with the rule's message format filled in.</summary>
    public void Report(SourceSpan span, params object?[] messageArgs)
        => _reports.Add((span, Rule.FormatMessage(messageArgs)));

    public string? GetOption(string key) => Options.RuleOptions.TryGetValue(key, out var v) ? v : null;
}
