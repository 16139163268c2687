using System;
using System.Collections.Generic;
using System.Linq;

namespace DfLint.Rules;

/// <summary>Another tool that checks the same thing as a DfLint rule.</summary>
public enum EquivalentTool
{
    Hadolint,
    BuildKit,
    Binnacle,
    Trivy,
    Checkov,
}

/// <summary>
/// A rule of another tool that checks the same thing (hadolint DL3007, BuildKit JSONArgsRecommended, ...), with a note
/// when it differs (shown in <c>rules/equivalents.md</c>).
/// </summary>
public sealed record RuleEquivalent(EquivalentTool Tool, string Id, string? Note = null)
{
    public static RuleEquivalent Hadolint(string id, string? note = null) => new(EquivalentTool.Hadolint, id, note);
    public static RuleEquivalent BuildKit(string id, string? note = null) => new(EquivalentTool.BuildKit, id, note);
    public static RuleEquivalent Binnacle(string id, string? note = null) => new(EquivalentTool.Binnacle, id, note);
    public static RuleEquivalent Trivy(string id, string? note = null) => new(EquivalentTool.Trivy, id, note);
    public static RuleEquivalent Checkov(string id, string? note = null) => new(EquivalentTool.Checkov, id, note);

    public override string ToString() => $"{ToolName(Tool)} {Id}";

    public static string ToolName(EquivalentTool tool) => tool switch
    {
        EquivalentTool.Hadolint => "hadolint",
        EquivalentTool.BuildKit => "BuildKit",
        EquivalentTool.Binnacle => "binnacle",
        EquivalentTool.Trivy => "Trivy",
        EquivalentTool.Checkov => "Checkov",
        _ => tool.ToString(),
    };
}

/// <summary>Everything that describes a rule, independent of any occurrence: the single source for docs, CLI and analyzer.</summary>
public sealed class RuleDescriptor
{
    public const string HelpUriBase = "https://github.com/dflint/dflint/blob/main/rules/";

    private RuleDescriptor(string id, string title, MessageTemplate message, RuleCategory category, Severity defaultSeverity,
        bool enabledByDefault, IReadOnlyList<RuleEquivalent> equivalents, IReadOnlyList<string> tags, IReadOnlyList<RuleOption> options)
    {
        Id = id;
        Title = title;
        Message = message;
        Options = options;
        Category = category;
        DefaultSeverity = defaultSeverity;
        EnabledByDefault = enabledByDefault;
        Equivalents = equivalents;
        Tags = tags;
    }

    public string Id { get; }
    public string Title { get; }
    /// <summary>The message template, with named placeholders: <c>Base image '{image}' uses the 'latest' tag</c>.</summary>
    public MessageTemplate Message { get; }

    /// <summary>The message template as written.</summary>
    public string MessageFormat => Message.Text;

    /// <summary>The options the rule reads (<c>dflint.&lt;key&gt;</c>), declared so configuration can validate them.</summary>
    public IReadOnlyList<RuleOption> Options { get; }
    public RuleCategory Category { get; }
    public Severity DefaultSeverity { get; }
    public bool EnabledByDefault { get; }
    public IReadOnlyList<RuleEquivalent> Equivalents { get; }
    public IReadOnlyList<string> Tags { get; }
    public string HelpUri => HelpUriBase + Id + ".md";

    /// <summary>The configured severity a rule has when nothing configures it.</summary>
    public ConfiguredSeverity DefaultConfiguredSeverity => EnabledByDefault ? (ConfiguredSeverity)DefaultSeverity : ConfiguredSeverity.None;

    private static bool IsDigits(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
            if (s[i] < '0' || s[i] > '9') return false;
        return true;
    }

    /// <param name="message">The message template with named placeholders (<c>'{image}'</c>), filled by each report's <see cref="MessageArgs"/>.</param>
    public static RuleDescriptor Create(string id, string title, string message, RuleCategory category, Severity defaultSeverity,
        bool enabledByDefault = true, IEnumerable<RuleEquivalent>? equivalents = null, IEnumerable<string>? tags = null,
        IEnumerable<RuleOption>? options = null)
    {
        if (id is null || id.Length != 5 || !id.StartsWith("DF", StringComparison.Ordinal) || !IsDigits(id, 2))
            throw new ArgumentException($"Rule IDs are DF followed by three digits, not '{id}'.", nameof(id));
        return new RuleDescriptor(id, title, MessageTemplate.Parse(message), category, defaultSeverity, enabledByDefault,
            (equivalents ?? Array.Empty<RuleEquivalent>()).ToArray(),
            (tags ?? Array.Empty<string>()).ToArray(),
            (options ?? Array.Empty<RuleOption>()).ToArray());
    }

    /// <summary>The message of one occurrence; throws when an argument is missing or not a placeholder of the template.</summary>
    public string FormatMessage(MessageArgs args) => Message.Format(args);

    /// <summary>A declared option by key (without <c>dflint.</c>), or null.</summary>
    public RuleOption? FindOption(string key)
    {
        foreach (var o in Options)
            if (string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase)) return o;
        return null;
    }

    public override string ToString() => Id;
}
