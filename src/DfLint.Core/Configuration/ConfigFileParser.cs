using System;
using System.Collections.Generic;

namespace DfLint.Configuration;

/// <summary>One <c>key = value</c> line of a config file. <see cref="Line"/> is 1-based.</summary>
public sealed record ConfigPair(string Key, string Value, int Line);

/// <summary>A <c>[glob]</c> section and its pairs, in file order.</summary>
public sealed record ConfigSection(string Header, int Line, IReadOnlyList<ConfigPair> Pairs);

/// <summary>A problem in a config file, at a 1-based line.</summary>
public sealed record ConfigError(int Line, string Message)
{
    public override string ToString() => $"{Line}: {Message}";
}

/// <summary>
/// A parsed <c>.editorconfig</c> or <c>.globalconfig</c>: the pairs before the first section (<see cref="Preamble"/>),
/// the sections, and what could not be read. <c>root</c> and <c>is_global</c> are lifted out of the preamble.
/// </summary>
public sealed record ConfigDocument(bool IsRoot, bool IsGlobal, IReadOnlyList<ConfigPair> Preamble,
    IReadOnlyList<ConfigSection> Sections, IReadOnlyList<ConfigError> Errors);

/// <summary>
/// Reads the <c>.editorconfig</c>/<c>.globalconfig</c> syntax as Roslyn does (so a file means the same to the build and
/// the CLI), but reports lines it cannot read instead of skipping them: sections <c>[glob]</c>, <c>key = value</c>
/// (or <c>key: value</c>), full-line and trailing <c>#</c>/<c>;</c> comments. Pure: text in, document out.
/// </summary>
public static class ConfigFileParser
{
    public static ConfigDocument Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var preamble = new List<ConfigPair>();
        var sections = new List<ConfigSection>();
        var errors = new List<ConfigError>();
        bool isRoot = false, isGlobal = false;
        List<ConfigPair>? current = null;
        string? currentHeader = null;
        int currentLine = 0;

        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i];
            if (i == 0 && line.Length > 0 && line[0] == '\uFEFF') line = line.Substring(1);
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;

            if (line[0] == '[')
            {
                int close = FindSectionEnd(line);
                if (close < 0) { errors.Add(new ConfigError(lineNo, "the section header has no closing ']'")); continue; }
                string rest = line.Substring(close + 1).Trim();
                if (rest.Length > 0 && rest[0] != '#' && rest[0] != ';')
                {
                    errors.Add(new ConfigError(lineNo, $"unexpected '{rest}' after the section header"));
                    continue;
                }
                string header = line.Substring(1, close - 1);
                if (header.Trim().Length == 0) { errors.Add(new ConfigError(lineNo, "the section header is empty")); continue; }
                if (current is not null) sections.Add(new ConfigSection(currentHeader!, currentLine, current));
                current = new List<ConfigPair>();
                currentHeader = header;
                currentLine = lineNo;
                continue;
            }

            int sep = IndexOfSeparator(line);
            if (sep < 0)
            {
                errors.Add(new ConfigError(lineNo, $"expected 'key = value', a [section] or a comment, not '{Shorten(line)}'"));
                continue;
            }
            string key = line.Substring(0, sep).Trim();
            if (key.Length == 0) { errors.Add(new ConfigError(lineNo, "the key before '=' is empty")); continue; }
            if (!IsValidKey(key)) { errors.Add(new ConfigError(lineNo, $"'{Shorten(key)}' is not a valid key")); continue; }
            string value = StripTrailingComment(line.Substring(sep + 1)).Trim();

            if (current is null)
            {
                if (string.Equals(key, "root", StringComparison.OrdinalIgnoreCase))
                {
                    if (!TryParseBool(value, out isRoot)) errors.Add(new ConfigError(lineNo, $"root must be true or false, not '{value}'"));
                    continue;
                }
                if (string.Equals(key, "is_global", StringComparison.OrdinalIgnoreCase))
                {
                    if (!TryParseBool(value, out isGlobal)) errors.Add(new ConfigError(lineNo, $"is_global must be true or false, not '{value}'"));
                    continue;
                }
                preamble.Add(new ConfigPair(key, value, lineNo));
            }
            else
            {
                current.Add(new ConfigPair(key, value, lineNo));
            }
        }
        if (current is not null) sections.Add(new ConfigSection(currentHeader!, currentLine, current));
        return new ConfigDocument(isRoot, isGlobal, preamble, sections, errors);
    }

    private static bool TryParseBool(string value, out bool result)
    {
        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)) { result = true; return true; }
        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)) { result = false; return true; }
        result = false;
        return false;
    }

    // The closing ']' of a section: the last one on the line that is not escaped and not inside a trailing comment.
    private static int FindSectionEnd(string line)
    {
        int end = -1;
        for (int i = 1; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\') { i++; continue; }
            if (c == ']') end = i;
            else if ((c == '#' || c == ';') && end >= 0) break;
        }
        return end;
    }

    private static int IndexOfSeparator(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '=' || c == ':') return i;
            if (c == '#' || c == ';') return -1;
        }
        return -1;
    }

    private static bool IsValidKey(string key)
    {
        foreach (char c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) return false;
        }
        return true;
    }

    // Roslyn ends a value at the first '#' or ';' (after whitespace or not); keep that reading.
    private static string StripTrailingComment(string value)
    {
        int i = value.IndexOfAny(new[] { '#', ';' });
        return i < 0 ? value : value.Substring(0, i);
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "...";
}
