using System;
using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>A value and the range of the logical text it was parsed from.</summary>
internal sealed record Located<T>(T Value, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Shared tokens and token-level primitives. The primitives consume a whole run of characters in one step (one result,
/// one input object per token instead of per character), which keeps Sprache fast enough for whole-corpus runs.
/// </summary>
internal static class Lexical
{
    /// <summary>Go's unicode.IsSpace, which BuildKit uses for TrimSpace and word splitting.</summary>
    public static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>The characters of BuildKit's <c>[\t\v\f\r ]+</c> splitting regex.</summary>
    public static bool IsSplitSpace(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';

    /// <summary>Consumes the longest run of characters that satisfy <paramref name="predicate"/> (at least <paramref name="min"/>).</summary>
    public static Parser<string> Run(Func<char, bool> predicate, string name, int min = 1) => input =>
    {
        var t = (TextInput)input;
        int i = t.Position;
        var s = t.Source;
        while (i < s.Length && predicate(s[i])) i++;
        int n = i - t.Position;
        if (n < min)
            return Result.Failure<string>(input, t.AtEnd ? "unexpected end of line" : $"unexpected '{t.Current}'", new[] { name });
        return Result.Success(s.Substring(t.Position, n), t.AdvanceBy(n));
    };

    /// <summary>Consumes everything up to the end of the input.</summary>
    public static readonly Parser<string> Rest = input =>
    {
        var t = (TextInput)input;
        return Result.Success(t.Source.Substring(t.Position), t.AdvanceBy(t.Source.Length - t.Position));
    };

    /// <summary>Matches the end of the input (the value is the empty string: a reference-type result keeps the combinators
    /// around it in Sprache's precompiled shared code, where a <c>Parser&lt;bool&gt;</c> had them JIT-compiled at start-up).</summary>
    public static readonly Parser<string> End = input =>
        input.AtEnd ? Result.Success(string.Empty, input) : Result.Failure<string>(input, $"unexpected '{input.Current}'", new[] { "end of line" });

    /// <summary>A literal string, consumed in one step.</summary>
    public static Parser<string> Lit(string text) => input =>
    {
        var t = (TextInput)input;
        if (string.CompareOrdinal(t.Source, t.Position, text, 0, text.Length) == 0 && t.Position + text.Length <= t.Source.Length)
            return Result.Success(text, t.AdvanceBy(text.Length));
        return Result.Failure<string>(input, t.AtEnd ? "unexpected end of line" : $"unexpected '{t.Current}'", new[] { "'" + text + "'" });
    };

    /// <summary>Records where a parser started and ended in the logical text.</summary>
    public static Parser<Located<T>> Locate<T>(this Parser<T> parser) => input =>
    {
        int start = input.Position;
        var r = parser(input);
        return r.WasSuccessful
            ? Result.Success(new Located<T>(r.Value, start, r.Remainder.Position), r.Remainder)
            : Result.Failure<Located<T>>(r.Remainder, r.Message, r.Expectations);
    };

    /// <summary>Optional whitespace of BuildKit's split set.</summary>
    public static readonly Parser<string> SplitSpaces = Run(IsSplitSpace, "whitespace", 0);

    /// <summary>Runs a parser on a text; a null result means the parser failed (with the failure in <paramref name="error"/>).</summary>
    public static IResult<T> Try<T>(this Parser<T> parser, string text, int start = 0, Syntax.MappedText? map = null)
        => parser(new TextInput(text, start, map));

    /// <summary>Formats a Sprache failure as "unexpected X, expected Y".</summary>
    public static string Describe<T>(IResult<T> result)
    {
        var expected = result.Expectations?.Distinct().ToArray() ?? Array.Empty<string>();
        return expected.Length == 0 ? result.Message : $"{result.Message}, expected {string.Join(" or ", expected)}";
    }
}
