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
    public static ImageReferenceSyntax Parse(Token word)
    {
        string s = word.Text;
        int baseOffset = word.Span.Start;
        // The word's span may include joined continuation lines; map text indexes proportionally only when contiguous.
        bool contiguous = word.Span.Length == s.Length;
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
