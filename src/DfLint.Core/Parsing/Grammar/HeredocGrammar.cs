using System.Collections.Generic;
using System.Text;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>A heredoc marker found on an instruction line.</summary>
internal sealed record HeredocMarker(string Name, int FileDescriptor, bool Chomp, bool Expand, int Start, int End);

/// <summary>
/// Finds heredoc markers (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-'EOF'</c>, <c>3&lt;&lt;IN</c>) on a RUN/COPY/ADD line the way
/// BuildKit does (moby/buildkit frontend/dockerfile/parser/parser.go <c>heredocsFromLine</c>, Apache-2.0): the whole
/// logical line is split into shell words with quotes and escapes kept raw, always with backslash as escape; a word
/// matching <c>^(\d*)&lt;&lt;(-?)([^&lt;]*)$</c> whose remainder is exactly one shell word is a heredoc. An unbalanced
/// quote anywhere on the line makes the lexer fail, and then BuildKit finds no heredocs at all.
/// </summary>
internal static class HeredocGrammar
{
    private const char Esc = '\\';

    private static readonly IReadOnlyDictionary<string, string> NoEnv = new Dictionary<string, string>();
    private static readonly Shell.ShellLexer Cooked = new(Esc) { SkipUnsetEnv = true };
    private static readonly Shell.ShellLexer Raw = new(Esc) { SkipUnsetEnv = true, RawQuotes = true };

    /// <summary>Raw shell words of a line, with their ranges. Null when the lexer fails (unbalanced quote or brace).</summary>
    internal static List<Located<string>>? RawWords(string line)
    {
        var words = new List<Located<string>>();
        var sb = new StringBuilder();
        int start = -1;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (Lexical.IsSpace(c))
            {
                if (sb.Length > 0 && EndsWithHeredocOperator(sb))
                {
                    i++;
                    continue; // "<<  EOF" is one word
                }
                if (sb.Length > 0) { words.Add(new Located<string>(sb.ToString(), start, i)); sb.Clear(); }
                start = -1;
                i++;
                continue;
            }
            if (start < 0) start = i;
            if (c == '\'')
            {
                int close = line.IndexOf('\'', i + 1);
                if (close < 0) return null;
                sb.Append(line, i, close - i + 1);
                i = close + 1;
                continue;
            }
            if (c == '"')
            {
                int j = i + 1;
                while (j < line.Length && line[j] != '"')
                {
                    if (line[j] == Esc && j + 1 < line.Length) j++;
                    j++;
                }
                if (j >= line.Length) return null;
                sb.Append(line, i, j - i + 1);
                i = j + 1;
                continue;
            }
            if (c == Esc)
            {
                if (i + 1 >= line.Length) { i++; continue; }
                sb.Append(line, i, 2);
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < line.Length && line[i + 1] == '{')
            {
                int close = line.IndexOf('}', i + 2);
                if (close < 0) return null;
                sb.Append(line, i, close - i + 1);
                i = close + 1;
                continue;
            }
            sb.Append(c);
            i++;
        }
        if (sb.Length > 0) words.Add(new Located<string>(sb.ToString(), start, line.Length));
        return words;
    }

    private static bool EndsWithHeredocOperator(StringBuilder sb)
    {
        // Only a word that is (digits)"<<" so far glues to the next word; "<<-" does not.
        int n = sb.Length;
        if (n < 2 || sb[n - 1] != '<' || sb[n - 2] != '<') return false;
        for (int k = 0; k < n - 2; k++)
            if (sb[k] < '0' || sb[k] > '9') return false;
        return true;
    }

    private static readonly Parser<(string Fd, bool Chomp, string Name)> MarkerWord =
        from fd in Lexical.Run(c => c >= '0' && c <= '9', "file descriptor", 0)
        from op in Lexical.Lit("<<")
        from dash in Parse.Char('-').Optional()
        from rest in Lexical.Run(c => c != '<', "heredoc name", 0)
        from end in Lexical.End
        select (fd, dash.IsDefined, rest);

    /// <summary>Markers on a line, in order. <paramref name="error"/> is set when a marker's name has an unbalanced quote.</summary>
    public static List<HeredocMarker> Find(string line, out string? error)
    {
        error = null;
        var result = new List<HeredocMarker>();
        if (line.IndexOf("<<", System.StringComparison.Ordinal) < 0) return result;
        var words = RawWords(line);
        if (words is null) return result;
        foreach (var w in words)
        {
            var m = MarkerWord.Try(w.Value);
            if (!m.WasSuccessful) continue;
            var (fdText, chomp, rest) = m.Value;
            if (rest.Length == 0) continue;
            // As BuildKit's heredocFromMatch: the name is the word with quotes removed; it expands when no quote was removed.
            var cooked = Cooked.ProcessWords(rest, NoEnv);
            if (!cooked.Succeeded) { error = $"failed to process \"{rest}\": {cooked.Error}"; return result; }
            if (cooked.Words.Count != 1) continue;
            var raw = Raw.ProcessWords(rest, NoEnv);
            string name = cooked.Words[0];
            int quotes = Count(name), rawQuotes = raw.Succeeded && raw.Words.Count == 1 ? Count(raw.Words[0]) : quotes;
            int fd = 0;
            foreach (var ch in fdText) fd = unchecked(fd * 10 + (ch - '0'));
            result.Add(new HeredocMarker(name, fd, chomp, quotes == rawQuotes, w.Start, w.End));
        }
        return result;
    }

    private static int Count(string s)
    {
        int n = 0;
        foreach (var c in s) if (c == '\'' || c == '"') n++;
        return n;
    }
}
