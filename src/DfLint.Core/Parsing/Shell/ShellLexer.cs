// Ported from moby/buildkit (Apache-2.0), frontend/dockerfile/shell/lex.go (type Lex and shellWord).
// Behaviour is kept as in the Go code, including its quirks; departures are marked "DfLint:".
//
// Finding on the "suspected bug" (research/buildkit.md 1.12): it is real in the current Go code.
// shellWord keeps one strings.Builder (wordsBuffer) for the word being split, shared by every
// nested processStopOn call, and processStopOn calls sw.wordsBuffer.Reset() when it starts. A
// modifier expression (${v:-w}, ${v-w}, ${v+w}, ${v?w}, ${v#p}, ${v%p}, ${v/p/r}, ...) runs a
// nested processStopOn, so the text of the current, unfinished word that came before it is lost
// from the ProcessWords result: "8${P:-0}" splits to ["0"], not ["80"]. Plain $v and ${v} do not
// call processStopOn and are not affected, and neither is the single string of ProcessWord.
// This port reproduces it (WordsState below shares one StringBuilder the same way), because the
// goal is to report what BuildKit does, e.g. for EXPOSE.
using System;
using System.Collections.Generic;
using System.Text;

namespace DfLint.Parsing.Shell;

/// <summary>
/// BuildKit's shell lexer: quote removal, escapes and <c>$var</c>/<c>${var...}</c> expansion for
/// Dockerfile words. Immutable and safe to share; never throws.
/// </summary>
public sealed class ShellLexer
{
    /// <summary>
    /// DfLint: BuildKit has no limit. Deeper nesting of <c>${...}</c> modifier expressions is
    /// reported as an error so that hostile input cannot exhaust the stack.
    /// </summary>
    public const int MaxNestingDepth = 64;

    public ShellLexer(char escapeToken = '\\')
    {
        EscapeToken = escapeToken;
    }

    public char EscapeToken { get; }

    /// <summary>Keep quote characters in the output.</summary>
    public bool RawQuotes { get; init; }

    /// <summary>Keep escape characters in the output.</summary>
    public bool RawEscapes { get; init; }

    /// <summary>Leave <c>$VAR</c>/<c>${VAR...}</c> text as is when VAR is unset.</summary>
    public bool SkipUnsetEnv { get; init; }

    /// <summary>Treat quotes as ordinary characters (BuildKit uses this for heredoc bodies).</summary>
    public bool SkipProcessQuotes { get; init; }

    /// <summary>
    /// Go <c>ProcessWordWithMatches</c>: the expanded word and the variable names that were looked
    /// up and found (<c>Matched</c>) or not found (<c>Unmatched</c>), in first-use order.
    /// Names are looked up with <paramref name="env"/>'s own <c>TryGetValue</c>; pass an ordinal
    /// dictionary for Linux semantics (case-sensitive names).
    /// </summary>
    public ExpansionResult ProcessWord(string word, IReadOnlyDictionary<string, string> env)
    {
        var state = new ShellWord(this, word ?? string.Empty, env, capture: true);
        string? value = state.Process(out _, out string? error);
        return new ExpansionResult(value ?? string.Empty, state.Matched, state.Unmatched, error)
        {
            WrappedError = Wrap(word, error),
        };
    }

    /// <summary>Go <c>ProcessWords</c>: expansion followed by word splitting on unquoted whitespace.</summary>
    public WordsResult ProcessWords(string word, IReadOnlyDictionary<string, string> env)
    {
        var state = new ShellWord(this, word ?? string.Empty, env, capture: false);
        state.Process(out List<string> words, out string? error);
        return new WordsResult(error is null ? words : Array.Empty<string>(), error)
        {
            WrappedError = Wrap(word, error),
        };
    }

    // Go shellWord.process: errors.Wrapf(err, "failed to process %q", source).
    private static string? Wrap(string? word, string? error) =>
        error is null ? null : "failed to process " + GoText.Quote(word ?? string.Empty) + ": " + error;

