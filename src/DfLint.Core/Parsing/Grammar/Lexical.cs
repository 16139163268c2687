using System;
using System.Collections.Generic;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>A value and the range of the logical text it was parsed from.</summary>
internal sealed record Located<T>(T Value, int Start, int End);

/// <summary>A run of literal characters and variable references (<c>$NAME</c>, <c>${...}</c>), as one token.</summary>
internal sealed record Piece(string Text, int Start, int End, bool HasVariables);

/// <summary>
/// Shared tokens and token-level primitives. The primitives consume a whole run of characters in one step (one result,
/// one input object per token instead of per character), which keeps Sprache fast enough for whole-corpus runs.
/// Grammars combine these with Sprache's combinators; none of them backtracks character by character.
/// </summary>
internal static class Lexical
{
    /// <summary>Go's unicode.IsSpace, which BuildKit uses for TrimSpace and word splitting.</summary>
    public static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>The characters of BuildKit's <c>[\t\v\f\r ]+</c> splitting regex.</summary>
    public static bool IsSplitSpace(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>Failure texts for ASCII characters, made once: alternatives fail often, and each failure needs one.</summary>
    private static readonly string[] UnexpectedAscii = MakeUnexpectedAscii();

    private static string[] MakeUnexpectedAscii()
    {
        var texts = new string[128];
        for (int c = 0; c < texts.Length; c++) texts[c] = "unexpected '" + (char)c + "'";
        return texts;
    }

    /// <summary>"unexpected end of input" or "unexpected 'c'": the first half of every grammar error.</summary>
    public static string Unexpected(TextInput t)
        => t.AtEnd ? "unexpected end of input" : t.Current < 128 ? UnexpectedAscii[t.Current] : $"unexpected '{t.Current}'";

    /// <summary>A failure at the current position, expecting <paramref name="expected"/>.</summary>
    public static IResult<T> Fail<T>(IInput input, string expected) => Result.Failure<T>(input, Unexpected((TextInput)input), new[] { expected });

    /// <summary>A failure at the current position, with expectations made once by the caller.</summary>
    public static IResult<T> Fail<T>(IInput input, string[] expected) => Result.Failure<T>(input, Unexpected((TextInput)input), expected);

    /// <summary>Consumes the longest run of characters that satisfy <paramref name="predicate"/> (at least <paramref name="min"/>).</summary>
    public static Parser<string> Run(Func<char, bool> predicate, string name, int min = 1)
    {
        var expected = new[] { name };
        return input =>
        {
            var t = (TextInput)input;
            int i = t.Position;
            var s = t.Source;
            while (i < s.Length && predicate(s[i])) i++;
            int n = i - t.Position;
            if (n < min) return Fail<string>(input, expected);
            return Result.Success(s.Substring(t.Position, n), t.AdvanceBy(n));
        };
    }

    /// <summary>Consumes everything up to the end of the input.</summary>
    public static readonly Parser<string> Rest = input =>
    {
        var t = (TextInput)input;
        return Result.Success(t.Source.Substring(t.Position), t.AdvanceBy(t.Source.Length - t.Position));
    };

    /// <summary>Matches the end of the input (the value is the empty string: a reference-type result keeps the combinators
    /// around it in Sprache's precompiled shared code, where a <c>Parser&lt;bool&gt;</c> had them JIT-compiled at start-up).</summary>
    public static readonly Parser<string> End = input =>
        input.AtEnd ? Result.Success(string.Empty, input) : Fail<string>(input, "end of input");

    /// <summary>A literal string, consumed in one step.</summary>
    public static Parser<string> Lit(string text) => Lit(text, "'" + text + "'");

    /// <summary>A literal string, consumed in one step, named <paramref name="name"/> in errors.</summary>
    public static Parser<string> Lit(string text, string name)
    {
        var expected = new[] { name };
        return input =>
        {
            var t = (TextInput)input;
            if (t.Position + text.Length <= t.Source.Length && string.CompareOrdinal(t.Source, t.Position, text, 0, text.Length) == 0)
                return Result.Success(text, t.AdvanceBy(text.Length));
            return Fail<string>(input, expected);
        };
    }

    /// <summary>A literal string in any ASCII letter case; the value is the text as written.</summary>
    public static Parser<string> LitIgnoreCase(string text, string name) => input =>
    {
        var t = (TextInput)input;
        if (t.Position + text.Length <= t.Source.Length && string.Compare(t.Source, t.Position, text, 0, text.Length, StringComparison.OrdinalIgnoreCase) == 0)
            return Result.Success(t.Source.Substring(t.Position, text.Length), t.AdvanceBy(text.Length));
        return Fail<string>(input, name);
    };

    /// <summary>Records where a parser started and ended in the text.</summary>
    public static Parser<Located<T>> Locate<T>(this Parser<T> parser) => input =>
    {
        int start = input.Position;
        var r = parser(input);
        return r.WasSuccessful
            ? Result.Success(new Located<T>(r.Value, start, r.Remainder.Position), r.Remainder)
            : Result.Failure<Located<T>>(r.Remainder, r.Message, r.Expectations);
    };

    /// <summary>
    /// Where the variable reference starting at <paramref name="pos"/> ends, or -1 when there is none: <c>$NAME</c>
    /// (a letter or '_' then letters, digits, '_') or <c>${...}</c> up to its matching brace (nested <c>${</c> count;
    /// an unclosed one runs to the end of the text).
    /// </summary>
    public static int ScanVariable(string s, int pos)
    {
        if (pos + 1 >= s.Length || s[pos] != '$') return -1;
        char c = s[pos + 1];
        if (c == '{')
        {
            int depth = 1, i = pos + 2;
            while (i < s.Length)
            {
                if (s[i] == '$' && i + 1 < s.Length && s[i + 1] == '{') { depth++; i += 2; continue; }
                if (s[i] == '}' && --depth == 0) return i + 1;
                i++;
            }
            return s.Length;
        }
        if (!(IsAsciiLetter(c) || c == '_')) return -1;
        int j = pos + 2;
        while (j < s.Length && (IsAsciiLetter(s[j]) || IsDigit(s[j]) || s[j] == '_')) j++;
        return j;
    }

    /// <summary>One variable reference (<c>$NAME</c> or <c>${...}</c>), as written.</summary>
    public static readonly Parser<string> Variable = input =>
    {
        var t = (TextInput)input;
        int end = ScanVariable(t.Source, t.Position);
        return end < 0 ? Fail<string>(input, "variable") : Result.Success(t.Source.Substring(t.Position, end - t.Position), t.AdvanceBy(end - t.Position));
    };

    /// <summary>
    /// The longest run of characters that satisfy <paramref name="literal"/> and of variable references, in any order
    /// (<c>${REGISTRY}/app</c>, <c>v$MAJOR.1</c>), as one token. A '$' that starts no variable is literal only when
    /// <paramref name="literal"/> accepts it.
    /// </summary>
    public static Parser<Piece> Interpolated(Func<char, bool> literal, string name)
    {
        var expected = new[] { name };
        return input =>
        {
            var t = (TextInput)input;
            var s = t.Source;
            int i = t.Position;
            bool vars = false;
            while (i < s.Length)
            {
                if (s[i] == '$')
                {
                    int end = ScanVariable(s, i);
                    if (end > 0) { vars = true; i = end; continue; }
                }
                if (!literal(s[i])) break;
                i++;
            }
            if (i == t.Position) return Fail<Piece>(input, expected);
            return Result.Success(new Piece(s.Substring(t.Position, i - t.Position), t.Position, i, vars), t.AdvanceBy(i - t.Position));
        };
    }

    /// <summary>Like <see cref="Interpolated"/>, but only a run that holds at least one variable matches.</summary>
    public static Parser<Piece> WithVariables(Func<char, bool> literal, string name)
    {
        var run = Interpolated(literal, name);
        return input =>
        {
            var r = run(input);
            return r.WasSuccessful && r.Value.HasVariables ? r : Fail<Piece>(input, name);
        };
    }

    /// <summary>Runs a parser on a text.</summary>
    public static IResult<T> Try<T>(this Parser<T> parser, string text) => parser(new TextInput(text));

    /// <summary>Formats a Sprache failure as "unexpected X, expected Y or Z".</summary>
    public static string Describe<T>(IResult<T> result)
    {
        var expected = new List<string>();
        if (result.Expectations is not null)
            foreach (var e in result.Expectations)
                if (!expected.Contains(e)) expected.Add(e);
        return expected.Count == 0 ? result.Message : $"{result.Message}, expected {Join(expected)}";
    }

    private static string Join(List<string> items)
    {
        if (items.Count == 1) return items[0];
        return string.Join(", ", items.GetRange(0, items.Count - 1)) + " or " + items[items.Count - 1];
    }

    /// <summary>
    /// The file span of <paramref name="token"/>'s text range [start, end). Exact when the token is one contiguous piece
    /// of the file (its span is as long as its text); otherwise (a value joined across a continuation, or expanded) the
    /// token's whole span, which is the narrowest span known to be right.
    /// </summary>
    public static SourceSpan SpanOf(Token token, int start, int end)
        => token.Span.Length == token.Text.Length ? SourceSpan.FromBounds(token.Span.Start + start, token.Span.Start + end) : token.Span;

    /// <summary>A piece of a token, as a token with its own span (see <see cref="SpanOf"/>).</summary>
    public static Token Sub(Token token, int start, int end) => new(token.Text.Substring(start, end - start), SpanOf(token, start, end));

    /// <summary>A grammar failure as a value error, on the character where the grammar stopped (empty at the end).</summary>
    public static ValueError Error<T>(Token token, IResult<T> failure)
    {
        int at = Math.Min(failure.Remainder.Position, token.Text.Length);
        return new ValueError(SpanOf(token, at, Math.Min(at + 1, token.Text.Length)), Describe(failure));
    }
}
