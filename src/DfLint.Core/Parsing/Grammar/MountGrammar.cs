using System;
using System.Collections.Generic;
using System.Text;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// <c>RUN --mount=</c> values (<c>type=cache,target=/root/.cache,sharing=locked</c>). BuildKit reads the value as one
/// record of Go's <c>encoding/csv</c> (comma-separated; a field that starts with '"' is quoted, <c>""</c> inside it is a
/// quote, so <c>"a,b"</c> keeps its comma) and splits each field at its first '=' into a lower-cased key and a value.
/// The grammar reads leniently, as the syntax tree always has (text after a closing quote is kept, a quote inside an
/// unquoted field is literal), and reports where Go's strict reader would fail.
/// </summary>
internal static class MountGrammar
{
    private sealed class Field
    {
        public string Text = string.Empty;
        public int Start, End;
        public string? Error;
        public int ErrorAt;
    }

    /// <summary>One CSV field, quoted or not, up to the next comma outside quotes (possibly empty).</summary>
    private static readonly Parser<Field> CsvField = input =>
    {
        var t = (TextInput)input;
        var s = t.Source;
        int i = t.Position;
        var f = new Field { Start = i };
        if (i < s.Length && s[i] == '"')
        {
            var sb = new StringBuilder();
            i++;
            bool closed = false;
            while (i < s.Length)
            {
                if (s[i] == '"')
                {
                    if (i + 1 < s.Length && s[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                    i++;
                    closed = true;
                    break;
                }
                sb.Append(s[i++]);
            }
            if (!closed) { f.Error = "unexpected end of input, expected '\"'"; f.ErrorAt = i; }
            int extra = i;
            while (i < s.Length && s[i] != ',') sb.Append(s[i++]);
            if (f.Error is null && i > extra) { f.Error = $"unexpected '{s[extra]}' after a closing quote, expected ',' or end of input"; f.ErrorAt = extra; }
            f.Text = sb.ToString();
        }
        else
        {
            int comma = s.IndexOf(',', i);
            if (comma < 0) comma = s.Length;
            int quote = s.IndexOf('"', i, comma - i);
            if (quote >= 0) { f.Error = "unexpected '\"' inside an unquoted field, expected a quote only around a whole field"; f.ErrorAt = quote; }
            f.Text = s.Substring(i, comma - i);
            i = comma;
        }
        f.End = i;
        return Result.Success(f, t.AdvanceBy(i - t.Position));
    };

    private static readonly Parser<List<Field>> Record =
        from first in CsvField
        from rest in (from comma in Lexical.Lit(",") from f in CsvField select f).Many()
        from end in Lexical.End
        select Prepend(first, rest);

    private static List<Field> Prepend(Field first, IEnumerable<Field> rest)
    {
        var list = new List<Field> { first };
        list.AddRange(rest);
        return list;
    }

    /// <summary>Reads a <c>--mount</c> value. Never null; the fields are there even when <see cref="MountSpec.Error"/> is set.</summary>
    public static MountSpec Parse(Token value)
    {
        var fields = new List<MountField>();
        if (value.Text.Length == 0)
            return new MountSpec(value, fields, new ValueError(value.Span, "unexpected end of input, expected mount field"));
        ValueError? error = null;
        foreach (var f in Record.Try(value.Text).Value)
        {
            int eq = f.Text.IndexOf('=');
            string key = (eq < 0 ? f.Text : f.Text.Substring(0, eq)).ToLowerInvariant();
            fields.Add(new MountField(Lexical.SpanOf(value, f.Start, f.End), f.Text, key, eq < 0 ? null : f.Text.Substring(eq + 1)));
            if (error is null && f.Error is not null)
                error = new ValueError(Lexical.SpanOf(value, f.ErrorAt, Math.Min(f.ErrorAt + 1, value.Text.Length)), f.Error);
        }
        return new MountSpec(value, fields, error);
    }

    /// <summary>Reads a <c>--mount</c> value; true when Go's CSV reader accepts it.</summary>
    public static bool TryParse(Token value, out MountSpec spec)
    {
        spec = Parse(value);
        return spec.Error is null;
    }

    /// <summary>
    /// The mounts of a RUN's flags for the syntax tree: every <c>--mount</c> with a value, its non-empty fields with
    /// keys trimmed and lower-cased.
    /// </summary>
    public static IReadOnlyList<MountSyntax> Parse(IReadOnlyList<FlagSyntax> flags)
    {
        List<MountSyntax>? result = null;
        foreach (var flag in flags)
        {
            if (flag.Name.Text != "mount" || flag.Value is null) continue;
            result ??= new List<MountSyntax>();
            var fields = new List<MountFieldSyntax>();
            foreach (var f in Parse(flag.Value).Fields)
            {
                if (f.Text.Length == 0) continue;
                int eq = f.Text.IndexOf('=');
                string key = (eq < 0 ? f.Text : f.Text.Substring(0, eq)).Trim().ToLowerInvariant();
                fields.Add(new MountFieldSyntax(key, f.Value, f.Span));
            }
            result.Add(new MountSyntax(flag, fields));
        }
        return (IReadOnlyList<MountSyntax>?)result ?? Array.Empty<MountSyntax>();
    }
}
