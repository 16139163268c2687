using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace DfLint.Rules;

/// <summary>
/// The rule pages <c>rules/&lt;ID&gt;.md</c>, embedded in Core as <c>rules/&lt;ID&gt;.md</c> (see DfLint.Core.csproj), so
/// that every host renders the same docs: the help of <c>dflint rules</c> and of SARIF rules, and whatever an editor or
/// the analyzer shows. A page is read when it is first asked for, never all at start; the regular expressions of
/// <see cref="ToPlainText"/> are built on first use too (the static <see cref="Regex"/> methods cache them).
/// </summary>
public static class RuleDocs
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Markdown page of a rule (line breaks normalized to <c>\n</c>), or null when there is none.</summary>
    public static string? GetMarkdown(string ruleId)
    {
        if (string.IsNullOrEmpty(ruleId)) return null;
        return Cache.GetOrAdd(ruleId.ToUpperInvariant(), static id =>
        {
            using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("rules/" + id + ".md");
            if (stream is null) return null;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        });
    }

    /// <summary>The page as plain text (see <see cref="ToPlainText"/>), or null when there is none.</summary>
    public static string? GetPlainText(string ruleId)
    {
        var markdown = GetMarkdown(ruleId);
        return markdown is null ? null : ToPlainText(markdown);
    }

    /// <summary>
    /// The first paragraph of <c>## What it does</c> as plain text: the rule's one-paragraph description
    /// (SARIF <c>fullDescription</c>). Null when the page or the section is missing.
    /// </summary>
    public static string? GetSummary(string ruleId)
    {
        var markdown = GetMarkdown(ruleId);
        return markdown is null ? null : FirstParagraph(markdown, "What it does");
    }

    /// <summary>The first paragraph under a <c>## heading</c>, as plain text, or null.</summary>
    public static string? FirstParagraph(string markdown, string heading)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        int i = 0;
        while (i < lines.Length && !string.Equals(lines[i].Trim(), "## " + heading, StringComparison.OrdinalIgnoreCase)) i++;
        if (i == lines.Length) return null;
        i++;
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        var paragraph = new List<string>();
        while (i < lines.Length && lines[i].Trim().Length > 0 && !lines[i].StartsWith("#", StringComparison.Ordinal)
               && !lines[i].StartsWith("```", StringComparison.Ordinal))
        {
            paragraph.Add(lines[i].Trim());
            i++;
        }
        if (paragraph.Count == 0) return null;
        return InlineToPlain(string.Join(" ", paragraph));
    }

    /// <summary>
    /// Markdown to readable plain text: heading markers, emphasis and inline-code backticks are dropped, links become
    /// <c>text (url)</c>, code fences are removed and their content indented by four spaces, and runs of blank lines
    /// collapse to one.
    /// </summary>
    public static string ToPlainText(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        bool inFence = false;
        bool lastBlank = true;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            string text;
            if (inFence)
            {
                text = "    " + line;
            }
            else
            {
                text = line;
                var heading = Regex.Match(text, @"^#{1,6}\s+(.*)$");
                if (heading.Success) text = heading.Groups[1].Value;
                text = InlineToPlain(text);
            }
            bool blank = text.Trim().Length == 0;
            if (blank && lastBlank) continue;
            sb.Append(blank ? string.Empty : text).Append('\n');
            lastBlank = blank;
        }
        return sb.ToString().TrimEnd('\n');
    }

    private static string InlineToPlain(string text)
    {
        text = Regex.Replace(text, @"!?\[([^\]]*)\]\(([^)\s]+)\)", m =>
            m.Groups[1].Value == m.Groups[2].Value ? m.Groups[2].Value : m.Groups[1].Value + " (" + m.Groups[2].Value + ")");
        text = Regex.Replace(text, @"`([^`]*)`", "$1");
        text = Regex.Replace(text, @"(\*\*|__)(.+?)\1", "$2");
        text = Regex.Replace(text, @"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", "$1");
        return text;
    }
}
