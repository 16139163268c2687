// Ported from moby/buildkit (Apache-2.0), frontend/dockerfile/shell/lex.go:
// convertShellPatternToRegex, reversePattern, reverseString, trimPrefix, trimSuffix, and the
// parts of Go's regexp package (leftmost-first matching, ReplaceAllString, Expand) that the
// lexer relies on.
//
// BuildKit turns a glob into a Go regular expression. The only constructs it can produce are
// literal runes, '.' (any rune but '\n'), '.*' / '.*?' and a leading '^'. Instead of handing that
// text to .NET's backtracking Regex (which differs from RE2 on runes outside the BMP and can take
// super-linear time), the pattern is compiled to a token list and run by a small Pike VM with
// the same leftmost-first priorities as Go's regexp: O(text x pattern), no recursion.
using System;
using System.Collections.Generic;
using System.Text;

namespace DfLint.Parsing.Shell;

internal sealed class ShellPattern
{
    private const int Any = -2;
    private const int Star = -3;

    private readonly int[] _tokens;
    private readonly bool _greedy;
    private readonly bool _anchored;

    private ShellPattern(int[] tokens, bool greedy, bool anchored, string regexText)
    {
        _tokens = tokens;
        _greedy = greedy;
        _anchored = anchored;
        RegexText = regexText;
    }

    /// <summary>The Go regular expression BuildKit would compile (for tests and messages).</summary>
    public string RegexText { get; }

    /// <summary>Go <c>convertShellPatternToRegex</c>. <paramref name="error"/> is Go's message on failure.</summary>
    public static ShellPattern? Compile(string pattern, bool greedy, bool anchored, out string? error)
    {
        error = null;
        var scanner = new RuneScanner(pattern);
        var tokens = new List<int>(pattern.Length);
        var text = new StringBuilder(pattern.Length + 4);
        if (anchored)
        {
            text.Append('^');
        }

        string starPattern = greedy ? ".*" : ".*?";
        for (int tok = scanner.Next(); tok != RuneScanner.Eof; tok = scanner.Next())
        {
            switch (tok)
            {
                case '*':
                    text.Append(starPattern);
                    tokens.Add(Star);
                    continue;
                case '?':
                    text.Append('.');
                    tokens.Add(Any);
                    continue;
                case '\\':
                    // '}' and '/' are escaped inside ${}, but the escape is not part of the pattern.
                    int peek = scanner.Peek();
                    if (peek == '}' || peek == '/')
                    {
                        continue;
                    }

                    text.Append('\\');
                    tok = scanner.Next();
                    if (tok != '*' && tok != '?' && tok != '\\')
                    {
                        error = "invalid escape '\\" + GoText.RuneToString(tok) + "'";
                        return null;
                    }

                    break;
                case '[':
                case ']':
                case '{':
                case '}':
                case '.':
                case '+':
                case '(':
                case ')':
                case '|':
                case '^':
                case '$':
                    text.Append('\\');
                    break;
            }

            GoText.AppendRune(text, tok);
            tokens.Add(tok);
        }

        return new ShellPattern(tokens.ToArray(), greedy, anchored, text.ToString());
    }

    /// <summary>Go <c>reversePattern</c>: reverses runes but keeps each <c>\x</c> pair in order.</summary>
    public static string ReversePattern(string pattern)
    {
        int[] runes = GoText.ToRunes(pattern);
        var output = new int[runes.Length];
        int lastIdx = runes.Length - 1;
        for (int i = 0; i <= lastIdx;)
        {
            int tok = runes[i];
            int outIdx = lastIdx - i;
            if (tok == '\\' && i != lastIdx)
            {
                output[outIdx - 1] = tok;
                output[outIdx] = runes[i + 1];
                i += 2;
            }
            else
            {
                output[outIdx] = tok;
                i++;
            }
        }

        return GoText.FromRunes(output, 0, output.Length);
    }

    /// <summary>Go <c>reverseString</c> (by code point).</summary>
    public static string ReverseString(string s)
    {
        int[] runes = GoText.ToRunes(s);
        Array.Reverse(runes);
        return GoText.FromRunes(runes, 0, runes.Length);
    }