    /// <summary>
    /// Go <c>EnvsFromSlice</c>/<c>BuildEnvs</c>: <c>KEY=VALUE</c> entries; an entry without <c>=</c>
    /// maps to an empty value; the last duplicate wins. Keys are case-sensitive.
    /// </summary>
    public static IReadOnlyDictionary<string, string> EnvFromList(IEnumerable<string> entries)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string e in entries)
        {
            int i = e.IndexOf('=');
            if (i < 0)
            {
                env[e] = string.Empty;
            }
            else
            {
                env[e.Substring(0, i)] = e.Substring(i + 1);
            }
        }

        return env;
    }

    /// <summary>The state of one call: Go's <c>shellWord</c>.</summary>
    private sealed class ShellWord
    {
        private readonly ShellLexer _lex;
        private readonly IReadOnlyDictionary<string, string> _env;
        private readonly bool _capture;
        private readonly RuneScanner _scanner;

        // Shared by every nested ProcessStopOn call, exactly like Go's sw.wordsBuffer.
        private readonly StringBuilder _wordsBuffer = new();
        private readonly List<string> _matched = new();
        private readonly List<string> _unmatched = new();
        private HashSet<string>? _matchedSet;
        private HashSet<string>? _unmatchedSet;
        private bool _rawEscapes;
        private int _depth;

        public ShellWord(ShellLexer lex, string source, IReadOnlyDictionary<string, string>? env, bool capture)
        {
            _lex = lex;
            _env = env ?? EmptyEnv;
            _capture = capture;
            _rawEscapes = lex.RawEscapes;
            _scanner = new RuneScanner(source);
        }

        private static readonly IReadOnlyDictionary<string, string> EmptyEnv = new Dictionary<string, string>();

        public IReadOnlyCollection<string> Matched => _matched;

        public IReadOnlyCollection<string> Unmatched => _unmatched;

        /// <summary>Go <c>shellWord.process</c>. Returns null and sets <paramref name="error"/> on failure.</summary>
        public string? Process(out List<string> words, out string? error)
        {
            string? result = ProcessStopOn(RuneScanner.Eof, _rawEscapes, out words, out error);
            return result;
        }

        private string? ProcessStopOn(int stopChar, bool rawEscapes, out List<string> wordList, out string? error)
        {
            wordList = new List<string>();
            if (_depth >= MaxNestingDepth)
            {
                error = "syntax error: ${} expressions nested deeper than " + MaxNestingDepth + " levels";
                return null;
            }

            bool savedRawEscapes = _rawEscapes;
            _rawEscapes = rawEscapes;
            _depth++;
            try
            {
                return ProcessStopOnCore(stopChar, wordList, out error);
            }
            finally
            {
                _depth--;
                _rawEscapes = savedRawEscapes;
            }
        }

        private string? ProcessStopOnCore(int stopChar, List<string> wordList, out string? error)
        {
            error = null;
            var result = new StringBuilder();
            _wordsBuffer.Clear();
            var words = new WordsState(_wordsBuffer, wordList);
            char escape = _lex.EscapeToken;

            while (_scanner.Peek() != RuneScanner.Eof)
            {
                int ch = _scanner.Peek();
                if (stopChar != RuneScanner.Eof && ch == stopChar)
                {
                    _scanner.Next();
                    words.GetWords();
                    return result.ToString();
                }

                bool special = ch == '$' || (!_lex.SkipProcessQuotes && (ch == '\'' || ch == '"'));
                if (special)
                {
                    string? tmp = ch == '$' ? ProcessDollar(out error)
                        : ch == '\'' ? ProcessSingleQuote(out error)
                        : ProcessDoubleQuote(out error);
                    if (tmp is null)
                    {
                        wordList.Clear();
                        return null;
                    }

                    result.Append(tmp);
                    if (ch == '$')
                    {
                        words.AddString(tmp);
                    }
                    else
                    {
                        words.AddRawString(tmp);
                    }

                    continue;
                }

                ch = _scanner.Next();
                if (ch == escape)
                {
                    if (_rawEscapes)
                    {
                        words.AddRawChar(ch);
                        GoText.AppendRune(result, ch);
                    }

                    // The escape token escapes the next character, except at the end of the word.
                    ch = _scanner.Next();
                    if (ch == RuneScanner.Eof)
                    {
                        break;
                    }

                    words.AddRawChar(ch);
                }
                else
                {
                    words.AddChar(ch);
                }

                GoText.AppendRune(result, ch);
            }

            if (stopChar != RuneScanner.Eof)
            {
                wordList.Clear();
                error = "unexpected end of statement while looking for matching " + GoText.RuneToString(stopChar);
                return null;
            }

            words.GetWords();
            return result.ToString();
        }

        private string? ProcessSingleQuote(out string? error)
        {
            // Everything between single quotes is literal; a single quote cannot be escaped.
            error = null;
            var result = new StringBuilder();
            int ch = _scanner.Next();
            if (_lex.RawQuotes)
            {
                GoText.AppendRune(result, ch);
            }

            while (true)
            {
                ch = _scanner.Next();
                if (ch == RuneScanner.Eof)
                {
                    error = "unexpected end of statement while looking for matching single-quote";
                    return null;
                }

                if (ch == '\'')
                {
                    if (_lex.RawQuotes)
                    {
                        GoText.AppendRune(result, ch);
                    }

                    return result.ToString();
                }

                GoText.AppendRune(result, ch);
            }
        }

        private string? ProcessDoubleQuote(out string? error)
        {
            // Literal except '$'; the escape token escapes only '"', '$' and itself.
            error = null;
            var result = new StringBuilder();
            int ch = _scanner.Next();
            if (_lex.RawQuotes)
            {
                GoText.AppendRune(result, ch);
            }

            char escape = _lex.EscapeToken;
            while (true)
            {
                int peek = _scanner.Peek();
                if (peek == RuneScanner.Eof)
                {
                    error = "unexpected end of statement while looking for matching double-quote";
                    return null;
                }

                if (peek == '"')
                {
                    ch = _scanner.Next();
                    if (_lex.RawQuotes)
                    {
                        GoText.AppendRune(result, ch);
                    }

                    return result.ToString();
                }

                if (peek == '$')
                {
                    string? value = ProcessDollar(out error);
                    if (value is null)
                    {
                        return null;
                    }

                    result.Append(value);
                    continue;
                }

                ch = _scanner.Next();
                if (ch == escape)
                {
                    if (_rawEscapes)
                    {
                        GoText.AppendRune(result, ch);
                    }

                    int next = _scanner.Peek();
                    if (next == RuneScanner.Eof)
                    {
                        // The escape at the end of the word is dropped (then the quote is unterminated).
                        continue;
                    }

                    if (next == '"' || next == '$' || next == escape)
                    {
                        ch = _scanner.Next();
                    }

                    // Go quirk kept: with raw escapes, an escape before any other character is written twice.
                }

                GoText.AppendRune(result, ch);
            }
        }

        private string? ProcessDollar(out string? error)
        {
            error = null;
            _scanner.Next();

            // $xxx
            if (_scanner.Peek() != '{')
            {
                string plainName = ProcessName();
                if (plainName.Length == 0)
                {
                    return "$";
                }

                bool found = GetEnv(plainName, out string plainValue);
                if (!found && _lex.SkipUnsetEnv)
                {
                    return "$" + plainName;
                }

                return plainValue;
            }

            _scanner.Next();
            switch (_scanner.Peek())
            {
                case RuneScanner.Eof:
                    error = "syntax error: missing '}'";
                    return null;
                case '{':
                case '}':
                case ':':
                    error = "syntax error: bad substitution";
                    return null;
            }

            string name = ProcessName();
            int ch = _scanner.Next();
            string chs = GoText.RuneToString(ch);
            bool nullIsUnset = false;

            switch (ch)
            {
                case '}':
                {
                    bool set = GetEnv(name, out string value);
                    if (!set && _lex.SkipUnsetEnv)
                    {
                        return "${" + name + "}";
                    }

                    return value;
                }

                case ':':
                case '+':
                case '-':
                case '?':
                case '#':
                case '%':
                {
                    if (ch == ':')
                    {
                        // Go: nullIsUnset, read the next rune, then fall through into the modifier case.
                        nullIsUnset = true;
                        ch = _scanner.Next();
                        chs += GoText.RuneToString(ch);
                    }

                    bool patternEscapes = ch == '#' || ch == '%';
                    if (nullIsUnset && patternEscapes)
                    {
                        error = "unsupported modifier (" + chs + ") in substitution";
                        return null;
                    }

                    string? word = ProcessStopOn('}', patternEscapes, out _, out error);
                    if (word is null)
                    {
                        if (_scanner.Peek() == RuneScanner.Eof)
                        {
                            error = "syntax error: missing '}'";
                        }

                        return null;
                    }

                    bool set = GetEnv(name, out string value);
                    if (_lex.SkipUnsetEnv && !set)
                    {
                        return "${" + name + chs + word + "}";
                    }

                    switch (ch)
                    {
                        case '-':
                            return !set || (nullIsUnset && value.Length == 0) ? word : value;
                        case '+':
                            return !set || (nullIsUnset && value.Length == 0) ? string.Empty : word;
                        case '?':
                            if (!set)
                            {
                                error = name + ": " + (word.Length != 0 ? word : "is not allowed to be unset");
                                return null;
                            }

                            if (nullIsUnset && value.Length == 0)
                            {
                                error = name + ": " + (word.Length != 0 ? word : "is not allowed to be empty");
                                return null;
                            }

                            return value;
                        case '%':
                        case '#':
                        {
                            // %/# remove the shortest match, %%/## the longest.
                            bool greedy = false;
                            if (word.Length > 0 && word[0] == ch)
                            {
                                greedy = true;
                                word = word.Substring(1);
                            }

                            return ch == '%'
                                ? ShellPattern.TrimSuffix(word, value, greedy, out error)
                                : ShellPattern.TrimPrefix(word, value, greedy, out error);
                        }

                        default:
                            error = "unsupported modifier (" + chs + ") in substitution";
                            return null;
                    }
                }

                case '/':
                {
                    bool replaceAll = _scanner.Peek() == '/';
                    if (replaceAll)
                    {
                        _scanner.Next();
                    }

                    string? pattern = ProcessStopOn('/', true, out _, out error);
                    if (pattern is null)
                    {
                        if (_scanner.Peek() == RuneScanner.Eof)
                        {
                            error = "syntax error: missing '/' in ${}";
                        }

                        return null;
                    }

                    string? replacement = ProcessStopOn('}', true, out _, out error);
                    if (replacement is null)
                    {
                        if (_scanner.Peek() == RuneScanner.Eof)
                        {
                            error = "syntax error: missing '}'";
                        }

                        return null;
                    }

                    bool set = GetEnv(name, out string value);
                    if (_lex.SkipUnsetEnv && !set)
                    {
                        return "${" + name + "/" + pattern + "/" + replacement + "}";
                    }

                    ShellPattern? re = ShellPattern.Compile(pattern, greedy: true, anchored: false, out string? patternError);
                    if (re is null)
                    {
                        error = "invalid pattern (" + pattern + ") in substitution: " + patternError;
                        return null;
                    }

                    return replaceAll ? re.ReplaceAll(value, replacement) : re.ReplaceFirst(value, replacement);
                }

                default:
                    error = "unsupported modifier (" + chs + ") in substitution";
                    return null;
            }
        }

        /// <summary>
        /// Go <c>processName</c>: a run of digits (positional parameter), one special parameter
        /// character, or letters, digits and underscores.
        /// </summary>
        private string ProcessName() => ShellNames.ReadName(_scanner);

        private bool GetEnv(string name, out string value)
        {
            if (_env.TryGetValue(name, out string? found))
            {
                if (_capture)
                {
                    _matchedSet ??= new HashSet<string>(StringComparer.Ordinal);
                    if (_matchedSet.Add(name))
                    {
                        _matched.Add(name);
                    }
                }

                value = found ?? string.Empty;
                return true;
            }

            if (_capture)
            {
                _unmatchedSet ??= new HashSet<string>(StringComparer.Ordinal);
                if (_unmatchedSet.Add(name))
                {
                    _unmatched.Add(name);
                }
            }

            value = string.Empty;
            return false;
        }
    }

    /// <summary>Go's <c>wordsStruct</c>, writing into the shared buffer.</summary>
    private sealed class WordsState
    {
        private readonly StringBuilder _buf;
        private readonly List<string> _words;
        private bool _inWord;

        public WordsState(StringBuilder buf, List<string> words)
        {
            _buf = buf;
            _words = words;
        }

        public void AddChar(int ch)
        {
            bool space = GoText.IsSpace(ch);
            if (space && _inWord)
            {
                if (_buf.Length != 0)
                {
                    _words.Add(_buf.ToString());
                    _buf.Clear();
                    _inWord = false;
                }
            }
            else if (!space)
            {
                AddRawChar(ch);
            }
        }

        public void AddRawChar(int ch)
        {
            GoText.AppendRune(_buf, ch);
            _inWord = true;
        }

        public void AddString(string s)
        {
            for (int i = 0; i < s.Length;)
            {
                AddChar(GoText.CodePointAt(s, i, out int width));
                i += width;
            }
        }

        public void AddRawString(string s)
        {
            _buf.Append(s);
            _inWord = true;
        }

        public void GetWords()
        {
            if (_buf.Length > 0)
            {
                _words.Add(_buf.ToString());
                _buf.Clear();
                _inWord = false;
            }
        }
    }
}

