using System;
using System.Collections.Generic;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>How safe a fix is to apply without a human looking.</summary>
public enum FixSafety
{
    /// <summary>The image built from the fixed file behaves the same apart from the intended effect.</summary>
    Safe = 0,

    /// <summary>The fix may change what the image does (a different command, a merged layer, a new shell option).</summary>
    Unsafe = 1,
}

/// <summary>Replaces a span of the file (0-based offsets) with new text; an empty span inserts, empty text deletes.</summary>
public sealed class TextEdit
{
    public TextEdit(SourceSpan span, string newText)
    {
        if (span.Start < 0 || span.Length < 0) throw new ArgumentOutOfRangeException(nameof(span), "an edit's span must be inside the file");
        Span = span;
        NewText = newText ?? throw new ArgumentNullException(nameof(newText));
    }

    public SourceSpan Span { get; }

    public string NewText { get; }

    public static TextEdit Insert(int offset, string text) => new(new SourceSpan(offset, 0), text);

    public static TextEdit Replace(SourceSpan span, string text) => new(span, text);

    public static TextEdit Delete(SourceSpan span) => new(span, string.Empty);

    public override string ToString() => $"{Span}: \"{NewText}\"";
}

/// <summary>
/// One way to fix a finding: a title for a menu (<c>Add '--no-install-recommends'</c>), its safety, and edits that never
/// overlap (sorted by position). Applying them all, back to front, gives the fixed file.
/// </summary>
public sealed class Fix
{
    public Fix(string title, FixSafety safety, params TextEdit[] edits)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("a fix needs a title", nameof(title));
        if (edits is null || edits.Length == 0) throw new ArgumentException("a fix needs at least one edit", nameof(edits));
        var sorted = (TextEdit[])edits.Clone();
        Array.Sort(sorted, (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        for (int i = 1; i < sorted.Length; i++)
        {
            var prev = sorted[i - 1].Span;
            var cur = sorted[i].Span;
            // Two insertions at one offset are ambiguous, and an edit that starts inside another overlaps it.
            if (cur.Start < prev.End || (cur.Start == prev.Start && cur.Length == 0 && prev.Length == 0))
                throw new ArgumentException($"the edits of fix '{title}' overlap at offset {cur.Start}", nameof(edits));
        }
        Title = title;
        Safety = safety;
        Edits = sorted;
    }

    public string Title { get; }

    public FixSafety Safety { get; }

    /// <summary>The edits, sorted by position, never overlapping.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <summary>Applies the edits to the text the finding was made on.</summary>
    public string ApplyTo(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 64);
        int pos = 0;
        foreach (var e in Edits)
        {
            if (e.Span.End > text.Length) throw new ArgumentOutOfRangeException(nameof(text), "an edit reaches past the end of the text");
            sb.Append(text, pos, e.Span.Start - pos).Append(e.NewText);
            pos = e.Span.End;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    public override string ToString() => $"{Title} ({Safety})";
}
