using System;
using System.Collections.Generic;
using System.Text;
using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Parsing;

/// <summary>One instruction's text, joined across continuation lines, with its place in the file.</summary>
internal sealed class LogicalLine
{
    public LogicalLine(MappedText text, int startLine, int endLine, int startOffset, int endOffset,
        IReadOnlyList<CommentSyntax> comments)
    {
        Text = text;
        StartLine = startLine;
        EndLine = endLine;
        StartOffset = startOffset;
        EndOffset = endOffset;
        Comments = comments;
    }

    public MappedText Text { get; }
    public int StartLine { get; }
    public int EndLine { get; set; }
    public int StartOffset { get; }
    /// <summary>End of the last physical line's content (line terminator excluded).</summary>
    public int EndOffset { get; set; }
    public IReadOnlyList<CommentSyntax> Comments { get; }
}

/// <summary>
/// Stage 1 of the parser: everything line-shaped, ported from BuildKit's <c>parser.Parse</c>
/// (moby/buildkit frontend/dockerfile/parser/parser.go, Apache-2.0). Lines end at '\n' only; CR before it is trimmed;
/// directives are read at the top with BuildKit's rules; comment lines and blank lines inside a continuation are
/// skipped; the continuation character is the active escape token. Heredoc bodies are read on request, after the
/// instruction is parsed, because whether there are any depends on the instruction.
/// </summary>
internal sealed class LogicalLineReader
{
    public const int MaxLineBytes = 65535;

    private static readonly HashSet<string> KnownDirectives = new(StringComparer.Ordinal) { "escape", "syntax", "check" };

    private readonly string _text;
    private int _pos;           // offset of the next physical line
    private int _lineNumber;    // number of physical lines consumed
    private bool _directivesDone;
    private readonly HashSet<string> _seenDirectives = new(StringComparer.Ordinal);
    private List<CommentSyntax> _pendingComments = new();

    public string SourceText => _text;

    public LogicalLineReader(string text)
    {
        _text = text;
        if (text.Length > 0 && text[0] == '\uFEFF') _pos = 1;
    }

    public char EscapeToken { get; private set; } = '\\';
    public List<DirectiveSyntax> Directives { get; } = new();
    public List<CommentSyntax> AllComments { get; } = new();
    public List<ParseDiagnostic> Diagnostics { get; } = new();
    public List<ParseDiagnostic> Warnings { get; } = new();

    /// <summary>The 1-based number of the last physical line read.</summary>
    public int CurrentLine => _lineNumber;

    public bool AtEnd => _pos >= _text.Length;

    /// <summary>Reads one physical line: its start, the end of its content (CR/LF trimmed) and where the next starts.</summary>
    private bool NextPhysical(out int start, out int contentEnd, out int next)
    {
        start = _pos;
        if (_pos >= _text.Length)
        {
            contentEnd = next = _pos;
            return false;
        }
        int nl = _text.IndexOf('\n', _pos);
        int lineEnd = nl < 0 ? _text.Length : nl;
        next = nl < 0 ? _text.Length : nl + 1;
        contentEnd = lineEnd;
        while (contentEnd > start && (_text[contentEnd - 1] == '\r' || _text[contentEnd - 1] == '\n')) contentEnd--;
        _pos = next;
        _lineNumber++;
        CheckLength(start, lineEnd);
        return true;
    }

    private void CheckLength(int start, int lineEnd)
    {
        int chars = lineEnd - start;
        if (chars * 3 <= MaxLineBytes) return;
        int bytes = Encoding.UTF8.GetByteCount(_text.ToCharArray(start, chars));
        if (bytes > MaxLineBytes)
            Diagnostics.Add(new ParseDiagnostic(new SourceSpan(start, chars),
                "dockerfile line greater than max allowed size of 65535"));
    }

    private int SkipLeadingSpace(int start, int end)
    {
        while (start < end && Lexical.IsSpace(_text[start])) start++;
        return start;
    }

    private bool IsCommentLine(int start, int contentEnd)
    {
        int s = SkipLeadingSpace(start, contentEnd);
        return s < contentEnd && _text[s] == '#';
    }

    /// <summary>
    /// BuildKit's continuation test: the content ends with the escape token (trailing blanks and tabs allowed) that is
    /// either alone on the line or not preceded by another escape token. Returns the end of the kept text.
    /// </summary>
    private int TrimContinuation(int start, int end, out bool continues)
    {
        int e = end;
        while (e > start && (_text[e - 1] == ' ' || _text[e - 1] == '\t')) e--;
        if (e > start && _text[e - 1] == EscapeToken && (e - 1 == start || _text[e - 2] != EscapeToken))
        {
            continues = true;
            return e - 1;
        }
        continues = false;
        return end;
    }

