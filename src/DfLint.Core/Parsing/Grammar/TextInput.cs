using System;
using System.Collections.Generic;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// A Sprache input over one logical instruction (or a piece of one). Unlike Sprache's own input it creates its
/// memo table only when a parser asks for it: Sprache allocates one per character otherwise, which dominates the
/// cost of parsing (see the performance notes). <see cref="Position"/> is an index into <see cref="Source"/>;
/// <see cref="FileOffset"/> maps it back to the Dockerfile through the logical line's <see cref="Syntax.MappedText"/>.
/// </summary>
internal sealed class TextInput : IInput
{
    private IDictionary<object, object>? _memos;

    public TextInput(string source, int position = 0, Syntax.MappedText? map = null)
    {
        Source = source;
        Position = position;
        Map = map;
    }

    public string Source { get; }
    public int Position { get; }
    public Syntax.MappedText? Map { get; }

    public int FileOffset => Map?.ToFileOffset(Position) ?? Position;

    public char Current => Source[Position];
    public bool AtEnd => Position >= Source.Length;
    public int Line => 1;
    public int Column => Position + 1;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return new TextInput(Source, Position + 1, Map);
    }

    public TextInput AdvanceBy(int count) => new(Source, Math.Min(Source.Length, Position + count), Map);

    public bool Equals(IInput? other) => other is TextInput t && ReferenceEquals(t.Source, Source) && t.Position == Position;

    public override bool Equals(object? obj) => obj is IInput i && Equals(i);

    public override int GetHashCode() => Position;

    public override string ToString() => $"Position {Position}";
}
