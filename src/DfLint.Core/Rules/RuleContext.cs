using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using DfLint.Linting;
using DfLint.Semantics;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>What a rule sees for one file: the syntax tree, the semantic model, its options, the build context, and a way to report.</summary>
public sealed class RuleContext
{
    private readonly List<RuleReport> _reports = new();

    internal RuleContext(RuleDescriptor rule, SemanticModel model, LintOptions options, CancellationToken cancellationToken)
    {
        Rule = rule;
        Model = model;
        Options = options;
        CancellationToken = cancellationToken;
    }

    public RuleDescriptor Rule { get; }
    public SemanticModel Model { get; }
    public DockerfileSyntax Syntax => Model.Syntax;
    public BuildContext BuildContext => Model.BuildContext;
    public LintOptions Options { get; }

    /// <summary>Cancelled when the host no longer wants the result (an editor's stale run). Long handlers may check it.</summary>
    public CancellationToken CancellationToken { get; }

    internal IReadOnlyList<RuleReport> Reports => _reports;

    /// <summary>Reports one occurrence on a span; the message is the rule's template filled with <paramref name="args"/>.</summary>
    /// <returns>The report, to attach fixes to with <see cref="RuleReport.WithFix"/>.</returns>
    public RuleReport Report(SourceSpan span, MessageArgs args)
    {
        var report = new RuleReport(span, Rule.FormatMessage(args ?? MessageArgs.None), args ?? MessageArgs.None);
        _reports.Add(report);
        return report;
    }

    /// <summary>Reports one occurrence of a rule whose message has no placeholders.</summary>
    public RuleReport Report(SourceSpan span) => Report(span, MessageArgs.None);

    /// <summary>The configured value of a declared option, or its default.</summary>
    public string GetString(RuleOption option) => Raw(option) ?? option.DefaultValue;

    /// <summary>A declared boolean option (an invalid configured value was already reported by configuration; the default applies).</summary>
    public bool GetBoolean(RuleOption option)
        => (Raw(option) is { } v ? RuleOption.ParseBoolean(v) : null) ?? RuleOption.ParseBoolean(option.DefaultValue) ?? false;

    /// <summary>A declared whole-number option.</summary>
    public int GetInteger(RuleOption option)
        => Raw(option) is { } v && int.TryParse(v.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : int.Parse(option.DefaultValue, CultureInfo.InvariantCulture);

    /// <summary>A declared list option: comma-separated, items trimmed, empty items dropped.</summary>
    public IReadOnlyList<string> GetList(RuleOption option) => RuleOption.SplitList(GetString(option));

    private string? Raw(RuleOption option)
    {
        if (Rule.FindOption(option.Key) is null)
            throw new InvalidOperationException($"{Rule.Id} reads option '{option.Key}' without declaring it on its descriptor");
        return Options.RuleOptions.TryGetValue(option.Key, out var v) ? v : null;
    }
}

/// <summary>One report of a rule, before suppressions and de-duplication: where, what, and how to fix it.</summary>
public sealed class RuleReport
{
    private List<Fix>? _fixes;

    internal RuleReport(SourceSpan span, string message, MessageArgs args)
    {
        Span = span;
        Message = message;
        Arguments = args;
    }

    public SourceSpan Span { get; }

    public string Message { get; }

    public MessageArgs Arguments { get; }

    public IReadOnlyList<Fix> Fixes => (IReadOnlyList<Fix>?)_fixes ?? Array.Empty<Fix>();

    /// <summary>Attaches a fix (several may be offered; hosts apply the first one of the wanted safety).</summary>
    public RuleReport WithFix(Fix fix)
    {
        (_fixes ??= new List<Fix>()).Add(fix ?? throw new ArgumentNullException(nameof(fix)));
        return this;
    }

    /// <summary>Attaches a fix made of edits: <c>.WithFix("Add '--no-cache'", FixSafety.Safe, TextEdit.Insert(at, " --no-cache"))</c>.</summary>
    public RuleReport WithFix(string title, FixSafety safety, params TextEdit[] edits) => WithFix(new Fix(title, safety, edits));
}
