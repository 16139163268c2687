using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Parsing;

/// <summary>
/// Stage 2 of the parser: one logical line to one instruction node, with BuildKit's per-instruction line parsers
/// (moby/buildkit frontend/dockerfile/parser/line_parsers.go and split_command.go, Apache-2.0): the keyword is split
/// off at the first ASCII blank, leading <c>--flags</c> are extracted, and the rest is read the way that instruction
/// reads it. What BuildKit's parser rejects becomes an <see cref="InvalidInstruction"/> carrying the error.
/// </summary>
internal sealed class InstructionParser
{
    internal const string NotStringArray = "when using JSON array syntax, arrays must be comprised of strings only";

    private readonly char _escape;

    public InstructionParser(char escape) => _escape = escape;

    public InstructionSyntax Parse(MappedText line, int spanEnd)
    {
        var t = line.Text;
        int s = 0, e = t.Length;
        while (s < e && Lexical.IsSpace(t[s])) s++;
        while (e > s && Lexical.IsSpace(t[e - 1])) e--;

        int k = s;
        while (k < e && !Lexical.IsSplitSpace(t[k])) k++;
        var keyword = Tok(line, s, k);
        int spanStart = line.ToFileOffset(s);
        var span = SourceSpan.FromBounds(spanStart, Math.Max(spanStart + keyword.Span.Length, spanEnd));

        var scanned = new List<ScannedFlag>();
        int argStart = e;
        if (k < e)
        {
            int a = k;
            while (a < e && Lexical.IsSplitSpace(t[a])) a++;
            argStart = FlagScanner.Scan(t, a, e, scanned);
        }
        var flags = scanned.Select(f => FlagScanner.ToSyntax(f, line)).ToArray();
        int @as = argStart, ae = e;
        while (@as < ae && Lexical.IsSpace(t[@as])) @as++;
        while (ae > @as && Lexical.IsSpace(t[ae - 1])) ae--;
        var args = new Args(line, @as, ae);

        InstructionSyntax Invalid(string message, SourceSpan? at = null)
            => new InvalidInstruction(span, keyword, flags, line,
                new ParseDiagnostic(at ?? (args.IsEmpty ? keyword.Span : args.Span), message)) { ArgumentText = args.Mapped };

        InstructionSyntax node;
        switch (keyword.Text.ToLowerInvariant())
        {
            case "from":
            {
                var words = args.SplitWhitespace();
                ImageReferenceSyntax? image = words.Count > 0 ? ImageReferenceParser.Parse(words[0]) : null;
                Token? asKw = null, name = null;
                if (words.Count == 3 && string.Equals(words[1].Text, "as", StringComparison.OrdinalIgnoreCase))
                {
                    asKw = words[1];
                    name = words[2];
                }
                node = new FromInstruction(span, keyword, flags, line, words, image, asKw, name);
                break;
            }
            case "run":
            {
                if (!args.MaybeJson(out var cmd, out var error)) return Invalid(error!);
                node = new RunInstruction(span, keyword, flags, line, cmd ?? new ShellFormSyntax(args.Span, args.Mapped), MountGrammar.Parse(flags));
                break;
            }
            case "cmd":
            case "entrypoint":
            case "shell":
            {
                if (!args.MaybeJson(out var cmd, out var error)) return Invalid(error!);
                cmd ??= new ShellFormSyntax(args.Span, args.Mapped);
                node = keyword.Text.ToLowerInvariant() switch
                {
                    "cmd" => new CmdInstruction(span, keyword, flags, line, cmd),
                    "entrypoint" => new EntrypointInstruction(span, keyword, flags, line, cmd),
                    _ => new ShellInstruction(span, keyword, flags, line, cmd),
                };
                break;
            }
            case "add":
            case "copy":
            case "volume":
            {
                if (!args.MaybeJsonList(out var paths, out bool isJson, out var error)) return Invalid(error!);
                node = keyword.Text.ToLowerInvariant() switch
                {
                    "add" => new AddInstruction(span, keyword, flags, line, paths, isJson),
                    "copy" => new CopyInstruction(span, keyword, flags, line, paths, isJson),
                    _ => new VolumeInstruction(span, keyword, flags, line, paths, isJson),
                };
                break;
            }
            case "env":
            case "label":
            {
                string upper = keyword.Text.ToLowerInvariant() == "env" ? "ENV" : "LABEL";
                if (!args.NameValues(upper, _escape, out var pairs, out var error, out var errorSpan)) return Invalid(error!, errorSpan);
                node = upper == "ENV"
                    ? new EnvInstruction(span, keyword, flags, line, pairs)
                    : new LabelInstruction(span, keyword, flags, line, pairs);
                break;
            }
            case "arg":
                node = new ArgInstruction(span, keyword, flags, line, args.ArgDeclarations(_escape));
                break;
            case "expose":
                node = new ExposeInstruction(span, keyword, flags, line, args.SplitWhitespace().Select(ToPort).ToArray());
                break;
            case "maintainer":
                node = new MaintainerInstruction(span, keyword, flags, line, args.Whole());
                break;
            case "user":
            {
                var whole = args.Whole();
                Token? user = null, group = null;
                if (whole is not null)
                {
                    int colon = whole.Text.IndexOf(':');
                    if (colon < 0) user = whole;
                    else
                    {
                        user = Tok(line, @as, @as + colon);
                        group = Tok(line, @as + colon + 1, ae);
                    }
                }
                node = new UserInstruction(span, keyword, flags, line, whole, user, group);
                break;
            }
            case "workdir":
                node = new WorkdirInstruction(span, keyword, flags, line, args.Whole());
                break;
            case "stopsignal":
                node = new StopsignalInstruction(span, keyword, flags, line, args.Whole());
                break;
            case "healthcheck":
            {
                if (args.IsEmpty)
                {
                    node = new HealthcheckInstruction(span, keyword, flags, line, null, null);
                    break;
                }
                int sep = @as;
                while (sep < ae && !IsHealthSpace(t[sep])) sep++;
                int next = sep;
                while (next < ae && IsHealthSpace(t[next])) next++;
                var type = Tok(line, @as, sep);
                var rest = new Args(line, next, ae);
                if (!rest.MaybeJson(out var cmd, out var error)) return Invalid(error!);
                if (cmd is null && !rest.IsEmpty) cmd = new ShellFormSyntax(rest.Span, rest.Mapped);
                node = new HealthcheckInstruction(span, keyword, flags, line, type, cmd);
                break;
            }
            case "onbuild":
            {
                InstructionSyntax? trigger = null;
                if (!args.IsEmpty)
                {
                    var sub = line.Slice(@as, ae - @as);
                    trigger = Parse(sub, line.ToFileOffset(ae - 1) + 1);
                    if (trigger is InvalidInstruction inv)
                        return new InvalidInstruction(span, keyword, flags, line, inv.Error) { ArgumentText = args.Mapped };
                }
                node = new OnbuildInstruction(span, keyword, flags, line, trigger);
                break;
            }
            default:
                node = new UnknownInstruction(span, keyword, flags, line);
                break;
        }
        return node with { ArgumentText = args.IsEmpty ? null : args.Mapped };
    }

