using System;
using System.Collections.Generic;

namespace DfLint.Syntax;

/// <summary>The text of a Dockerfile with line starts, so that offsets can be turned into 1-based lines and columns.</summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Offsets at which each physical line starts. Lines end at '\n' only, as BuildKit splits them.</summary>
    public IReadOnlyList<int> LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public int LineCount => LineStarts.Count;

    public string ToString(SourceSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    /// <summary>The 1-based line and column of an offset. An offset at the end of the text maps past the last character.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        var starts = (int[])LineStarts;
        if (offset < 0) offset = 0;
        if (offset > Text.Length) offset = Text.Length;
        int index = Array.BinarySearch(starts, offset);
        if (index < 0) index = ~index - 1;
        return new LinePosition(index + 1, offset - starts[index] + 1);
    }

    /// <summary>Start and end (exclusive end column) of a span.</summary>
    public (LinePosition Start, LinePosition End) GetLinePositionSpan(SourceSpan span)
        => (GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The text of a 1-based line without its line terminator.</summary>
    public string GetLineText(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Count) return string.Empty;
        int start = starts[line - 1];
        int end = line < starts.Count ? starts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.Substring(start, end - start);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var list = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') list.Add(i + 1);
        }
        return list.ToArray();
    }
}
