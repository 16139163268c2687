using System;

namespace DfLint.Syntax;

/// <summary>
/// Where a span is, in the 1-based units every host shares (CLI formats, the analyzer, editors): columns count UTF-16
/// code units and <see cref="EndColumn"/> is exclusive (one past the last character), as SARIF defines it. An empty span
/// has <c>EndColumn == Column</c>. Offsets outside the text are clamped to it. A span that ends just after a line break
/// ends at the end of that line instead of at column 1 of the next line, so a one-line finding stays on one line.
/// A class, not a struct: hosts build one per finding, and no generic instantiation over it is ever needed.
/// </summary>
public sealed class SourceLocation
{
    public SourceLocation(int line, int column, int endLine, int endColumn)
    {
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    /// <summary>The location of <paramref name="span"/> in <paramref name="source"/>.</summary>
    public static SourceLocation Of(SourceText source, SourceSpan span)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(Math.Max(span.Start, span.End));
        int endLine = end.Line;
        int endColumn = end.Column;
        if (endLine > start.Line && endColumn == 1)
        {
            endLine--;
            endColumn = source.GetLineText(endLine).Length + 1;
            if (endLine == start.Line && endColumn < start.Column) endColumn = start.Column;
        }
        return new SourceLocation(start.Line, start.Column, endLine, endColumn);
    }

    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";
}