    private static bool IsHealthSpace(char c)
    {
        // BuildKit tests unicode.IsSpace on each byte: ASCII blanks, and the bytes 0x85 and 0xA0 inside UTF-8 sequences.
        if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
        var bytes = System.Text.Encoding.UTF8.GetBytes(new[] { c });
        return bytes.Any(b => b == 0x85 || b == 0xA0);
    }

    internal static Token Tok(MappedText line, int start, int end)
        => new(line.Text.Substring(start, end - start), line.ToFileSpan(start, end - start));

    private static PortSyntax ToPort(Token word)
    {
        int slash = word.Text.IndexOf('/');
        if (slash < 0) return new PortSyntax(word, word, null);
        var port = new Token(word.Text.Substring(0, slash), new SourceSpan(word.Span.Start, Math.Min(slash, word.Span.Length)));
        var proto = new Token(word.Text.Substring(slash + 1), SourceSpan.FromBounds(Math.Min(word.Span.End, word.Span.Start + slash + 1), word.Span.End));
        return new PortSyntax(word, port, proto);
    }

    /// <summary>The argument text of an instruction: a range of the logical line.</summary>
    private readonly struct Args
    {
        private readonly MappedText _line;
        private readonly int _start, _end;
        private readonly MappedText?[] _mapped;

        public Args(MappedText line, int start, int end)
        {
            _line = line;
            _start = start;
            _end = end;
            _mapped = new MappedText?[1];
        }

        public bool IsEmpty => _end <= _start;
        public string Text => _line.Text.Substring(_start, _end - _start);
        public SourceSpan Span => _line.ToFileSpan(_start, _end - _start);
        public MappedText Mapped => _mapped[0] ??= _line.Slice(_start, _end - _start);

        public Token? Whole() => IsEmpty ? null : Tok(_line, _start, _end);

        public List<Token> SplitWhitespace()
        {
            var list = new List<Token>();
            var t = _line.Text;
            int i = _start;
            while (i < _end)
            {
                while (i < _end && Lexical.IsSplitSpace(t[i])) i++;
                if (i >= _end) break;
                int j = i;
                while (j < _end && !Lexical.IsSplitSpace(t[j])) j++;
                list.Add(Tok(_line, i, j));
                i = j;
            }
            return list;
        }

        /// <summary>parseMaybeJSON: a string array is the exec form (returned); other text is the shell form (null).</summary>
        public bool MaybeJson(out CommandSyntax? command, out string? error)
        {
            command = null;
            error = null;
            if (IsEmpty) return true;
            var items = Json(out error);
            if (error is not null) return false;
            if (items is not null) command = new ExecFormSyntax(Span, items);
            return true;
        }

        public bool MaybeJsonList(out IReadOnlyList<Token> paths, out bool isJson, out string? error)
        {
            isJson = false;
            paths = Array.Empty<Token>();
            var items = Json(out error);
            if (error is not null) return false;
            if (items is not null)
            {
                isJson = true;
                paths = items;
                return true;
            }
            paths = SplitWhitespace();
            return true;
        }

        private List<Token>? Json(out string? error)
        {
            error = null;
            if (IsEmpty || _line.Text[_start] != '[') return null;
            string text = Text;
            var r = ExecFormGrammar.Array.Try(text);
            if (r.WasSuccessful)
            {
                var line = _line;
                int start = _start;
                return r.Value.Select(l => new Token(l.Value, line.ToFileSpan(start + l.Start, l.End - l.Start))).ToList();
            }
            if (JsonValidator.IsJsonArray(text, 0)) error = NotStringArray;
            return null;
        }

        public bool NameValues(string key, char escape, out IReadOnlyList<KeyValueSyntax> pairs, out string? error, out SourceSpan? errorSpan)
            => KeyValueGrammar.NameValues(_line, _start, _end, key, escape, out pairs, out error, out errorSpan);

        public IReadOnlyList<ArgDeclarationSyntax> ArgDeclarations(char escape) => KeyValueGrammar.ArgDeclarations(_line, _start, _end, escape);
    }
}
