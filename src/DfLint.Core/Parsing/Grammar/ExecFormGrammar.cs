using System.Collections.Generic;
using System.Text;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// The JSON exec form (<c>["executable", "arg"]</c>) with Go's <c>encoding/json</c> string rules, which BuildKit uses:
/// escapes <c>\" \\ \/ \b \f \n \r \t \uXXXX</c> (a lone surrogate becomes U+FFFD), no raw control characters,
/// whitespace is space, tab, CR and LF, and nothing but whitespace may follow the closing bracket.
/// </summary>
internal static class ExecFormGrammar
{
    private static bool IsJsonSpace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

    private static readonly Parser<string> Ws = Lexical.Run(IsJsonSpace, "whitespace", 0);

    /// <summary>A run of plain string characters (no quote, backslash or control character).</summary>
    private static readonly Parser<string> PlainRun = Lexical.Run(c => c != '"' && c != '\\' && c >= 0x20, "string character");

    private static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>An escape sequence; a <c>\uXXXX</c> yields its UTF-16 unit, paired up later.</summary>
    private static readonly Parser<string> Escape = input =>
    {
        var t = (TextInput)input;
        var s = t.Source;
        int p = t.Position;
        if (p + 1 >= s.Length || s[p] != '\\')
            return Result.Failure<string>(input, "unexpected character", new[] { "escape sequence" });
        char e = s[p + 1];
        switch (e)
        {
            case '"': return Result.Success("\"", t.AdvanceBy(2));
            case '\\': return Result.Success("\\", t.AdvanceBy(2));
            case '/': return Result.Success("/", t.AdvanceBy(2));
            case 'b': return Result.Success("\b", t.AdvanceBy(2));
            case 'f': return Result.Success("\f", t.AdvanceBy(2));
            case 'n': return Result.Success("\n", t.AdvanceBy(2));
            case 'r': return Result.Success("\r", t.AdvanceBy(2));
            case 't': return Result.Success("\t", t.AdvanceBy(2));
            case 'u':
                if (p + 6 > s.Length) break;
                int v = 0;
                for (int k = 2; k < 6; k++)
                {
                    int h = Hex(s[p + k]);
                    if (h < 0) return Result.Failure<string>(input, "invalid \\u escape", new[] { "four hex digits" });
                    v = v * 16 + h;
                }
                return Result.Success(((char)v).ToString(), t.AdvanceBy(6));
        }
        return Result.Failure<string>(input, $"invalid escape '\\{e}'", new[] { "escape sequence" });
    };

    /// <summary>A JSON string literal; the value is decoded, located at its quotes.</summary>
    public static readonly Parser<Located<string>> String =
        (from open in Parse.Char('"')
         from parts in PlainRun.Or(Escape).Many()
         from close in Lexical.Lit("\"") // a string result: Parse.Char(…).Named would JIT-compile Sprache's char instantiations
         select FixSurrogates(string.Concat(parts))).Locate();

    /// <summary>An array of strings filling the whole text (leading and trailing whitespace allowed).</summary>
    public static readonly Parser<List<Located<string>>> Array =
        from lead in Ws
        from open in Parse.Char('[')
        from ws1 in Ws
        from items in String.Then(first =>
                (from ws2 in Ws
                 from comma in Parse.Char(',')
                 from ws3 in Ws
                 from item in String
                 select item).Many().Select(rest =>
                 {
                     var list = new List<Located<string>> { first };
                     list.AddRange(rest);
                     return list;
                 }))
            .Or(Parse.Return(new List<Located<string>>()))
        from ws4 in Ws
        from close in Parse.Char(']')
        from trail in Ws
        from end in Lexical.End
        select items;

    /// <summary>Go replaces unpaired surrogates from \u escapes with U+FFFD.</summary>
    private static string FixSurrogates(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool ok = !char.IsSurrogate(c)
                || (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
            if (ok && sb is null) continue;
            if (sb is null) { sb = new StringBuilder(s.Length); sb.Append(s, 0, i); }
            sb.Append(ok ? c : '\uFFFD');
        }
        return sb?.ToString() ?? s;
    }
}

