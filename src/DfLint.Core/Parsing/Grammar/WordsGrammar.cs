using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// BuildKit's <c>parseWords</c> for ENV, LABEL and ARG: words split on whitespace outside quotes. Quote characters stay in
/// the word; outside quotes the escape token and the character after it are both kept; inside double quotes the escape
/// token escapes the next character (both kept); inside single quotes it is literal; an escape token at the very end of
/// the text is dropped; an unterminated quote runs to the end.
/// </summary>
internal sealed class WordsGrammar
{
    private static readonly WordsGrammar Backslash = new('\\');
    private static readonly WordsGrammar Backtick = new('`');

    public static WordsGrammar For(char escape) => escape == '`' ? Backtick : Backslash;

    private WordsGrammar(char escape)
    {
        var anyChar = Parse.AnyChar.Select(c => c.ToString());
        // Escape at the end of the text: dropped. Otherwise escape + next char, both kept.
        var escaped =
            from e in Parse.Char(escape)
            from next in anyChar.Optional()
            select next.IsDefined ? escape + next.Get() : string.Empty;

        var plain = Lexical.Run(c => !Lexical.IsSpace(c) && c != '\'' && c != '"' && c != escape, "word character");

        Parser<string> Quoted(char q)
        {
            var body = q == '\''
                ? Lexical.Run(c => c != q, "quoted text").Select(s => s)
                : Lexical.Run(c => c != q && c != escape, "quoted text").Or(escaped);
            return from open in Parse.Char(q)
                   from parts in body.Many()
                   from close in Parse.Char(q).Optional()
                   select q + string.Concat(parts) + (close.IsDefined ? q.ToString() : string.Empty);
        }

        var word = plain.Or(escaped).Or(Quoted('"')).Or(Quoted('\'')).AtLeastOnce().Select(string.Concat).Locate();
        var spaces = Lexical.Run(Lexical.IsSpace, "whitespace", 0);
        Words =
            from lead in spaces
            from words in (from w in word from s in spaces select w).Many()
            from end in Lexical.End
            select words.Where(w => w.Value.Length > 0).ToList();
    }

    /// <summary>Every word with its range in the text. Never fails on text BuildKit accepts (all text).</summary>
    public Parser<List<Located<string>>> Words { get; }
}
