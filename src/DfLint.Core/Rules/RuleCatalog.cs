using System;
using System.Collections.Generic;
using System.Text;

namespace DfLint.Rules;

/// <summary>
/// Markdown generated from the registry, so that nothing about a rule is kept by hand in two places: the README's rule
/// table, <c>rules/equivalents.md</c>'s table and the analyzer's release-tracking rows. Tests fail when a committed copy
/// is stale; <c>dotnet run --project tools/NewRule -- sync</c> rewrites them. Line breaks are <c>\n</c>.
/// </summary>
public static class RuleCatalog
{
    public const string BeginMarker = "<!-- BEGIN GENERATED: dotnet run --project tools/NewRule -- sync -->";
    public const string EndMarker = "<!-- END GENERATED -->";

    /// <summary>The word for a rule's default: <c>error</c>, <c>warning</c>, <c>info</c>, or <c>off</c> when disabled by default.</summary>
    public static string DefaultWord(RuleDescriptor rule)
        => !rule.EnabledByDefault ? "off" : rule.DefaultSeverity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };

    /// <summary>The README's table: ID (linked to its page), default severity, title, equivalents.</summary>
    public static string ReadmeTable(IReadOnlyList<RuleDescriptor> rules)
    {
        var sb = new StringBuilder();
        sb.Append("| ID | Default | Title | Equivalents |\n");
        sb.Append("|----|---------|-------|-------------|\n");
        foreach (var r in rules)
        {
            var eq = new List<string>();
            foreach (var e in r.Equivalents) eq.Add(e.ToString());
            sb.Append("| [").Append(r.Id).Append("](rules/").Append(r.Id).Append(".md) | ").Append(DefaultWord(r)).Append(" | ")
              .Append(Escape(r.Title)).Append(" | ").Append(Escape(string.Join(", ", eq))).Append(" |\n");
        }
        return sb.ToString();
    }

    private static readonly EquivalentTool[] Tools =
        { EquivalentTool.Hadolint, EquivalentTool.BuildKit, EquivalentTool.Binnacle, EquivalentTool.Trivy, EquivalentTool.Checkov };

    /// <summary><c>rules/equivalents.md</c>'s table: one row per rule, one column per tool, with each equivalent's note.</summary>
    public static string EquivalentsTable(IReadOnlyList<RuleDescriptor> rules)
    {
        var sb = new StringBuilder();
        sb.Append("| DfLint | Title | hadolint | BuildKit check | binnacle | Trivy | Checkov |\n");
        sb.Append("|---|---|---|---|---|---|---|\n");
        foreach (var r in rules)
        {
            sb.Append("| ").Append(r.Id).Append(" | ").Append(Escape(r.Title)).Append(" |");
            foreach (var tool in Tools)
            {
                var cells = new List<string>();
                foreach (var e in r.Equivalents)
                    if (e.Tool == tool) cells.Add(e.Note is null ? e.Id : e.Id + " (" + e.Note + ")");
                sb.Append(cells.Count == 0 ? " |" : " " + Escape(string.Join(", ", cells)) + " |");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// <c>AnalyzerReleases.Unshipped.md</c> in the format of Roslyn's release tracking: one row per rule, then
    /// <paramref name="hostRows"/> (the build's own diagnostics, already formatted as rows).
    /// </summary>
    public static string AnalyzerReleasesUnshipped(IReadOnlyList<RuleDescriptor> rules, IEnumerable<string> hostRows)
    {
        var sb = new StringBuilder();
        sb.Append("; Unshipped analyzer release\n");
        sb.Append("; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n");
        sb.Append("; Generated from the rule registry: dotnet run --project tools/NewRule -- sync\n\n");
        sb.Append("### New Rules\n\n");
        sb.Append("Rule ID | Category | Severity | Notes\n");
        sb.Append("--------|----------|----------|-------\n");
        foreach (var r in rules)
            sb.Append(r.Id).Append(" | ").Append(r.Category).Append(" | ").Append(ReleaseSeverity(r)).Append(" | ").Append(r.Title).Append('\n');
        foreach (var row in hostRows) sb.Append(row).Append('\n');
        return sb.ToString();
    }

    /// <summary>Release tracking's severity word: the default severity, or <c>Disabled</c> for a rule that is off by default.</summary>
    public static string ReleaseSeverity(RuleDescriptor rule)
        => !rule.EnabledByDefault ? "Disabled" : rule.DefaultSeverity switch
        {
            Severity.Error => "Error",
            Severity.Warning => "Warning",
            _ => "Info",
        };

    /// <summary>Replaces the text between <see cref="BeginMarker"/> and <see cref="EndMarker"/> (exclusive) with <paramref name="generated"/>.</summary>
    public static string ReplaceGenerated(string document, string generated)
    {
        var text = document.Replace("\r\n", "\n");
        int begin = text.IndexOf(BeginMarker, StringComparison.Ordinal);
        int end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new FormatException("the document has no generated section (" + BeginMarker + " … " + EndMarker + ")");
        int from = begin + BeginMarker.Length;
        return text.Substring(0, from) + "\n" + generated + text.Substring(end);
    }

    /// <summary>The text between the markers, as <see cref="ReplaceGenerated"/> writes it.</summary>
    public static string? ExtractGenerated(string document)
    {
        var text = document.Replace("\r\n", "\n");
        int begin = text.IndexOf(BeginMarker, StringComparison.Ordinal);
        int end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin) return null;
        int from = begin + BeginMarker.Length + 1;
        return from > end ? string.Empty : text.Substring(from, end - from);
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|");
}
