using System;
using System.Collections.Generic;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// Splits an image reference <c>[registry/]path[:tag][@digest]</c> into parts with spans, following the Docker
/// reference grammar: the first path component is a registry when there is more than one component and it contains
/// a '.' or ':' or is <c>localhost</c>. Separators inside <c>${...}</c> are not separators, so
/// <c>node:${TAG:-20}</c> has the tag <c>${TAG:-20}</c>. Works on the written text; variables are resolved elsewhere.
/// Never fails: every text has a path, possibly empty.
/// </summary>
/// <remarks>
/// The grammar: <c>reference := component ('/' component)* ('@' digest)? end</c>, where a component is a sequence of
/// chunks (a <c>${...}</c> variable, a ':', a lone '$' or a run of other characters). The tag starts at the first ':' chunk of the
/// last component.
/// </remarks>
public static class ImageReferenceParser
{
    private static readonly string[] ChunkExpected = { "name character, ':' or variable" };

    /// <summary>
    /// One chunk, as one token-level step: a <c>${...}</c> variable (nested braces count; an unclosed one runs to the
    /// end, so no separator inside it counts), a ':', a lone '$', or a run of other characters. Fails at '/', '@' and
    /// the end, which end a component.
    /// </summary>
    private static readonly Parser<Located<string>> Chunk = input =>
    {
        var t = (TextInput)input;
        var s = t.Source;
        int p = t.Position, end;
        if (p >= s.Length || s[p] == '/' || s[p] == '@') return Lexical.Fail<Located<string>>(input, ChunkExpected);
        char c = s[p];
        if (c == ':') end = p + 1;
        else if (c == '$') end = p + 1 < s.Length && s[p + 1] == '{' ? Lexical.ScanVariable(s, p) : p + 1;
        else
        {
            end = p + 1;
            while (end < s.Length && s[end] != '/' && s[end] != '@' && s[end] != ':' && s[end] != '$') end++;
        }
        return Result.Success(new Located<string>(s.Substring(p, end - p), p, end), t.AdvanceBy(end - p));
    };

    private static readonly Parser<List<Located<string>>> Component = Chunk.Many().Select(c => new List<Located<string>>(c));

    private static readonly Parser<List<List<Located<string>>>> Name =
        from first in Component
        from rest in (from slash in Lexical.Lit("/") from c in Component select c).Many()
        select Prepend(first, rest);

    private static readonly Parser<Located<string>?> Digest =
        (from at in Lexical.Lit("@") from d in Lexical.Rest.Locate() select d).Optional().Select(d => d.GetOrDefault());

    private sealed class Parts
    {
        public List<List<Located<string>>> Components = null!;
        public Located<string>? Digest;
    }

    private static readonly Parser<Parts> Reference =
        from name in Name
        from digest in Digest
        from end in Lexical.End
        select new Parts { Components = name, Digest = digest };

    private static List<List<Located<string>>> Prepend(List<Located<string>> first, IEnumerable<List<Located<string>>> rest)
    {
        var list = new List<List<Located<string>>> { first };
        list.AddRange(rest);
        return list;
    }

    public static ImageReferenceSyntax Parse(Token word) => Parse(word.Text, word.Span, word.Span.Length == word.Text.Length);

    /// <summary>
    /// Parses a reference text. When <paramref name="exact"/> is true the text is exactly the file text at
    /// <paramref name="span"/> and parts get their own spans; otherwise (an expanded or joined value) every part gets
    /// the whole span.
    /// </summary>
    public static ImageReferenceSyntax Parse(string s, SourceSpan span, bool exact)
    {
        var word = new Token(s, span);
        Token T(int start, int end) => new(s.Substring(start, end - start), exact ? SourceSpan.FromBounds(span.Start + start, span.Start + end) : span);

        var parts = Reference.Try(s).Value;
        var components = parts.Components;
        int nameEnd = parts.Digest is { } d ? d.Start - 1 : s.Length;
        Token? digest = parts.Digest is { } dg ? T(dg.Start, dg.End) : null;

        Token? registry = null;
        int pathStart = 0;
        if (components.Count > 1)
        {
            int firstEnd = End(components[0], 0);
            string first = s.Substring(0, firstEnd);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost" || (first.StartsWith("${", StringComparison.Ordinal) && LooksLikeRegistryVariable(first)))
            {
                registry = T(0, firstEnd);
                pathStart = firstEnd + 1;
            }
        }
        int colon = -1;
        foreach (var chunk in components[components.Count - 1])
            if (chunk.Value == ":") { colon = chunk.Start; break; }
        Token? tag = colon >= 0 ? T(colon + 1, nameEnd) : null;
        var path = T(pathStart, colon >= 0 ? colon : nameEnd);
        return new ImageReferenceSyntax(word.Span, s, registry, path, tag, digest);
    }

    /// <summary>Where a component ends: after its last chunk, or where it starts when it is empty.</summary>
    private static int End(List<Located<string>> component, int start) => component.Count == 0 ? start : component[component.Count - 1].End;

    private static bool LooksLikeRegistryVariable(string first)
        => first.IndexOf("REGISTRY", StringComparison.OrdinalIgnoreCase) >= 0 || first.IndexOf("REPO", StringComparison.OrdinalIgnoreCase) >= 0;
}
