using System;
using System.Collections.Generic;
using DfLint.Syntax;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// Splits an image reference <c>[registry/]path[:tag][@digest]</c> into parts with spans, following the Docker
/// reference grammar: the first path component is a registry when there is more than one component and it contains
/// a '.' or ':' or is <c>localhost</c>. Separators inside <c>${...}</c> are not separators, so
/// <c>node:${TAG:-20}</c> has the tag <c>${TAG:-20}</c>. Works on the written text; variables are resolved elsewhere.
/// </summary>
public static class ImageReferenceParser
{
    public static ImageReferenceSyntax Parse(Token word) => Parse(word.Text, word.Span, word.Span.Length == word.Text.Length);

    /// <summary>
    /// Parses a reference text. When <paramref name="exact"/> is true the text is exactly the file text at
    /// <paramref name="span"/> and parts get their own spans; otherwise (an expanded or joined value) every part gets
    /// the whole span.
    /// </summary>
    public static ImageReferenceSyntax Parse(string s, SourceSpan span, bool exact)
    {
        var word = new Token(s, span);
        int baseOffset = span.Start;
        bool contiguous = exact;
        SourceSpan Sp(int start, int end) => contiguous ? SourceSpan.FromBounds(baseOffset + start, baseOffset + end) : word.Span;
        Token T(int start, int end) => new(s.Substring(start, end - start), Sp(start, end));

        // Positions of separators outside ${...}.
        var slashes = new List<int>();
        int at = -1;
        int depth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '$' && i + 1 < s.Length && s[i + 1] == '{') { depth++; i++; continue; }
            if (c == '}' && depth > 0) { depth--; continue; }
            if (depth > 0) continue;
            if (c == '/' && at < 0) slashes.Add(i);
            else if (c == '@' && at < 0) at = i;
        }
        int nameEnd = at >= 0 ? at : s.Length;
        Token? digest = at >= 0 ? T(at + 1, s.Length) : null;

        Token? registry = null;
        int pathStart = 0;
        if (slashes.Count > 0)
        {
            string first = s.Substring(0, slashes[0]);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost" || (first.Length > 0 && first.StartsWith("${", StringComparison.Ordinal) && LooksLikeRegistryVariable(first)))
            {
                registry = T(0, slashes[0]);
                pathStart = slashes[0] + 1;
            }
        }
        int lastSlash = slashes.Count > 0 ? slashes[slashes.Count - 1] : -1;
        int colon = -1;
        depth = 0;
        for (int i = Math.Max(lastSlash + 1, pathStart); i < nameEnd; i++)
        {
            char c = s[i];
            if (c == '$' && i + 1 < s.Length && s[i + 1] == '{') { depth++; i++; continue; }
            if (c == '}' && depth > 0) { depth--; continue; }
            if (depth == 0 && c == ':') { colon = i; break; }
        }
        Token? tag = colon >= 0 ? T(colon + 1, nameEnd) : null;
        var path = T(pathStart, colon >= 0 ? colon : nameEnd);
        return new ImageReferenceSyntax(word.Span, s, registry, path, tag, digest);
    }

    private static bool LooksLikeRegistryVariable(string first)
        => first.IndexOf("REGISTRY", StringComparison.OrdinalIgnoreCase) >= 0 || first.IndexOf("REPO", StringComparison.OrdinalIgnoreCase) >= 0;
}
