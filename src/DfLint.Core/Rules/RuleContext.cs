using System;
using System.Collections.Generic;
using DfLint.Linting;
using DfLint.Semantics;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>What a rule sees: the syntax tree, the semantic model, its options, the build context, and a way to report.</summary>
public sealed class RuleContext
{
    private readonly List<RuleReport> _reports = new();

    internal RuleContext(RuleDescriptor rule, SemanticModel model, LintOptions options)
    {
        Rule = rule;
        Model = model;
        Options = options;
    }

    public RuleDescriptor Rule { get; }
    public SemanticModel Model { get; }
    public DockerfileSyntax Syntax => Model.Syntax;
    public BuildContext BuildContext => Model.BuildContext;
    public LintOptions Options { get; }

    internal IReadOnlyList<RuleReport> Reports => _reports;

    /// <summary>Reports one occurrence on a span with the rule's message format filled in.</summary>
    public void Report(SourceSpan span, params object?[] messageArgs)
        => _reports.Add(new RuleReport(span, Rule.FormatMessage(messageArgs)));

    /// <summary>A rule option (a <c>dflint.&lt;key&gt;</c> config value), or null.</summary>
    public string? GetOption(string key) => Options.RuleOptions.TryGetValue(key, out var v) ? v : null;

    /// <summary>A comma-separated list option, trimmed, empty items dropped.</summary>
    public IReadOnlyList<string> GetListOption(string key)
    {
        var v = GetOption(key);
        if (string.IsNullOrWhiteSpace(v)) return Array.Empty<string>();
        var list = new List<string>();
        foreach (var part in v!.Split(','))
            if (part.Trim().Length > 0) list.Add(part.Trim());
        return list;
    }
}

/// <summary>One report of a rule, before suppressions and de-duplication (a class: see <see cref="DfLint.Linting.Linter"/> on start-up).</summary>
internal sealed record RuleReport(SourceSpan Span, string Message);
