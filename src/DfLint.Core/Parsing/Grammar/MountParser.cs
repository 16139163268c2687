using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DfLint.Syntax;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// Splits the value of each <c>RUN --mount=</c> flag into CSV fields (<c>type=cache,target=/root/.cache</c>), keys
/// lowercased, as BuildKit's instructions layer does. Quoted CSV fields (<c>"a,b"</c>) keep their comma.
/// </summary>
internal static class MountParser
{
    public static IReadOnlyList<MountSyntax> Parse(IReadOnlyList<FlagSyntax> flags)
    {
        List<MountSyntax>? result = null;
        foreach (var flag in flags)
        {
            if (flag.Name.Text != "mount" || flag.Value is null) continue;
            result ??= new List<MountSyntax>();
            result.Add(new MountSyntax(flag, Fields(flag.Value)));
        }
        return (IReadOnlyList<MountSyntax>?)result ?? Array.Empty<MountSyntax>();
    }

    private static IReadOnlyList<MountFieldSyntax> Fields(Token value)
    {
        var fields = new List<MountFieldSyntax>();
        string s = value.Text;
        bool contiguous = value.Span.Length == s.Length;
        int i = 0;
        while (i <= s.Length)
        {
            int start = i;
            var sb = new StringBuilder();
            if (i < s.Length && s[i] == '"')
            {
                i++;
                while (i < s.Length)
                {
                    if (s[i] == '"')
                    {
                        if (i + 1 < s.Length && s[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    sb.Append(s[i++]);
                }
                while (i < s.Length && s[i] != ',') sb.Append(s[i++]);
            }
            else
            {
                int comma = s.IndexOf(',', i);
                if (comma < 0) comma = s.Length;
                sb.Append(s, i, comma - i);
                i = comma;
            }
            string field = sb.ToString();
            var span = contiguous ? SourceSpan.FromBounds(value.Span.Start + start, value.Span.Start + i) : value.Span;
            if (field.Length > 0)
            {
                int eq = field.IndexOf('=');
                string key = (eq < 0 ? field : field.Substring(0, eq)).Trim().ToLowerInvariant();
                string? val = eq < 0 ? null : field.Substring(eq + 1);
                fields.Add(new MountFieldSyntax(key, val, span));
            }
            i++;
        }
        return fields;
    }
}
