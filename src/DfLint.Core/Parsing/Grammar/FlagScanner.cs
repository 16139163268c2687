using System;
using System.Collections.Generic;
using System.Text;
using DfLint.Syntax;

namespace DfLint.Parsing.Grammar;

/// <summary>A flag word as read from the start of an instruction's arguments.</summary>
internal sealed record ScannedFlag(string Text, int Start, int End, int ValueStart);

/// <summary>
/// Reads leading <c>--flag</c> words, as BuildKit's <c>extractBuilderFlags</c> does (moby/buildkit
/// frontend/dockerfile/parser/split_command.go, Apache-2.0). BuildKit walks the text byte by byte: quotes are removed,
/// a backslash (always backslash, whatever the escape directive says) escapes the next byte, a bare <c>--</c> ends the
/// flags, and the first word that does not start with <c>--</c> starts the arguments. Because it works on bytes, a
/// non-ASCII character in a flag comes out as one Latin-1 character per UTF-8 byte, and the bytes 0x85 and 0xA0 count
/// as spaces. This is a byte-level state machine, not a grammar, so it is written by hand rather than in Sprache.
/// </summary>
internal static class FlagScanner
{
    private enum Phase { Spaces, Word, Quote }

    /// <summary>Scans <paramref name="text"/>[start..end). Returns where the arguments start (end when there are none).</summary>
    public static int Scan(string text, int start, int end, List<ScannedFlag> flags)
    {
        // Fast exit: most instructions have no flags.
        int p = start;
        while (p < end && Lexical.IsSpace(text[p])) p++;
        if (p + 1 >= end || text[p] != '-' || text[p + 1] != '-') return p;

        // The byte machine only ever looks one unit past the word that starts the arguments, so the units are built for
        // the flag region found by a character-level pre-scan (plus two characters), not for the whole line. Outside
        // ASCII the pre-scan could disagree with the byte rules, so then the whole text is converted.
        int bound = FlagRegionEnd(text, start, end, out bool ascii);
        if (ascii) end = Math.Min(end, bound + 2);

        // Units: the UTF-8 bytes of the text with the character index each came from.
        // Two arrays rather than a list of (byte, int) tuples: no value-type generic instantiation to JIT at start-up.
        var unitBytes = new byte[3 * (end - start)];
        var unitIndex = new int[unitBytes.Length];
        int unitCount = 0;
        void AddUnit(byte b, int index) { unitBytes[unitCount] = b; unitIndex[unitCount++] = index; }
        var buf = new byte[4];
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c < 0x80) { AddUnit((byte)c, i); continue; }
            int n;
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                n = Encoding.UTF8.GetBytes(text.ToCharArray(i, 2), 0, 2, buf, 0);
                for (int k = 0; k < n; k++) AddUnit(buf[k], i);
                i++;
                continue;
            }
            n = Encoding.UTF8.GetBytes(new[] { c }, 0, 1, buf, 0);
            for (int k = 0; k < n; k++) AddUnit(buf[k], i);
        }

        static bool IsSpaceByte(byte b) => b == ' ' || (b >= 9 && b <= 13) || b == 0x85 || b == 0xA0;
        int IndexAt(int u) => u < unitCount ? unitIndex[u] : end;

        var phase = Phase.Spaces;
        var word = new StringBuilder();
        byte quote = 0;
        bool blankOk = false;
        int wordStart = 0, valueStart = -1;

        void Emit(int endUnit)
        {
            int s = IndexAt(wordStart);
            int e = endUnit >= unitCount ? (unitCount == 0 ? end : unitIndex[unitCount - 1] + 1) : unitIndex[endUnit];
            flags.Add(new ScannedFlag(word.ToString(), s, e, valueStart < 0 ? -1 : IndexAt(valueStart)));
        }

        for (int pos = 0; pos <= unitCount; pos++)
        {
            byte ch = pos < unitCount ? unitBytes[pos] : (byte)0;
            if (phase == Phase.Spaces)
            {
                if (pos == unitCount) break;
                if (IsSpaceByte(ch)) continue;
                if (ch != '-' || pos + 1 == unitCount || unitBytes[pos + 1] != '-')
                    return IndexAt(pos);
                phase = Phase.Word;
                wordStart = pos;
                valueStart = -1;
            }
            if (pos == unitCount)
            {
                if (word.ToString() != "--" && (blankOk || word.Length > 0)) Emit(pos);
                break;
            }
            if (phase == Phase.Word)
            {
                if (IsSpaceByte(ch))
                {
                    phase = Phase.Spaces;
                    if (word.ToString() == "--") return IndexAt(pos);
                    if (blankOk || word.Length > 0) Emit(pos);
                    word.Clear();
                    blankOk = false;
                    continue;
                }
                if (ch == '=' && valueStart < 0) valueStart = pos + 1;
                if (ch == '\'' || ch == '"')
                {
                    quote = ch;
                    blankOk = true;
                    phase = Phase.Quote;
                    continue;
                }
                if (ch == '\\')
                {
                    if (pos + 1 == unitCount) continue;
                    pos++;
                    ch = unitBytes[pos];
                }
                word.Append((char)ch);
                continue;
            }
            // Phase.Quote
            if (ch == quote)
            {
                phase = Phase.Word;
                continue;
            }
            if (ch == '\\')
            {
                if (pos + 1 == unitCount)
                {
                    phase = Phase.Word;
                    continue;
                }
                pos++;
                ch = unitBytes[pos];
            }
            word.Append((char)ch);
        }
        return end;
    }

    /// <summary>Where the arguments start, by the same rules on characters; <paramref name="ascii"/> tells whether the region is ASCII.</summary>
    private static int FlagRegionEnd(string text, int start, int end, out bool ascii)
    {
        ascii = true;
        int i = start;
        while (i < end)
        {
            while (i < end && Lexical.IsSpace(text[i])) i++;
            if (i >= end) return end;
            if (text[i] != '-' || i + 1 >= end || text[i + 1] != '-') return i;
            char quote = '\0';
            int wordStart = i;
            while (i < end)
            {
                char c = text[i];
                if (c >= 0x80) { ascii = false; return end; }
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                    else if (c == '\\') i++;
                }
                else if (c == '\'' || c == '"') quote = c;
                else if (c == '\\') i++;
                else if (Lexical.IsSpace(c)) break;
                i++;
            }
            if (i - wordStart == 2) return i; // a bare "--" ends the flags
        }
        return end;
    }

    /// <summary>Turns a scanned flag into the AST node: name and value tokens with their file spans.</summary>
    public static FlagSyntax ToSyntax(ScannedFlag f, MappedText map)
    {
        string text = f.Text;
        string nameText;
        string? valueText = null;
        int eq = text.IndexOf('=');
        if (eq >= 0)
        {
            nameText = text.Substring(2, eq - 2);
            valueText = text.Substring(eq + 1);
        }
        else
        {
            nameText = text.Length >= 2 ? text.Substring(2) : string.Empty;
        }
        var span = map.ToFileSpan(f.Start, f.End - f.Start);
        int nameEnd = f.ValueStart >= 0 ? f.ValueStart - 1 : f.End;
        var name = new Token(nameText, map.ToFileSpan(f.Start, nameEnd - f.Start));
        Token? value = null;
        if (valueText is not null)
        {
            int vs = f.ValueStart >= 0 ? f.ValueStart : f.End;
            value = new Token(valueText, map.ToFileSpan(vs, f.End - vs));
        }
        return new FlagSyntax(span, text, name, value);
    }
}