    /// <summary>Go <c>trimPrefix(word, value, greedy)</c>.</summary>
    public static string? TrimPrefix(string word, string value, bool greedy, out string? error)
    {
        ShellPattern? re = Compile(word, greedy, anchored: true, out string? patternError);
        if (re is null)
        {
            error = "invalid pattern (" + word + ") in substitution: " + patternError;
            return null;
        }

        error = null;
        int[] runes = GoText.ToRunes(value);
        if (re.Find(runes, 0, out _, out int end))
        {
            return GoText.FromRunes(runes, end, runes.Length);
        }

        return value;
    }

    /// <summary>Go <c>trimSuffix(pattern, word, greedy)</c>: a prefix trim on the reversed strings.</summary>
    public static string? TrimSuffix(string pattern, string value, bool greedy, out string? error)
    {
        string? trimmed = TrimPrefix(ReversePattern(pattern), ReverseString(value), greedy, out error);
        return trimmed is null ? null : ReverseString(trimmed);
    }

    /// <summary>Go <c>value[:idx[0]] + replacement + value[idx[1]:]</c> after <c>FindStringIndex</c>.</summary>
    public string ReplaceFirst(string value, string replacement)
    {
        int[] runes = GoText.ToRunes(value);
        if (!Find(runes, 0, out int start, out int end))
        {
            return value;
        }

        return GoText.FromRunes(runes, 0, start) + replacement + GoText.FromRunes(runes, end, runes.Length);
    }

    /// <summary>Go <c>Regexp.ReplaceAllString</c>, including <c>$</c> expansion in the replacement.</summary>
    public string ReplaceAll(string value, string replacement)
    {
        int[] runes = GoText.ToRunes(value);
        var sb = new StringBuilder(value.Length);
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= runes.Length)
        {
            if (!Find(runes, searchPos, out int start, out int end))
            {
                break;
            }

            AppendRunes(sb, runes, lastMatchEnd, start);

            // No replacement for an empty match right after another match.
            if (end > lastMatchEnd || start == 0)
            {
                Expand(sb, replacement, runes, start, end);
            }

            lastMatchEnd = end;

            // Advance past this match; always advance at least one rune.
            searchPos = end == searchPos ? searchPos + 1 : end;
        }

