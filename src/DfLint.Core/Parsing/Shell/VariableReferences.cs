// Finds variable references without expanding them. The scanning follows BuildKit's shell lexer
// (moby/buildkit, frontend/dockerfile/shell/lex.go, Apache-2.0): the same escape, quote and name
// rules, so a reference is reported exactly where BuildKit would look a variable up.
using System;
using System.Collections.Generic;

namespace DfLint.Parsing.Shell;

/// <summary>
/// One <c>$name</c> or <c>${name...}</c> in a word.
/// </summary>
/// <param name="Start">UTF-16 offset of the <c>$</c> in the word.</param>
/// <param name="Length">Length up to and including the name or the closing <c>}</c>.</param>
/// <param name="Name">The name: letters/digits/<c>_</c>, a run of digits (positional), or one special
/// parameter character (<c>@ * # ? - $ ! 0</c>). Empty for <c>${.}</c>-like text.</param>
/// <param name="Braced">True for <c>${...}</c>.</param>
/// <param name="Modifier">The operator after the name: <c>:- - :+ + :? ? # ## % %% / //</c>, or an
/// unsupported one as BuildKit would name it in its error (<c>=</c>, <c>:=</c>, <c>:#</c>...). Null when none.</param>
/// <param name="Operand">The raw text after the modifier up to the closing <c>}</c> (for <c>/</c> and
/// <c>//</c>: <c>pattern/replacement</c>). Null when there is no modifier.</param>
/// <param name="Nested">References inside the operand.</param>
public sealed record VariableReference(int Start, int Length, string Name, bool Braced, string? Modifier, string? Operand, IReadOnlyList<VariableReference> Nested)
{
    /// <summary>True for the operators BuildKit supports.</summary>
    public bool IsSupportedModifier => Modifier is null || Array.IndexOf(SupportedModifiers, Modifier) >= 0;

    private static readonly string[] SupportedModifiers =
        { ":-", "-", ":+", "+", ":?", "?", "#", "##", "%", "%%", "/", "//" };
}

public static class VariableReferences
{
    /// <summary>
    /// The references in <paramref name="word"/>, in order, as BuildKit's lexer would see them
    /// (escaped <c>$</c> and single-quoted text are skipped). Malformed <c>${</c> expressions that
    /// BuildKit rejects (no closing brace, <c>${}</c>, <c>${:</c>) are not reported; references
    /// nested inside an unterminated one are reported at the enclosing level. Never throws; linear time.
    /// </summary>
    public static IReadOnlyList<VariableReference> Find(string word, char escapeToken) =>
        Find(word, escapeToken, skipProcessQuotes: false);

    /// <summary>As <see cref="Find(string, char)"/>; <paramref name="skipProcessQuotes"/> as BuildKit's option of that name (heredoc bodies).</summary>
    public static IReadOnlyList<VariableReference> Find(string word, char escapeToken, bool skipProcessQuotes)
    {
        if (string.IsNullOrEmpty(word) || word.IndexOf('$') < 0)
        {
            return Array.Empty<VariableReference>();
        }

        var finder = new Finder(word, escapeToken, skipProcessQuotes);
        var output = new List<VariableReference>();
        finder.ScanUntil(RuneScanner.Eof, 0, output);
        return output;
    }

    private sealed class Finder
    {
        private readonly string _word;
        private readonly char _escape;
        private readonly bool _skipQuotes;
        private readonly RuneScanner _scanner;

        public Finder(string word, char escape, bool skipQuotes)
        {
            _word = word;
            _escape = escape;
            _skipQuotes = skipQuotes;
            _scanner = new RuneScanner(word);
        }

        /// <summary>Like processStopOn. Returns true when <paramref name="stopChar"/> was found (and consumed).</summary>
        public bool ScanUntil(int stopChar, int depth, List<VariableReference> output)
        {
            while (_scanner.Peek() != RuneScanner.Eof)
            {
                int ch = _scanner.Peek();
                if (stopChar != RuneScanner.Eof && ch == stopChar)
                {
                    _scanner.Next();
                    return true;
                }

                if (ch == '$')
                {
                    ScanDollar(depth, output);
                }
                else if (ch == '\'' && !_skipQuotes)
                {
                    _scanner.Next();
                    int c;
                    do
                    {
                        c = _scanner.Next();
                    }
                    while (c != RuneScanner.Eof && c != '\'');
                }
                else if (ch == '"' && !_skipQuotes)
                {
                    ScanDoubleQuote(depth, output);
                }
                else
                {
                    _scanner.Next();
                    if (ch == _escape && _scanner.Next() == RuneScanner.Eof)
                    {
                        break;
                    }
                }
            }

            return stopChar == RuneScanner.Eof;
        }

        private void ScanDoubleQuote(int depth, List<VariableReference> output)
        {
            _scanner.Next();
            while (true)
            {
                int peek = _scanner.Peek();
                if (peek == RuneScanner.Eof)
                {
                    return;
                }

                if (peek == '"')
                {
                    _scanner.Next();
                    return;
                }

                if (peek == '$')
                {
                    ScanDollar(depth, output);
                    continue;
                }

                int ch = _scanner.Next();
                if (ch == _escape)
                {
                    int next = _scanner.Peek();
                    if (next == '"' || next == '$' || next == _escape)
                    {
                        _scanner.Next();
                    }
                }
            }
        }

        private void ScanDollar(int depth, List<VariableReference> output)
        {
            int start = _scanner.Position;
            _scanner.Next();
            if (_scanner.Peek() != '{')
            {
                string plain = ShellNames.ReadName(_scanner);
                if (plain.Length > 0)
                {
                    output.Add(new VariableReference(start, _scanner.Position - start, plain, false, null, null,
                        Array.Empty<VariableReference>()));
                }

                return;
            }

            _scanner.Next();
            int first = _scanner.Peek();
            if (first == RuneScanner.Eof || first == '{' || first == '}' || first == ':')
            {
                // Bad substitution or missing '}': not a reference; the rest is scanned as text.
                return;
            }

            string name = ShellNames.ReadName(_scanner);
            int ch = _scanner.Next();
            if (ch == '}')
            {
                output.Add(new VariableReference(start, _scanner.Position - start, name, true, null, null,
                    Array.Empty<VariableReference>()));
                return;
            }

            if (ch == RuneScanner.Eof)
            {
                return;
            }

            if (depth + 1 >= ShellLexer.MaxNestingDepth)
            {
                // Too deep: BuildKit's port reports an error here; the rest is scanned as text.
                return;
            }

            string modifier = GoText.RuneToString(ch);
            if (ch == ':')
            {
                int next = _scanner.Next();
                if (next == RuneScanner.Eof)
                {
                    return;
                }

                modifier += GoText.RuneToString(next);
            }
            else if ((ch == '#' || ch == '%' || ch == '/') && _scanner.Peek() == ch)
            {
                _scanner.Next();
                modifier += GoText.RuneToString(ch);
            }

            int operandStart = _scanner.Position;
            var nested = new List<VariableReference>();
            bool closed;
            if (ch == '/')
            {
                closed = ScanUntil('/', depth + 1, nested) && ScanUntil('}', depth + 1, nested);
            }
            else
            {
                closed = ScanUntil('}', depth + 1, nested);
            }

            if (!closed)
            {
                // BuildKit fails with "missing '}'"; keep what was found inside.
                output.AddRange(nested);
                return;
            }

            int end = _scanner.Position;
            string operand = _word.Substring(operandStart, end - 1 - operandStart);
            output.Add(new VariableReference(start, end - start, name, true, modifier, operand, nested));
        }
    }
}
