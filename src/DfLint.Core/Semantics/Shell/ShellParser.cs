using System;
using System.Collections.Generic;
using System.Text;
using DfLint.Syntax;

namespace DfLint.Semantics.Shell;

/// <summary>
/// A permissive, single-pass reader for the POSIX/bash subset found in Dockerfiles. It keeps simple commands and
/// reads compound commands (if/while/for/case, subshells, groups, functions) as flat lists: their keywords and
/// parentheses are skipped and the commands inside are kept. Command substitutions (<c>$( )</c>, backticks,
/// <c>&lt;( )</c>) are read recursively up to <see cref="MaxDepth"/> and skipped beyond it. Never throws on any input.
/// </summary>
internal sealed class ShellParser
{
    /// <summary>How deep command substitutions and <c>sh -c</c> scripts are read; deeper ones are skipped.</summary>
    internal const int MaxDepth = 40;

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal)
    {
        "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh",
    };

    private readonly string _t;
    private readonly int[]? _map;
    private readonly MappedText _root;
    private readonly List<Entry> _out;
    private readonly int _baseDepth;
    private int _level;
    private int _pos;
    private Token? _peek;
    private bool _inBacktick;
    private List<Heredoc>? _heredocs;

    private ShellParser(string text, int[]? map, MappedText root, List<Entry> output, int baseDepth)
    {
        _t = text;
        _map = map;
        _root = root;
        _out = output;
        _baseDepth = baseDepth;
    }

    public static IReadOnlyList<ShellCommand> Parse(MappedText text)
    {
        var output = new List<Entry>();
        new ShellParser(text.Text, null, text, output, 0).ParseList(Term.Eof);
        // Commands are recorded when they end; nested ones end first. Order them by where they start.
        output.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Seq.CompareTo(b.Seq));
        var commands = new ShellCommand[output.Count];
        for (int i = 0; i < commands.Length; i++) commands[i] = output[i].Command;
        return commands;
    }

    private int Depth => _baseDepth + _level;

    // ---------------------------------------------------------------- lists

    private void ParseList(Term term)
    {
        var preceded = ShellOperator.None;
        bool atStart = true;
        int parens = 0;
        int caseLevel = 0;
        bool expectPattern = false;

        while (true)
        {
            if (expectPattern)
            {
                var p = Next(false);
                if (p.Kind is TokKind.Eof or TokKind.CloseBacktick) return;
                if (p.Kind == TokKind.Op && p.Op is Op.Newline or Op.Semi) continue;
                if (IsWord(p, "esac"))
                {
                    caseLevel--;
                    expectPattern = false;
                    atStart = false;
                    continue;
                }
                while (p.Kind is TokKind.Word or TokKind.Op && !(p.Kind == TokKind.Op && p.Op == Op.RParen))
                    p = Next(false);
                if (p.Kind is TokKind.Eof or TokKind.CloseBacktick) return;
                expectPattern = false;
                atStart = true;
                preceded = ShellOperator.None;
                continue;
            }

            var tok = Next(false);
            switch (tok.Kind)
            {
                case TokKind.Eof:
                case TokKind.CloseBacktick:
                    return;

                case TokKind.Op:
                    switch (tok.Op)
                    {
                        case Op.RParen:
                            if (parens > 0) parens--;
                            else if (term == Term.Paren) return;
                            atStart = false;
                            break;
                        case Op.LParen:
                            if (atStart && _pos < _t.Length && _t[_pos] == '(')
                            {
                                _pos = SkipBalancedParens(tok.Start); // (( arithmetic ))
                                atStart = false;
                            }
                            else
                            {
                                parens++;
                                atStart = true;
                            }
                            break;
                        case Op.AndIf: preceded = ShellOperator.And; atStart = true; break;
                        case Op.OrIf: preceded = ShellOperator.Or; atStart = true; break;
                        case Op.Semi: preceded = ShellOperator.Semicolon; atStart = true; break;
                        case Op.Pipe: preceded = ShellOperator.Pipe; atStart = true; break;
                        case Op.Amp: preceded = ShellOperator.Background; atStart = true; break;
                        case Op.CaseBreak:
                            preceded = ShellOperator.Semicolon;
                            atStart = true;
                            if (caseLevel > 0) expectPattern = true;
                            break;
                        case Op.Newline:
                            // `a &&\n b` continues the list: keep the operator.
                            if (!(atStart && preceded is ShellOperator.And or ShellOperator.Or or ShellOperator.Pipe))
                                preceded = ShellOperator.Newline;
                            atStart = true;
                            break;
                        default: // a redirection
                            if (atStart)
                            {
                                if (ParseSimpleCommand(tok, preceded) == SimpleResult.Emitted) preceded = ShellOperator.None;
                                atStart = false;
                            }
                            else
                            {
                                ReadRedirectionTarget(tok);
                            }
                            break;
                    }
                    break;

                case TokKind.Word:
                    if (atStart && !tok.Quoted)
                    {
                        switch (tok.Value)
                        {
                            case "if": case "then": case "elif": case "else": case "do": case "while": case "until": case "!": case "{":
                                continue;
                            case "fi": case "done": case "}":
                                atStart = false;
                                continue;
                            case "esac":
                                if (caseLevel > 0) caseLevel--;
                                atStart = false;
                                continue;
                            case "for": case "select":
                                ReadForHeader();
                                continue;
                            case "case":
                                ReadCaseHeader();
                                caseLevel++;
                                expectPattern = true;
                                continue;
                            case "function":
                                ReadFunctionHeader();
                                continue;
                        }
                    }
                    var result = ParseSimpleCommand(tok, preceded);
                    if (result == SimpleResult.Emitted) preceded = ShellOperator.None;
                    atStart = result == SimpleResult.FunctionDefinition;
                    break;
            }
        }
    }

    private void ReadForHeader()
    {
        var name = Next(false);
        if (name.Kind == TokKind.Op && name.Op == Op.LParen)
        {
            // for (( init; test; step ))
            _pos = SkipBalancedParens(name.Start);
            return;
        }
        if (name.Kind != TokKind.Word)
        {
            Push(name);
            return;
        }
        var tok = Next(false);
        while (tok.Kind == TokKind.Op && tok.Op == Op.Newline) tok = Next(false);
        if (!IsWord(tok, "in"))
        {
            Push(tok);
            return;
        }
        // The word list may hold command substitutions; reading the words records them.
        do tok = Next(false);
        while (tok.Kind == TokKind.Word);
        if (!(tok.Kind == TokKind.Op && tok.Op is Op.Semi or Op.Newline)) Push(tok);
    }

    private void ReadCaseHeader()
    {
        var subject = Next(false);
        if (subject.Kind != TokKind.Word)
        {
            Push(subject);
            return;
        }
        var tok = Next(false);
        while (tok.Kind == TokKind.Op && tok.Op == Op.Newline) tok = Next(false);
        if (!IsWord(tok, "in")) Push(tok);
    }

    private void ReadFunctionHeader()
    {
        var name = Next(false);
        if (name.Kind != TokKind.Word)
        {
            Push(name);
            return;
        }
        var tok = Next(false);
        if (tok.Kind == TokKind.Op && tok.Op == Op.LParen)
        {
            var close = Next(false);
            if (!(close.Kind == TokKind.Op && close.Op == Op.RParen)) Push(close);
            return;
        }
        Push(tok);
    }

    // ---------------------------------------------------------------- simple commands

    private SimpleResult ParseSimpleCommand(Token first, ShellOperator preceded)
    {
        var words = new List<Token>();
        var assignments = new List<Token>();
        int start = first.Start;
        int end = first.End;
        bool capture = false;
        bool testExpression = false; // inside [[ ... ]]
        var tok = first;

        while (true)
        {
            if (tok.Kind == TokKind.Word)
            {
                if (testExpression)
                {
                    words.Add(tok);
                    if (IsWord(tok, "]]")) testExpression = false;
                }
                else if (words.Count == 0 && IsAssignment(tok))
                {
                    assignments.Add(tok);
                }
                else
                {
                    words.Add(tok);
                    if (words.Count == 1 && IsWord(tok, "[[")) testExpression = true;
                    // Keep the quote-removal maps of later words in case this is `sh -c '...'` (possibly wrapped).
                    if (!capture && (Shells.Contains(ShellCommand.GetBaseName(tok.Value)) || IsWrapper(ShellCommand.GetBaseName(tok.Value))))
                        capture = true;
                }
                end = tok.End;
            }
            else if (tok.Kind == TokKind.Op && testExpression && tok.Op is Op.AndIf or Op.OrIf or Op.LParen or Op.RParen or Op.Redirect or Op.Pipe)
            {
                words.Add(new Token(TokKind.Word, Op.None, tok.Start, tok.End, _t.Substring(tok.Start, tok.End - tok.Start), true, null));
                end = tok.End;
            }
            else if (tok.Kind == TokKind.Op && tok.Op is Op.Redirect or Op.HereDoc or Op.HereDocStrip or Op.HereString)
            {
                end = Math.Max(end, ReadRedirectionTarget(tok));
            }
            else if (tok.Kind == TokKind.Op && tok.Op == Op.LParen && words.Count == 1 && assignments.Count == 0)
            {
                // name() { ...; }: a function definition, not a command.
                var close = Next(false);
                if (close.Kind == TokKind.Op && close.Op == Op.RParen) return SimpleResult.FunctionDefinition;
                Push(close);
                break;
            }
            else
            {
                Push(tok);
                break;
            }
            tok = Next(capture);
        }

        if (words.Count == 0) return SimpleResult.Nothing;
        Emit(words, assignments, start, end, preceded);
        return SimpleResult.Emitted;
    }

    /// <summary>Reads the word after a redirection operator; returns where it ends.</summary>
    private int ReadRedirectionTarget(Token op)
    {
        var target = Next(false);
        if (target.Kind != TokKind.Word)
        {
            Push(target);
            return op.End;
        }
        if (op.Op is Op.HereDoc or Op.HereDocStrip)
        {
            _heredocs ??= new List<Heredoc>();
            _heredocs.Add(new Heredoc(target.Value, op.Op == Op.HereDocStrip));
        }
        return target.End;
    }

    private void Emit(List<Token> words, List<Token> assignmentTokens, int start, int end, ShellOperator preceded)
    {
        var assignments = new List<ShellWord>();
        foreach (var a in assignmentTokens) assignments.Add(ToWord(a));
        var wrappers = new List<ShellWord>();

        int nameIndex = 0;
        List<string>? values = null;
        while (nameIndex < words.Count - 1)
        {
            string baseName = ShellCommand.GetBaseName(words[nameIndex].Value);
            if (!IsWrapper(baseName)) break;
            var envAssignments = new List<int>();
            values ??= words.ConvertAll(w => w.Value);
            int next = WrapperCommands.Skip(baseName, values, nameIndex + 1, envAssignments);
            if (next < 0 || next >= words.Count) break;
            wrappers.Add(ToWord(words[nameIndex]));
            foreach (int i in envAssignments) assignments.Add(ToWord(words[i]));
            nameIndex = next;
        }

        var name = ToWord(words[nameIndex]);
        var arguments = new ShellWord[words.Count - nameIndex - 1];
        for (int i = 0; i < arguments.Length; i++) arguments[i] = ToWord(words[nameIndex + 1 + i]);

        var command = new ShellCommand(name, arguments, Span(start, end), preceded)
        {
            Assignments = assignments.ToArray(),
            Wrappers = wrappers.ToArray(),
        };
        _out.Add(new Entry(RootIndex(start), _out.Count, command));

        if (Shells.Contains(command.BaseName)) ParseShellScriptArgument(words, nameIndex + 1);
    }

    /// <summary>For <c>sh [options] -c 'script'</c>, reads the script with spans mapped into the quoted text.</summary>
    private void ParseShellScriptArgument(List<Token> words, int first)
    {
        bool sawC = false;
        for (int i = first; i < words.Count; i++)
        {
            string a = words[i].Value;
            if (a == "--") continue;
            if (a.Length > 1 && (a[0] == '-' || a[0] == '+'))
            {
                if (a.Length > 2 && a[1] == '-')
                {
                    if (a == "--rcfile" || a == "--init-file") i++;
                    continue;
                }
                for (int k = 1; k < a.Length; k++)
                {
                    if (a[k] == 'c') sawC = true;
                    else if (a[k] == 'o' || a[k] == 'O') i++; // -o pipefail
                }
                continue;
            }
            if (!sawC) return; // sh script.sh
            var script = words[i];
            if (script.Map == null || Depth + 1 >= MaxDepth) return;
            var rootMap = new int[script.Map.Length];
            for (int k = 0; k < rootMap.Length; k++) rootMap[k] = RootIndex(script.Map[k]);
            new ShellParser(script.Value, rootMap, _root, _out, Depth + 1).ParseList(Term.Eof);
            return;
        }
    }

    private bool IsAssignment(Token tok)
    {
        int i = tok.Start;
        if (i >= tok.End) return false;
        char c = _t[i];
        if (!(c == '_' || char.IsLetter(c))) return false;
        i++;
        while (i < tok.End && (_t[i] == '_' || char.IsLetterOrDigit(_t[i]))) i++;
        if (i < tok.End && _t[i] == '=') return true;
        return i + 1 < tok.End && _t[i] == '+' && _t[i + 1] == '=';
    }

    private static bool IsWrapper(string baseName) => WrapperCommands.Names.Contains(baseName);

    private static bool IsWord(Token tok, string value) => tok.Kind == TokKind.Word && !tok.Quoted && tok.Value == value;

    // ---------------------------------------------------------------- tokens

    private void Push(Token tok) => _peek = tok;

    private Token Next(bool captureMap)
    {
        if (_peek is { } peeked)
        {
            _peek = null;
            return peeked;
        }
        SkipBlanksAndComments();
        int n = _t.Length;
        if (_pos >= n) return new Token(TokKind.Eof, Op.None, n, n, "", false, null);
        int s = _pos;
        char c = _t[s];
        char c1 = s + 1 < n ? _t[s + 1] : '\0';
        char c2 = s + 2 < n ? _t[s + 2] : '\0';
        switch (c)
        {
            case '\n':
                _pos++;
                SkipHeredocBodies();
                return OpToken(Op.Newline, s, _pos);
            case '`' when _inBacktick:
                _pos++;
                return new Token(TokKind.CloseBacktick, Op.None, s, _pos, "", false, null);
            case ';':
                if (c1 == ';') return OpToken(Op.CaseBreak, s, _pos = s + (c2 == '&' ? 3 : 2));
                if (c1 == '&') return OpToken(Op.CaseBreak, s, _pos = s + 2);
                return OpToken(Op.Semi, s, _pos = s + 1);
            case '&':
                if (c1 == '&') return OpToken(Op.AndIf, s, _pos = s + 2);
                if (c1 == '>') return OpToken(Op.Redirect, s, _pos = s + (c2 == '>' ? 3 : 2));
                return OpToken(Op.Amp, s, _pos = s + 1);
            case '|':
                if (c1 == '|') return OpToken(Op.OrIf, s, _pos = s + 2);
                return OpToken(Op.Pipe, s, _pos = s + (c1 == '&' ? 2 : 1));
            case '(':
                return OpToken(Op.LParen, s, _pos = s + 1);
            case ')':
                return OpToken(Op.RParen, s, _pos = s + 1);
            case '<':
            case '>':
                if (c1 == '(') return LexWord(s, captureMap); // process substitution
                return LexRedirection(s, s);
        }
        if (c >= '0' && c <= '9')
        {
            int j = s;
            while (j < n && _t[j] >= '0' && _t[j] <= '9') j++;
            if (j < n && (_t[j] == '<' || _t[j] == '>') && !(j + 1 < n && _t[j + 1] == '(')) return LexRedirection(s, j);
        }
        return LexWord(s, captureMap);
    }

    private Token LexRedirection(int start, int at)
    {
        int n = _t.Length;
        char c = _t[at];
        char c1 = at + 1 < n ? _t[at + 1] : '\0';
        char c2 = at + 2 < n ? _t[at + 2] : '\0';
        if (c == '<')
        {
            if (c1 == '<' && c2 == '<') return OpToken(Op.HereString, start, _pos = at + 3);
            if (c1 == '<' && c2 == '-') return OpToken(Op.HereDocStrip, start, _pos = at + 3);
            if (c1 == '<') return OpToken(Op.HereDoc, start, _pos = at + 2);
            if (c1 == '&' || c1 == '>') return OpToken(Op.Redirect, start, _pos = at + 2);
            return OpToken(Op.Redirect, start, _pos = at + 1);
        }
        if (c1 == '>' || c1 == '&' || c1 == '|') return OpToken(Op.Redirect, start, _pos = at + 2);
        return OpToken(Op.Redirect, start, _pos = at + 1);
    }

    private static Token OpToken(Op op, int start, int end) => new(TokKind.Op, op, start, end, "", false, null);

    private void SkipBlanksAndComments()
    {
        int n = _t.Length;
        while (_pos < n)
        {
            char c = _t[_pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            {
                _pos++;
            }
            else if (c == '\\' && _pos + 1 < n && _t[_pos + 1] == '\n')
            {
                _pos += 2;
            }
            else if (c == '\\' && _pos + 2 < n && _t[_pos + 1] == '\r' && _t[_pos + 2] == '\n')
            {
                _pos += 3;
            }
            else if (c == '#')
            {
                while (_pos < n && _t[_pos] != '\n') _pos++;
            }
            else
            {
                break;
            }
        }
    }

    private void SkipHeredocBodies()
    {
        if (_heredocs == null || _heredocs.Count == 0) return;
        int n = _t.Length;
        foreach (var heredoc in _heredocs)
        {
            while (_pos < n)
            {
                int lineEnd = _t.IndexOf('\n', _pos);
                if (lineEnd < 0) lineEnd = n;
                int a = _pos;
                int b = lineEnd;
                if (b > a && _t[b - 1] == '\r') b--;
                if (heredoc.StripTabs) while (a < b && _t[a] == '\t') a++;
                _pos = lineEnd < n ? lineEnd + 1 : n;
                if (b - a == heredoc.Delimiter.Length && string.CompareOrdinal(_t, a, heredoc.Delimiter, 0, b - a) == 0) break;
            }
        }
        _heredocs.Clear();
    }

    // ---------------------------------------------------------------- words

    private Token LexWord(int start, bool captureMap)
    {
        var w = new WordBuilder(captureMap);
        int n = _t.Length;
        int i = start;
        if (i + 1 < n && (_t[i] == '<' || _t[i] == '>') && _t[i + 1] == '(')
        {
            i = CommandSubstitution(i, i + 2, w);
        }
        while (i < n)
        {
            char c = _t[i];
            switch (c)
            {
                case ' ': case '\t': case '\r': case '\n': case '\f': case '\v':
                case ';': case '&': case '|': case '<': case '>': case ')':
                    goto done;
                case '(':
                    if (IsAssignmentPrefix(start, i))
                    {
                        // arr=(a b c)
                        int end = SkipBalancedParens(i);
                        w.AppendRaw(_t, i, end);
                        i = end;
                        continue;
                    }
                    goto done;
                case '`':
                    if (_inBacktick) goto done;
                    i = Backtick(i, w);
                    w.Quoted = true;
                    continue;
                case '\\':
                    w.Quoted = true;
                    if (i + 1 >= n)
                    {
                        w.Append('\\', i);
                        i++;
                    }
                    else if (_t[i + 1] == '\n')
                    {
                        i += 2;
                    }
                    else
                    {
                        w.Append(_t[i + 1], i + 1);
                        i += 2;
                    }
                    continue;
                case '\'':
                {
                    w.Quoted = true;
                    int close = _t.IndexOf('\'', i + 1);
                    if (close < 0) close = n;
                    for (int k = i + 1; k < close; k++) w.Append(_t[k], k);
                    i = Math.Min(close + 1, n);
                    continue;
                }
                case '"':
                    w.Quoted = true;
                    i = DoubleQuoted(i + 1, w);
                    continue;
                case '$':
                    i = Dollar(i, w, inDoubleQuotes: false);
                    continue;
                default:
                    w.Append(c, i);
                    i++;
                    continue;
            }
        }
        done:
        if (i == start)
        {
            // A lone metacharacter that is not an operator here (cannot normally happen): take it as a word.
            w.Append(_t[i], i);
            i++;
        }
        _pos = i;
        return new Token(TokKind.Word, Op.None, start, i, w.ToString(), w.Quoted, w.Map());
    }

    private bool IsAssignmentPrefix(int start, int paren)
    {
        if (paren - start < 2 || _t[paren - 1] != '=') return false;
        int end = paren - 1;
        if (_t[end - 1] == '+') end--;
        if (end <= start || !(_t[start] == '_' || char.IsLetter(_t[start]))) return false;
        for (int k = start + 1; k < end; k++)
        {
            if (!(_t[k] == '_' || char.IsLetterOrDigit(_t[k]))) return false;
        }
        return true;
    }

    /// <summary>Reads a double-quoted string whose content starts at <paramref name="i"/>; returns the index after the closing quote.</summary>
    private int DoubleQuoted(int i, WordBuilder w)
    {
        int n = _t.Length;
        while (i < n)
        {
            char c = _t[i];
            if (c == '"') return i + 1;
            if (c == '\\' && i + 1 < n)
            {
                char e = _t[i + 1];
                if (e == '\n')
                {
                    i += 2;
                }
                else if (e == '$' || e == '`' || e == '"' || e == '\\')
                {
                    w.Append(e, i + 1);
                    i += 2;
                }
                else
                {
                    w.Append('\\', i);
                    i++;
                }
                continue;
            }
            if (c == '$')
            {
                i = Dollar(i, w, inDoubleQuotes: true);
                continue;
            }
            if (c == '`' && !_inBacktick)
            {
                i = Backtick(i, w);
                continue;
            }
            w.Append(c, i);
            i++;
        }
        return n;
    }

    /// <summary>Reads what starts with <c>$</c> at <paramref name="i"/>; expansions are kept as written.</summary>
    private int Dollar(int i, WordBuilder w, bool inDoubleQuotes)
    {
        int n = _t.Length;
        char c1 = i + 1 < n ? _t[i + 1] : '\0';
        if (c1 == '(' && i + 2 < n && _t[i + 2] == '(')
        {
            int end = SkipBalancedParens(i + 1); // $(( arithmetic ))
            w.AppendRaw(_t, i, end);
            return end;
        }
        if (c1 == '(') return CommandSubstitution(i, i + 2, w);
        if (c1 == '{')
        {
            int end = SkipBraces(i + 1);
            w.AppendRaw(_t, i, end);
            return end;
        }
        if (c1 == '\'' && !inDoubleQuotes)
        {
            // $'ANSI-C': the common escapes only.
            w.Quoted = true;
            int k = i + 2;
            while (k < n && _t[k] != '\'')
            {
                if (_t[k] == '\\' && k + 1 < n)
                {
                    char e = _t[k + 1];
                    w.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => e }, k + 1);
                    k += 2;
                    continue;
                }
                w.Append(_t[k], k);
                k++;
            }
            return Math.Min(k + 1, n);
        }
        w.Append('$', i);
        return i + 1;
    }

    /// <summary>
    /// Reads <c>$( ... )</c> (or <c>&lt;( )</c>, <c>&gt;( )</c>) whose list starts at <paramref name="bodyStart"/>;
    /// the commands inside are recorded and the substitution is appended as written.
    /// </summary>
    private int CommandSubstitution(int start, int bodyStart, WordBuilder w)
    {
        int end;
        if (Depth + 1 >= MaxDepth)
        {
            end = SkipBalancedParens(bodyStart - 1);
        }
        else
        {
            var saved = SaveState();
            _pos = bodyStart;
            _inBacktick = false;
            _heredocs = null;
            _level++;
            ParseList(Term.Paren);
            _level--;
            end = _pos;
            RestoreState(saved);
        }
        w.AppendRaw(_t, start, end);
        return end;
    }

    private int Backtick(int start, WordBuilder w)
    {
        int end;
        int n = _t.Length;
        if (Depth + 1 >= MaxDepth)
        {
            end = start + 1;
            while (end < n && _t[end] != '`') end += _t[end] == '\\' ? 2 : 1;
            end = Math.Min(end + 1, n);
        }
        else
        {
            var saved = SaveState();
            _pos = start + 1;
            _inBacktick = true;
            _heredocs = null;
            _level++;
            ParseList(Term.Backtick);
            _level--;
            end = _pos;
            RestoreState(saved);
        }
        w.AppendRaw(_t, start, end);
        return end;
    }

    private State SaveState() => new(_peek, _inBacktick, _heredocs);

    private void RestoreState(State state)
    {
        _peek = state.Peek;
        _inBacktick = state.InBacktick;
        _heredocs = state.Heredocs;
    }

    /// <summary>From an opening parenthesis at <paramref name="open"/>, the index after its match (or the end), minding quotes.</summary>
    private int SkipBalancedParens(int open) => SkipBalanced(open, '(', ')');

    /// <summary>From the <c>{</c> of <c>${</c> at <paramref name="open"/>, the index after its matching brace.</summary>
    private int SkipBraces(int open) => SkipBalanced(open, '{', '}');

    /// <summary>From an opening bracket at <paramref name="open"/>, the index after its match (or the end), minding quotes and escapes.</summary>
    private int SkipBalanced(int open, char opening, char closing)
    {
        int n = _t.Length;
        int depth = 0;
        for (int i = open; i < n; i++)
        {
            char c = _t[i];
            if (c == opening)
            {
                depth++;
            }
            else if (c == closing)
            {
                if (--depth == 0) return i + 1;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '\'')
            {
                int close = _t.IndexOf('\'', i + 1);
                if (close < 0) return n;
                i = close;
            }
            else if (c == '"')
            {
                i = SkipDoubleQuoted(i + 1) - 1;
            }
        }
        return n;
    }

    private int SkipDoubleQuoted(int i)
    {
        int n = _t.Length;
        while (i < n)
        {
            if (_t[i] == '\\') i += 2;
            else if (_t[i] == '"') return i + 1;
            else i++;
        }
        return n;
    }

    // ---------------------------------------------------------------- spans

    private int RootIndex(int i)
    {
        if (_map == null) return i;
        if (i < _map.Length) return _map[Math.Max(0, i)];
        return _map.Length == 0 ? 0 : _map[_map.Length - 1] + 1;
    }

    private SourceSpan Span(int start, int end)
    {
        if (end <= start) return new SourceSpan(_root.ToFileOffset(RootIndex(start)), 0);
        int first = _root.ToFileOffset(RootIndex(start));
        int last = _root.ToFileOffset(RootIndex(end - 1));
        return SourceSpan.FromBounds(first, last + 1);
    }

    private ShellWord ToWord(Token tok) => new(tok.Value, _t.Substring(tok.Start, tok.End - tok.Start), Span(tok.Start, tok.End));

    // ---------------------------------------------------------------- types

    private enum Term
    {
        Eof,
        Paren,
        Backtick,
    }

    private enum TokKind
    {
        Eof,
        Word,
        Op,
        CloseBacktick,
    }

    private enum Op
    {
        None,
        AndIf,
        OrIf,
        Semi,
        CaseBreak,
        Pipe,
        Amp,
        Newline,
        LParen,
        RParen,
        Redirect,
        HereDoc,
        HereDocStrip,
        HereString,
    }

    private enum SimpleResult
    {
        Nothing,
        Emitted,
        FunctionDefinition,
    }

    private sealed class Token
    {
        public Token(TokKind kind, Op op, int start, int end, string value, bool quoted, int[]? map)
        {
            Kind = kind;
            Op = op;
            Start = start;
            End = end;
            Value = value;
            Quoted = quoted;
            Map = map;
        }

        public TokKind Kind { get; }
        public Op Op { get; }
        public int Start { get; }
        public int End { get; }

        /// <summary>For a word: the value after quote removal.</summary>
        public string Value { get; }

        /// <summary>For a word: it contains quotes, escapes or a backtick substitution (so it is never a keyword).</summary>
        public bool Quoted { get; }

        /// <summary>When asked for: the text index each character of <see cref="Value"/> came from.</summary>
        public int[]? Map { get; }
    }

    private sealed class WordBuilder
    {
        private readonly StringBuilder _value = new();
        private readonly List<int>? _map;

        public WordBuilder(bool captureMap)
        {
            if (captureMap) _map = new List<int>();
        }

        public bool Quoted { get; set; }

        public void Append(char c, int source)
        {
            _value.Append(c);
            _map?.Add(source);
        }

        public void AppendRaw(string text, int start, int end)
        {
            _value.Append(text, start, end - start);
            if (_map != null) for (int k = start; k < end; k++) _map.Add(k);
        }

        public int[]? Map() => _map?.ToArray();

        public override string ToString() => _value.ToString();
    }

    private readonly struct Heredoc
    {
        public Heredoc(string delimiter, bool stripTabs)
        {
            Delimiter = delimiter;
            StripTabs = stripTabs;
        }

        public string Delimiter { get; }
        public bool StripTabs { get; }
    }

    private readonly struct State
    {
        public State(Token? peek, bool inBacktick, List<Heredoc>? heredocs)
        {
            Peek = peek;
            InBacktick = inBacktick;
            Heredocs = heredocs;
        }

        public Token? Peek { get; }
        public bool InBacktick { get; }
        public List<Heredoc>? Heredocs { get; }
    }

    private sealed class Entry
    {
        public Entry(int key, int seq, ShellCommand command)
        {
            Key = key;
            Seq = seq;
            Command = command;
        }

        public int Key { get; }
        public int Seq { get; }
        public ShellCommand Command { get; }
    }
}