/// <summary>
/// Decides whether a text is a valid JSON array at all (of any values), for BuildKit's rule that a valid array with a
/// non-string item is an error while anything else that is not a string array falls back to the shell form. Iterative,
/// with Go's nesting limit of 10,000 (deeper input is invalid JSON to Go, so it falls back to the shell form).
/// </summary>
internal static class JsonValidator
{
    private const int MaxDepth = 10000;

    public static bool IsJsonArray(string s, int start)
    {
        int i = start;
        SkipWs(s, ref i);
        if (i >= s.Length || s[i] != '[') return false;
        if (!Value(s, ref i)) return false;
        SkipWs(s, ref i);
        return i == s.Length;
    }

    private static void SkipWs(string s, ref int i)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
    }

    private static bool Value(string s, ref int i)
    {
        // containers: '[' or '{'; expectKey for objects after '{' or ','.
        var stack = new Stack<char>();
        while (true)
        {
            SkipWs(s, ref i);
            if (i >= s.Length) return false;
            char c = s[i];
            if (c == '[' || c == '{')
            {
                if (stack.Count >= MaxDepth) return false;
                stack.Push(c);
                i++;
                SkipWs(s, ref i);
                if (i < s.Length && s[i] == (c == '[' ? ']' : '}')) { stack.Pop(); i++; goto Close; }
                if (c == '{') { if (!Key(s, ref i)) return false; }
                continue;
            }
            if (!Scalar(s, ref i)) return false;
        Close:
            while (true)
            {
                if (stack.Count == 0) return true;
                SkipWs(s, ref i);
                if (i >= s.Length) return false;
                char top = stack.Peek();
                if (s[i] == ',')
                {
                    i++;
                    if (top == '{' && !Key(s, ref i)) return false;
                    break;
                }
                if ((top == '[' && s[i] == ']') || (top == '{' && s[i] == '}'))
                {
                    stack.Pop();
                    i++;
                    continue;
                }
                return false;
            }
        }
    }

    private static bool Key(string s, ref int i)
    {
        SkipWs(s, ref i);
        if (!Str(s, ref i)) return false;
        SkipWs(s, ref i);
        if (i >= s.Length || s[i] != ':') return false;
        i++;
        return true;
    }

    private static bool Scalar(string s, ref int i)
    {
        char c = s[i];
        if (c == '"') return Str(s, ref i);
        if (Word(s, ref i, "true") || Word(s, ref i, "false") || Word(s, ref i, "null")) return true;
        return Number(s, ref i);
    }

    private static bool Word(string s, ref int i, string w)
    {
        if (string.CompareOrdinal(s, i, w, 0, w.Length) != 0 || i + w.Length > s.Length) return false;
        i += w.Length;
        return true;
    }

    private static bool Number(string s, ref int i)
    {
        int p = i;
        if (p < s.Length && s[p] == '-') p++;
        if (p >= s.Length) return false;
        if (s[p] == '0') p++;
        else if (s[p] >= '1' && s[p] <= '9') { while (p < s.Length && char.IsDigit(s[p]) && s[p] < 128) p++; }
        else return false;
        if (p < s.Length && s[p] == '.')
        {
            p++;
            int d = p;
            while (p < s.Length && s[p] >= '0' && s[p] <= '9') p++;
            if (p == d) return false;
        }
        if (p < s.Length && (s[p] == 'e' || s[p] == 'E'))
        {
            p++;
            if (p < s.Length && (s[p] == '+' || s[p] == '-')) p++;
            int d = p;
            while (p < s.Length && s[p] >= '0' && s[p] <= '9') p++;
            if (p == d) return false;
        }
        i = p;
        return true;
    }

    private static bool Str(string s, ref int i)
    {
        if (i >= s.Length || s[i] != '"') return false;
        int p = i + 1;
        while (p < s.Length)
        {
            char c = s[p];
            if (c == '"') { i = p + 1; return true; }
            if (c < 0x20) return false;
            if (c == '\\')
            {
                if (p + 1 >= s.Length) return false;
                char e = s[p + 1];
                if (e == 'u')
                {
                    if (p + 6 > s.Length) return false;
                    for (int k = 2; k < 6; k++)
                        if (!System.Uri.IsHexDigit(s[p + k])) return false;
                    p += 6;
                    continue;
                }
                if ("\"\\/bfnrt".IndexOf(e) < 0) return false;
                p += 2;
                continue;
            }
            p++;
        }
        return false;
    }
}
