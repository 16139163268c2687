// Go text semantics needed by the port of BuildKit's shell lexer (moby/buildkit,
// frontend/dockerfile/shell/lex.go, Apache-2.0): code-point scanning like Go's text/scanner,
// the unicode.IsSpace/IsLetter/IsDigit predicates, and strconv.Quote (fmt "%q").
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DfLint.Parsing.Shell;

/// <summary>Go's <c>text/scanner</c> as the lexer uses it: one code point at a time, -1 at the end.</summary>
internal sealed class RuneScanner
{
    public const int Eof = -1;

    private readonly string _text;

    public RuneScanner(string text)
    {
        _text = text;
        // text/scanner drops a byte order mark when it reads the very first character.
        Position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>UTF-16 offset of the next code point.</summary>
    public int Position { get; private set; }

    public int Peek() => Position < _text.Length ? GoText.CodePointAt(_text, Position, out _) : Eof;

    public int Next()
    {
        if (Position >= _text.Length)
        {
            return Eof;
        }

        int cp = GoText.CodePointAt(_text, Position, out int width);
        Position += width;
        return cp;
    }
}

internal static class GoText
{
    /// <summary>A code point at <paramref name="index"/>; a lone surrogate is returned as itself.</summary>
    public static int CodePointAt(string s, int index, out int width)
    {
        char c = s[index];
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[index + 1]);
        }

        width = 1;
        return c;
    }

    public static int[] ToRunes(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length;)
        {
            list.Add(CodePointAt(s, i, out int w));
            i += w;
        }

        return list.ToArray();
    }

    public static string FromRunes(int[] runes, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            AppendRune(sb, runes[i]);
        }

        return sb.ToString();
    }

    public static void AppendRune(StringBuilder sb, int cp)
    {
        if (cp < 0)
        {
            // string(rune(-1)) in Go is the replacement character.
            sb.Append('\uFFFD');
        }
        else if (cp < 0x10000)
        {
            sb.Append((char)cp);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }

    public static string RuneToString(int cp)
    {
        var sb = new StringBuilder(2);
        AppendRune(sb, cp);
        return sb.ToString();
    }

    /// <summary>Go <c>unicode.IsSpace</c>.</summary>
    public static bool IsSpace(int cp)
    {
        switch (cp)
        {
            case '\t':
            case '\n':
            case '\v':
            case '\f':
            case '\r':
            case ' ':
            case 0x85:
            case 0xA0:
            case 0x1680:
            case 0x2028:
            case 0x2029:
            case 0x202F:
            case 0x205F:
            case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /// <summary>Go <c>unicode.IsLetter</c> (category L).</summary>
    public static bool IsLetter(int cp)
    {
        if (cp < 0x80)
        {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }

        switch (Category(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Go <c>unicode.IsDigit</c> (category Nd).</summary>
    public static bool IsDigit(int cp)
    {
        if (cp < 0x80)
        {
            return cp >= '0' && cp <= '9';
        }

        return cp >= 0 && Category(cp) == UnicodeCategory.DecimalDigitNumber;
    }

    private static UnicodeCategory Category(int cp)
    {
        if (cp < 0 || cp > 0x10FFFF)
        {
            return UnicodeCategory.OtherNotAssigned;
        }

        if (cp < 0x10000)
        {
            return CharUnicodeInfo.GetUnicodeCategory((char)cp);
        }

        return CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(cp), 0);
    }

    /// <summary>Go <c>strconv.IsPrint</c>: categories L, M, N, P, S and the ASCII space.</summary>
    private static bool IsPrint(int cp)
    {
        if (cp <= 0xFF)
        {
            return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA1 && cp <= 0xFF && cp != 0xAD);
        }

        if (cp >= 0xD800 && cp <= 0xDFFF)
        {
            return false;
        }

        switch (Category(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Go <c>strconv.Quote</c>, as used by <c>fmt</c>'s <c>%q</c>.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int width);
            i += width;
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                // A lone surrogate is not valid UTF-8; Go would see its three WTF-8 bytes.
                sb.Append("\\x").Append((0xE0 | (cp >> 12)).ToString("x2", CultureInfo.InvariantCulture));
                sb.Append("\\x").Append((0x80 | ((cp >> 6) & 0x3F)).ToString("x2", CultureInfo.InvariantCulture));
                sb.Append("\\x").Append((0x80 | (cp & 0x3F)).ToString("x2", CultureInfo.InvariantCulture));
                continue;
            }

            if (cp == '"' || cp == '\\')
            {
                sb.Append('\\');
                AppendRune(sb, cp);
                continue;
            }

            if (IsPrint(cp))
            {
                AppendRune(sb, cp);
                continue;
            }

            switch (cp)
            {
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (cp < ' ' || cp == 0x7F)
                    {
                        sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (cp < 0x10000)
                    {
                        sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        sb.Append('"');
        return sb.ToString();
    }
}
