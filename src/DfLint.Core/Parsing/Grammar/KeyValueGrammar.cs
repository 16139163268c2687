using System;
using System.Collections.Generic;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// Key/value lists and label keys. ENV and LABEL pairs (BuildKit's <c>parseNameVal</c>: <c>k=v</c> words, or the
/// legacy <c>k v</c> form) and ARG declarations (<c>parseNameOrNameVal</c>) are read from the words of
/// <see cref="WordsGrammar"/>. <see cref="ParseLabelKey"/> checks a LABEL key against the label-key conventions.
/// </summary>
internal static class KeyValueGrammar
{
    private static bool IsKeyChar(char c) => (c >= 'a' && c <= 'z') || Lexical.IsDigit(c);

    private static readonly Parser<string> Alnum = Lexical.Run(IsKeyChar, "lowercase letter or digit");

    /// <summary>A dot-free part of a key: letters and digits, single '-' between them.</summary>
    private static readonly Parser<string> Segment =
        from first in Alnum
        from rest in (from dash in Lexical.Lit("-") from more in Alnum select dash + more).XMany()
        select first + string.Concat(rest);

    private static readonly Parser<List<Located<string>>> LabelKey =
        from first in Segment.Locate()
        from rest in (from dot in Lexical.Lit(".") from s in Segment.Locate() select s).XMany()
        from end in Lexical.End.Named("lowercase letter, digit, '.', '-' or end of input")
        select Prepend(first, rest);

    private static List<Located<string>> Prepend(Located<string> first, IEnumerable<Located<string>> rest)
    {
        var list = new List<Located<string>> { first };
        list.AddRange(rest);
        return list;
    }

    private static readonly string[] ReservedNamespaces = { "com.docker.", "io.docker.", "org.dockerproject." };

    /// <summary>
    /// Reads a LABEL key (the text before '=', quotes already removed by the caller if it wants). Never null; a key
    /// that breaks the conventions has <see cref="LabelKeySpec.Error"/>; a key with variables is not checked.
    /// </summary>
    public static LabelKeySpec ParseLabelKey(Token key)
    {
        bool reserved = false;
        foreach (var ns in ReservedNamespaces)
            reserved |= key.Text.StartsWith(ns, StringComparison.Ordinal);
        for (int i = 0; i < key.Text.Length; i++)
            if (Lexical.ScanVariable(key.Text, i) > 0)
                return new LabelKeySpec(key, Array.Empty<Token>(), reserved, true, null);
        var r = LabelKey.Try(key.Text);
        if (!r.WasSuccessful) return new LabelKeySpec(key, Array.Empty<Token>(), reserved, false, Lexical.Error(key, r));
        var segments = new Token[r.Value.Count];
        for (int k = 0; k < segments.Length; k++) segments[k] = Lexical.Sub(key, r.Value[k].Start, r.Value[k].End);
        return new LabelKeySpec(key, segments, reserved, false, null);
    }

    /// <summary>Reads a LABEL key; true when it follows the conventions (or has variables).</summary>
    public static bool TryParseLabelKey(Token key, out LabelKeySpec spec)
    {
        spec = ParseLabelKey(key);
        return spec.Error is null;
    }

    /// <summary>
    /// ENV or LABEL arguments in <paramref name="line"/>[start..end) as BuildKit's <c>parseNameVal</c> reads them.
    /// False (with BuildKit's error) for a legacy key without value or a word without '='.
    /// </summary>
    public static bool NameValues(MappedText line, int start, int end, string key, char escape, out IReadOnlyList<KeyValueSyntax> pairs, out string? error, out SourceSpan? errorSpan)
    {
        pairs = Array.Empty<KeyValueSyntax>();
        error = null;
        errorSpan = null;
        if (end <= start) return true;
        var words = WordsGrammar.For(escape).Words.Try(line.Text.Substring(start, end - start)).Value;
        if (words.Count == 0) return true;
        var t = line.Text;
        if (words[0].Value.IndexOf('=') < 0)
        {
            int i = start;
            while (i < end && !Lexical.IsSplitSpace(t[i])) i++;
            int j = i;
            while (j < end && Lexical.IsSplitSpace(t[j])) j++;
            if (i >= end)
            {
                error = $"{key} must have two arguments";
                return false;
            }
            pairs = new[] { new KeyValueSyntax(line.ToFileSpan(start, end - start), InstructionParser.Tok(line, start, i), InstructionParser.Tok(line, j, end), IsLegacy: true) };
            return true;
        }
        var list = new List<KeyValueSyntax>();
        foreach (var w in words)
        {
            int ws = start + w.Start, we = start + w.End;
            int eq = w.Value.IndexOf('=');
            if (eq < 0)
            {
                error = $"Syntax error - can't find = in {GoQuote.Quote(w.Value)}. Must be of the form: name=value";
                errorSpan = line.ToFileSpan(ws, we - ws);
                return false;
            }
            var keyTok = new Token(w.Value.Substring(0, eq), line.ToFileSpan(ws, eq));
            var valueTok = new Token(w.Value.Substring(eq + 1), line.ToFileSpan(ws + eq + 1, Math.Max(0, we - ws - eq - 1)));
            list.Add(new KeyValueSyntax(line.ToFileSpan(ws, we - ws), keyTok, valueTok, IsLegacy: false));
        }
        pairs = list;
        return true;
    }

    public static IReadOnlyList<ArgDeclarationSyntax> ArgDeclarations(MappedText line, int start, int end, char escape)
    {
        if (end <= start) return Array.Empty<ArgDeclarationSyntax>();
        var words = WordsGrammar.For(escape).Words.Try(line.Text.Substring(start, end - start)).Value;
        var list = new List<ArgDeclarationSyntax>(words.Count);
        foreach (var w in words)
        {
            int ws = start + w.Start, we = start + w.End;
            var word = new Token(w.Value, line.ToFileSpan(ws, we - ws));
            int eq = w.Value.IndexOf('=');
            if (eq < 0)
            {
                list.Add(new ArgDeclarationSyntax(word.Span, word, word, null));
                continue;
            }
            var name = new Token(w.Value.Substring(0, eq), line.ToFileSpan(ws, eq));
            var value = new Token(w.Value.Substring(eq + 1), line.ToFileSpan(ws + eq + 1, Math.Max(0, we - ws - eq - 1)));
            list.Add(new ArgDeclarationSyntax(word.Span, word, name, value));
        }
        return list;
    }
}
