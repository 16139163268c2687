using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DfLint.Configuration;

/// <summary>
/// An editorconfig section glob (<c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>{1..3}</c>,
/// <c>\</c> escapes), matched against a path relative to the config file's directory with forward slashes.
/// A glob without <c>/</c> matches the file name in any directory below; one with <c>/</c> is anchored at the config
/// directory (a leading <c>/</c> is dropped). Pure.
/// </summary>
public sealed class EditorConfigGlob
{
    private readonly Regex _regex;
    private readonly List<(int Min, int Max)> _ranges;

    private EditorConfigGlob(string pattern, Regex regex, List<(int, int)> ranges)
    {
        Pattern = pattern;
        _regex = regex;
        _ranges = ranges;
    }

    public string Pattern { get; }

    /// <summary>Compiles a section header; returns null with an error for a glob that cannot be read (unbalanced braces).</summary>
    public static EditorConfigGlob? TryCreate(string section, out string? error)
    {
        error = null;
        string glob = section;
        bool hasSlash = ContainsSlashOutsideBrackets(glob);
        if (glob.StartsWith("/", StringComparison.Ordinal)) glob = glob.Substring(1);
        var sb = new StringBuilder("^");
        if (!hasSlash) sb.Append("(?:.*/)?");
        var ranges = new List<(int, int)>();
        int i = 0;
        if (!Translate(glob, ref i, sb, ranges, 0, out error)) return null;
        if (i < glob.Length) { error = $"unexpected '{glob[i]}' in section '{section}'"; return null; }
        sb.Append('$');
        return new EditorConfigGlob(section, new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), ranges);
    }

    public static EditorConfigGlob Create(string section)
        => TryCreate(section, out var error) ?? throw new ArgumentException(error, nameof(section));

    /// <summary>True when the relative path (forward slashes, no leading slash) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var m = _regex.Match(relativePath.Replace('\\', '/'));
        if (!m.Success) return false;
        for (int k = 0; k < _ranges.Count; k++)
        {
            var g = m.Groups["r" + k.ToString(CultureInfo.InvariantCulture)];
            if (!g.Success) continue;
            if (!int.TryParse(g.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n)) return false;
            if (n < _ranges[k].Min || n > _ranges[k].Max) return false;
        }
        return true;
    }

    private static bool ContainsSlashOutsideBrackets(string glob)
    {
        bool inBracket = false;
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') inBracket = true;
            else if (c == ']') inBracket = false;
            else if (c == '/' && !inBracket) return true;
        }
        return false;
    }

    // Translates until the end, or (inside braces, depth > 0) until an unmatched ',' or '}'.
    private static bool Translate(string glob, ref int i, StringBuilder sb, List<(int, int)> ranges, int depth, out string? error)
    {
        error = null;
        while (i < glob.Length)
        {
            char c = glob[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 < glob.Length) { sb.Append(Regex.Escape(glob[i + 1].ToString())); i += 2; }
                    else { sb.Append(@"\\"); i++; }
                    break;
                case '*':
                    if (i + 1 < glob.Length && glob[i + 1] == '*')
                    {
                        i += 2;
                        // "**/" also matches no directory at all.
                        if (i < glob.Length && glob[i] == '/') { sb.Append("(?:.*/)?"); i++; }
                        else sb.Append(".*");
                    }
                    else { sb.Append("[^/]*"); i++; }
                    break;
                case '?':
                    sb.Append("[^/]"); i++;
                    break;
                case '[':
                    {
                        int close = FindBracketEnd(glob, i);
                        if (close < 0) { sb.Append(@"\["); i++; break; }
                        string body = glob.Substring(i + 1, close - i - 1);
                        bool negate = body.StartsWith("!", StringComparison.Ordinal) || body.StartsWith("^", StringComparison.Ordinal);
                        if (negate) body = body.Substring(1);
                        sb.Append(negate ? "[^/" : "[");
                        foreach (char b in body)
                        {
                            if (b == '\\' || b == ']' || b == '[' || b == '^') sb.Append('\\');
                            sb.Append(b);
                        }
                        sb.Append(']');
                        i = close + 1;
                        break;
                    }
                case '{':
                    {
                        int close = FindBraceEnd(glob, i);
                        if (close < 0) { error = "a '{' has no matching '}'"; return false; }
                        string body = glob.Substring(i + 1, close - i - 1);
                        var range = Regex.Match(body, @"^([+-]?\d+)\.\.([+-]?\d+)$");
                        if (range.Success)
                        {
                            int a = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
                            int b = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
                            sb.Append("(?<r").Append(ranges.Count.ToString(CultureInfo.InvariantCulture)).Append(@">[+-]?\d+)");
                            ranges.Add((Math.Min(a, b), Math.Max(a, b)));
                            i = close + 1;
                            break;
                        }
                        if (body.IndexOf(',') < 0 && !HasTopLevelComma(body))
                        {
                            // "{single}" is literal in editorconfig.
                            sb.Append(Regex.Escape("{")); i++;
                            break;
                        }
                        i++;
                        sb.Append("(?:");
                        while (true)
                        {
                            if (!Translate(glob, ref i, sb, ranges, depth + 1, out error)) return false;
                            if (i >= glob.Length) { error = "a '{' has no matching '}'"; return false; }
                            if (glob[i] == ',') { sb.Append('|'); i++; continue; }
                            if (glob[i] == '}') { i++; break; }
                        }
                        sb.Append(')');
                        break;
                    }
                case ',':
                case '}':
                    if (depth > 0) return true;
                    sb.Append(Regex.Escape(c.ToString())); i++;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString())); i++;
                    break;
            }
        }
        return true;
    }

    private static bool HasTopLevelComma(string body)
    {
        int depth = 0;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == ',' && depth == 0) return true;
        }
        return false;
    }

    private static int FindBracketEnd(string glob, int open)
    {
        for (int i = open + 1; i < glob.Length; i++)
        {
            if (glob[i] == '\\') { i++; continue; }
            if (glob[i] == '/') return -1;
            if (glob[i] == ']' && i > open + 1) return i;
        }
        return -1;
    }

    private static int FindBraceEnd(string glob, int open)
    {
        int depth = 0;
        for (int i = open; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }
}
