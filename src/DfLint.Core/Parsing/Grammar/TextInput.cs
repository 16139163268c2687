using System;
using System.Collections.Generic;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// A Sprache input over one logical instruction or one value (a flag value, a word). Unlike Sprache's own input it
/// creates its memo table only when a parser asks for it: Sprache allocates one per character otherwise, which
/// dominates the cost of parsing. <see cref="Position"/> is an index into <see cref="Source"/>; callers map it back to
/// the file (through the line's <see cref="Syntax.MappedText"/> or the value's <see cref="Syntax.Token"/>).
/// </summary>
internal sealed class TextInput : IInput
{
    private IDictionary<object, object>? _memos;

    public TextInput(string source, int position = 0)
    {
        Source = source;
        Position = position;
    }

    public string Source { get; }
    public int Position { get; }

    public char Current => Source[Position];
    public bool AtEnd => Position >= Source.Length;
    public int Line => 1;
    public int Column => Position + 1;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return new TextInput(Source, Position + 1);
    }

    public TextInput AdvanceBy(int count) => new(Source, Math.Min(Source.Length, Position + count));

    public bool Equals(IInput? other) => other is TextInput t && ReferenceEquals(t.Source, Source) && t.Position == Position;

    public override bool Equals(object? obj) => obj is IInput i && Equals(i);

    public override int GetHashCode() => Position;

    public override string ToString() => $"Position {Position}";
}
