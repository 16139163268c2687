using System.Collections.Generic;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// BuildKit's <c>parseWords</c> for ENV, LABEL and ARG: words split on whitespace outside quotes. Quote characters stay in
/// the word; outside quotes the escape token and the character after it are both kept; inside double quotes the escape
/// token escapes the next character (both kept); inside single quotes it is literal; an escape token at the very end of
/// the text is dropped; an unterminated quote runs to the end.
/// </summary>
/// <remarks>
/// A word is one token-level primitive (one scan, one result) rather than a chain of per-character alternatives:
/// ENV/LABEL/ARG lines are frequent, and per-character Sprache alternatives cost several allocations per character.
/// </remarks>
internal sealed class WordsGrammar
{
    private static readonly WordsGrammar Backslash = new('\\');
    private static readonly WordsGrammar Backtick = new('`');

    public static WordsGrammar For(char escape) => escape == '`' ? Backtick : Backslash;

    private WordsGrammar(char escape)
    {
        var word = Word(escape).Locate();
        var spaces = Lexical.Run(Lexical.IsSpace, "whitespace", 0);
        Words =
            from lead in spaces
            from words in (from w in word from s in spaces select w).Many()
            from end in Lexical.End
            select Filter(words);
    }

    private static List<Located<string>> Filter(IEnumerable<Located<string>> words)
    {
        var list = new List<Located<string>>();
        foreach (var w in words)
            if (w.Value.Length > 0) list.Add(w);
        return list;
    }

    /// <summary>One word, scanned as BuildKit's state machine does (phases "in word" and "in quote").</summary>
    private static Parser<string> Word(char escape) => input =>
    {
        var t = (TextInput)input;
        var s = t.Source;
        int pos = t.Position;
        if (pos >= s.Length || Lexical.IsSpace(s[pos]))
            return Result.Failure<string>(input, pos >= s.Length ? "unexpected end of line" : "unexpected whitespace", new[] { "word" });
        var sb = new System.Text.StringBuilder();
        char quote = '\0';
        bool inQuote = false;
        while (pos < s.Length)
        {
            char ch = s[pos];
            if (!inQuote)
            {
                if (Lexical.IsSpace(ch)) break;
                if (ch == '\'' || ch == '"')
                {
                    quote = ch;
                    inQuote = true;
                }
                else if (ch == escape)
                {
                    if (pos + 1 == s.Length) { pos++; continue; } // an escape at the very end is dropped
                    sb.Append(ch);
                    pos++;
                    ch = s[pos];
                }
                sb.Append(ch);
                pos++;
                continue;
            }
            if (ch == quote) inQuote = false;
            else if (ch == escape && quote != '\'')
            {
                if (pos + 1 == s.Length) { pos++; inQuote = false; continue; }
                sb.Append(ch);
                pos++;
                ch = s[pos];
            }
            sb.Append(ch);
            pos++;
        }
        return Result.Success(sb.ToString(), t.AdvanceBy(pos - t.Position));
    };

    /// <summary>Every word with its range in the text. Never fails on text BuildKit accepts (all text).</summary>
    public Parser<List<Located<string>>> Words { get; }
}