    /// <summary>Reads the next logical line, or null at the end of the file.</summary>
    public LogicalLine? Read()
    {
        while (NextPhysical(out int start, out int contentEnd, out _))
        {
            int trimmed = SkipLeadingSpace(start, contentEnd);
            bool isComment = trimmed < contentEnd && _text[trimmed] == '#';
            bool isDirective = false;
            if (!_directivesDone) isDirective = TryDirective(trimmed, contentEnd);
            if (isComment)
            {
                var comment = MakeComment(start, contentEnd);
                AllComments.Add(comment);
                if (!isDirective)
                {
                    if (comment.Text.Length == 0) _pendingComments = new List<CommentSyntax>();
                    else _pendingComments.Add(comment);
                }
                continue;
            }

            int keptEnd = TrimContinuation(trimmed, contentEnd, out bool continues);
            if (!continues && keptEnd == trimmed) continue; // blank line

            int startLine = _lineNumber;
            var sb = new StringBuilder();
            var textStarts = new List<int>();
            var fileStarts = new List<int>();
            textStarts.Add(0);
            fileStarts.Add(trimmed);
            sb.Append(_text, trimmed, keptEnd - trimmed);
            int endOffset = contentEnd;
            SourceSpan? firstEmpty = null;

            while (continues && NextPhysical(out int s2, out int e2, out _))
            {
                if (IsCommentLine(s2, e2))
                {
                    AllComments.Add(MakeComment(s2, e2));
                    continue;
                }
                if (SkipLeadingSpace(s2, e2) == e2)
                {
                    firstEmpty ??= new SourceSpan(s2, e2 - s2);
                    continue;
                }
                int k2 = TrimContinuation(s2, e2, out continues);
                textStarts.Add(sb.Length);
                fileStarts.Add(s2);
                sb.Append(_text, s2, k2 - s2);
                endOffset = e2;
            }

            var mapped = new MappedText(sb.ToString(), textStarts.ToArray(), fileStarts.ToArray());
            if (firstEmpty is { } fe)
                Warnings.Add(new ParseDiagnostic(fe, "Empty continuation line"));
            var comments = _pendingComments;
            _pendingComments = new List<CommentSyntax>();
            return new LogicalLine(mapped, startLine, _lineNumber, trimmed, endOffset, comments);
        }
        return null;
    }

    private CommentSyntax MakeComment(int start, int contentEnd)
    {
        // BuildKit drops the first byte of the raw line and trims: an indented comment keeps its '#'.
        int s = Math.Min(start + 1, contentEnd);
        int e = contentEnd;
        while (s < e && Lexical.IsSpace(_text[s])) s++;
        while (e > s && Lexical.IsSpace(_text[e - 1])) e--;
        return new CommentSyntax(new SourceSpan(start, contentEnd - start), _text.Substring(s, e - s));
    }

    /// <summary>Reads a heredoc body: physical lines up to the terminator. Returns false when the file ends first.</summary>
    public bool ReadHeredocBody(string name, bool chomp, out int bodyStart, out int bodyEnd, out int terminatorEnd)
    {
        bodyStart = _pos;
        bodyEnd = _pos;
        while (NextPhysical(out int start, out int contentEnd, out int next))
        {
            int s = start;
            if (chomp) while (s < contentEnd && _text[s] == '\t') s++;
            if (contentEnd - s == name.Length && string.CompareOrdinal(_text, s, name, 0, name.Length) == 0)
            {
                terminatorEnd = contentEnd;
                return true;
            }
            bodyEnd = next;
        }
        terminatorEnd = _text.Length;
        return false;
    }

    /// <summary>
    /// BuildKit's directive check: <c>^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$</c> on the left-trimmed line. The first
    /// line that is not a directive with a known key ends the directive block. Returns true when the line is a directive.
    /// </summary>
    private bool TryDirective(int s, int e)
    {
        static bool ReSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
        int i = s;
        if (i >= e || _text[i] != '#') { _directivesDone = true; return false; }
        i++;
        while (i < e && ReSpace(_text[i])) i++;
        int nameStart = i;
        if (i >= e || !IsAsciiLetter(_text[i])) { _directivesDone = true; return false; }
        while (i < e && (IsAsciiLetter(_text[i]) || (_text[i] >= '0' && _text[i] <= '9'))) i++;
        int nameEnd = i;
        while (i < e && ReSpace(_text[i])) i++;
        if (i >= e || _text[i] != '=') { _directivesDone = true; return false; }
        i++;
        int valueRegion = i;
        while (i < e && ReSpace(_text[i])) i++;
        int vs = i, ve = e;
        while (ve > vs && ReSpace(_text[ve - 1])) ve--;
        if (vs == ve)
        {
            // (.+?) needs one character: an all-blank value matches its last blank.
            if (e == valueRegion) { _directivesDone = true; return false; }
            vs = e - 1;
            ve = e;
        }
        string key = _text.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
        if (!KnownDirectives.Contains(key)) { _directivesDone = true; return false; }

        var nameToken = new Token(_text.Substring(nameStart, nameEnd - nameStart), SourceSpan.FromBounds(nameStart, nameEnd));
        var valueToken = new Token(_text.Substring(vs, ve - vs), SourceSpan.FromBounds(vs, ve));
        if (!_seenDirectives.Add(key))
        {
            Diagnostics.Add(new ParseDiagnostic(nameToken.Span, $"only one {key} parser directive can be used"));
            return true;
        }
        Directives.Add(new DirectiveSyntax(SourceSpan.FromBounds(s, e), nameToken, valueToken));
        if (key == "escape")
        {
            if (valueToken.Text == "`" || valueToken.Text == "\\") EscapeToken = valueToken.Text[0];
            else Diagnostics.Add(new ParseDiagnostic(valueToken.Span, $"invalid escape token '{valueToken.Text}' does not match ` or \\"));
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
