using System;

namespace DfLint.Syntax;

/// <summary>A range of characters in a Dockerfile: a 0-based start offset (UTF-16 code units) and a length.</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static SourceSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    public SourceSpan Union(SourceSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A 1-based line and column. Columns count UTF-16 code units, as SARIF's default column kind does.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