/// <summary>The result of <see cref="ShellLexer.ProcessWord"/>.</summary>
/// <param name="Value">The expanded word; empty when <paramref name="Error"/> is set.</param>
/// <param name="Matched">Variables looked up and found, in first-use order.</param>
/// <param name="Unmatched">Variables looked up and not found, in first-use order (feeds UndefinedVar-style checks).</param>
/// <param name="Error">BuildKit's error text (e.g. <c>syntax error: missing '}'</c>), or null.</param>
public sealed record ExpansionResult(string Value, IReadOnlyCollection<string> Matched, IReadOnlyCollection<string> Unmatched, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>The error as BuildKit prints it: <c>failed to process "&lt;word&gt;": &lt;Error&gt;</c>.</summary>
    public string? WrappedError { get; init; }
}

/// <summary>The result of <see cref="ShellLexer.ProcessWords"/>.</summary>
/// <param name="Words">The words; empty when <paramref name="Error"/> is set.</param>
/// <param name="Error">BuildKit's error text, or null.</param>
public sealed record WordsResult(IReadOnlyList<string> Words, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>The error as BuildKit prints it: <c>failed to process "&lt;word&gt;": &lt;Error&gt;</c>.</summary>
    public string? WrappedError { get; init; }
}

/// <summary>Go's <c>processName</c>/<c>isSpecialParam</c>, shared by the lexer and <see cref="VariableReferences"/>.</summary>
internal static class ShellNames
{
    public static bool IsSpecialParam(int ch)
    {
        switch (ch)
        {
            case '@':
            case '*':
            case '#':
            case '?':
            case '-':
            case '$':
            case '!':
            case '0':
                return true;
            default:
                return false;
        }
    }

    public static string ReadName(RuneScanner scanner)
    {
        var name = new StringBuilder();
        while (scanner.Peek() != RuneScanner.Eof)
        {
            int ch = scanner.Peek();
            if (name.Length == 0 && GoText.IsDigit(ch))
            {
                while (scanner.Peek() != RuneScanner.Eof && GoText.IsDigit(scanner.Peek()))
                {
                    GoText.AppendRune(name, scanner.Next());
                }

                return name.ToString();
            }

            if (name.Length == 0 && IsSpecialParam(ch))
            {
                return GoText.RuneToString(scanner.Next());
            }

            if (!GoText.IsLetter(ch) && !GoText.IsDigit(ch) && ch != '_')
            {
                break;
            }

            GoText.AppendRune(name, scanner.Next());
        }

        return name.ToString();
    }
}