        AppendRunes(sb, runes, lastMatchEnd, runes.Length);
        return sb.ToString();
    }

    private static void AppendRunes(StringBuilder sb, int[] runes, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            GoText.AppendRune(sb, runes[i]);
        }
    }

    /// <summary>Go <c>Regexp.expand</c> for a regexp with no capture groups besides group 0.</summary>
    private static void Expand(StringBuilder sb, string template, int[] runes, int start, int end)
    {
        int i = 0;
        while (i < template.Length)
        {
            int dollar = template.IndexOf('$', i);
            if (dollar < 0)
            {
                break;
            }

            sb.Append(template, i, dollar - i);
            i = dollar + 1;
            if (i < template.Length && template[i] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            if (!ExtractName(template, i, out string name, out int rest))
            {
                // Malformed: the '$' is kept as text.
                sb.Append('$');
                continue;
            }

            i = rest;
            if (ParseGroupNumber(name) == 0)
            {
                AppendRunes(sb, runes, start, end);
            }

            // Any other number or name refers to a group that does not exist: expands to nothing.
        }

        if (i < template.Length)
        {
            sb.Append(template, i, template.Length - i);
        }
    }

    private static bool ExtractName(string s, int index, out string name, out int rest)
    {
        name = string.Empty;
        rest = index;
        if (index >= s.Length)
        {
            return false;
        }

        bool brace = s[index] == '{';
        int i = brace ? index + 1 : index;
        int nameStart = i;
        while (i < s.Length)
        {
            int cp = GoText.CodePointAt(s, i, out int width);
            if (!GoText.IsLetter(cp) && !GoText.IsDigit(cp) && cp != '_')
            {
                break;
            }

            i += width;
        }

        if (i == nameStart)
        {
            return false;
        }

        name = s.Substring(nameStart, i - nameStart);
        if (brace)
        {
            if (i >= s.Length || s[i] != '}')
            {
                return false;
            }

            i++;
        }

        rest = i;
        return true;
    }

    private static int ParseGroupNumber(string name)
    {
        int num = 0;
        foreach (char c in name)
        {
            if (c < '0' || c > '9' || num >= 100_000_000)
            {
                return -1;
            }

            num = (num * 10) + (c - '0');
        }

        if (name[0] == '0' && name.Length > 1)
        {
            return -1;
        }

        return num;
    }

    /// <summary>
    /// Leftmost-first search starting at rune index <paramref name="from"/>, like Go's
    /// <c>FindStringIndex</c> / <c>doExecute</c>. Threads are kept in priority order; the first
    /// thread to reach the match state cuts off all lower-priority threads.
    /// </summary>
    public bool Find(int[] text, int from, out int matchStart, out int matchEnd)
    {
        matchStart = -1;
        matchEnd = -1;
        int stateCount = _tokens.Length + 1;
        var runq = new ThreadQueue(stateCount);
        var nextq = new ThreadQueue(stateCount);
        bool matched = false;
        int pos = from;
        while (true)
        {
            if (runq.Count == 0)
            {
                if (_anchored && pos != 0)
                {
                    break;
                }

                if (matched)
                {
                    break;
                }
            }

            if (!matched && (!_anchored || pos == 0))
            {
                AddThread(runq, 0, pos);
            }

            int c = pos < text.Length ? text[pos] : -1;
            nextq.Clear();
            for (int j = 0; j < runq.Count; j++)
            {
                int state = runq.States[j];
                int start = runq.Starts[j];
                if (state == _tokens.Length)
                {
                    matched = true;
                    matchStart = start;
                    matchEnd = pos;
                    break;
                }

                if (c < 0)
                {
                    continue;
                }

                int tok = _tokens[state];
                if (tok == Star)
                {
                    if (c != '\n')
                    {
                        AddThread(nextq, state, start);
                    }
                }
                else if (tok == Any)
                {
                    if (c != '\n')
                    {
                        AddThread(nextq, state + 1, start);
                    }
                }
                else if (tok == c)
                {
                    AddThread(nextq, state + 1, start);
                }
            }

            if (pos >= text.Length)
            {
                break;
            }

            pos++;
            (runq, nextq) = (nextq, runq);
        }

        return matched;
    }

    /// <summary>
    /// Adds the epsilon closure of <paramref name="state"/> in priority order, without recursion.
    /// A star state's entry in the queue stands for "consume one more rune and stay".
    /// </summary>
    private void AddThread(ThreadQueue q, int state, int start)
    {
        int end = _tokens.Length;
        int i = state;
        if (_greedy)
        {
            // .* prefers another iteration: star entry first, then what follows.
            while (!q.Has(i))
            {
                q.Mark(i);
                q.Push(i, start);
                if (i < end && _tokens[i] == Star)
                {
                    i++;
                    continue;
                }

                break;
            }

            return;
        }

        // .*? prefers to skip: the rest of the pattern first, then the star entries, innermost first.
        int first = i;
        while (!q.Has(i))
        {
            q.Mark(i);
            if (i < end && _tokens[i] == Star)
            {
                i++;
                continue;
            }

            q.Push(i, start);
            break;
        }

        for (int k = i - 1; k >= first; k--)
        {
            q.Push(k, start);
        }
    }

    private sealed class ThreadQueue
    {
        private readonly int[] _marks;
        private int _generation = 1;

        public ThreadQueue(int stateCount)
        {
            _marks = new int[stateCount];
            States = new int[stateCount];
            Starts = new int[stateCount];
        }

        public int[] States { get; }

        public int[] Starts { get; }

        public int Count { get; private set; }

        public bool Has(int state) => _marks[state] == _generation;

        public void Mark(int state) => _marks[state] = _generation;

        public void Push(int state, int start)
        {
            States[Count] = state;
            Starts[Count] = start;
            Count++;
        }

        public void Clear()
        {
            Count = 0;
            _generation++;
        }
    }
}
