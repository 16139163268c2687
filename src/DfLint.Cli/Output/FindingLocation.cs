using System;
using System.Collections.Generic;
using System.Text;
using DfLint.Linting;
using DfLint.Rules;
using DfLint.Syntax;

namespace DfLint.Cli.Output;

/// <summary>
/// Where a finding is, in the 1-based units every format shares, as Core's <see cref="SourceLocation"/> computes it for
/// every host (the analyzer too): columns count UTF-16 code units and <see cref="EndColumn"/> is exclusive.
/// </summary>
internal readonly record struct FindingLocation(int Line, int Column, int EndLine, int EndColumn)
{
    public static FindingLocation Of(LintResult result, Finding finding)
    {
        var l = SourceLocation.Of(result.Source, finding.Span);
        return new FindingLocation(l.Line, l.Column, l.EndLine, l.EndColumn);
    }
}

/// <summary>Small pieces the formatters share.</summary>
internal static class OutputText
{
    public const string ToolName = "DfLint";
    public const string InformationUri = "https://github.com/dflint/dflint";

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>: the words of the text, JSON, MSBuild and Checkstyle formats.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Every finding of every report, in report order then finding order.</summary>
    public static IEnumerable<(FileReport Report, Finding Finding)> AllFindings(IReadOnlyList<FileReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Result.Findings)
                yield return (report, finding);
        }
    }

    public static string Plural(int count, string singular, string plural)
        => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// <summary>
    /// A relative path as an RFC 3986 relative reference: forward slashes, and everything but unreserved characters,
    /// <c>/</c> and sub-delimiters that are safe in a path percent-encoded as UTF-8 (spaces, <c>%</c>, <c>[</c>, <c>]</c>,
    /// <c>:</c> so that no segment reads as a scheme, <c>#</c>, <c>?</c>, non-ASCII).
    /// </summary>
    public static string EncodeUriPath(string path)
    {
        var sb = new StringBuilder(path.Length + 8);
        var bytes = Encoding.UTF8.GetBytes(path.Replace('\\', '/'));
        foreach (byte b in bytes)
        {
            char c = (char)b;
            bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c is '-' or '.' or '_' or '~' or '/' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '@';
            if (keep) sb.Append(c);
            else sb.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>An absolute directory as a <c>file:///…/</c> URI ending with a slash (Windows drive letters kept).</summary>
    public static string DirectoryFileUri(string directory)
    {
        var path = directory.Replace('\\', '/');
        if (!path.EndsWith("/", StringComparison.Ordinal)) path += "/";
        string prefix = "file://";
        if (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]))
        {
            // C:/x/ -> file:///C:/x/ ; keep the drive colon unencoded.
            return prefix + "/" + path.Substring(0, 2) + EncodeUriPath(path.Substring(2));
        }
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            // UNC path //server/share/ -> file://server/share/
            return prefix + EncodeUriPath(path.Substring(2));
        }
        if (!path.StartsWith("/", StringComparison.Ordinal)) path = "/" + path;
        return prefix + EncodeUriPath(path);
    }
}

/// <summary>XML 1.0 text and attribute escaping that never produces a character XML forbids.</summary>
internal static class XmlText
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>Escapes for an attribute value in double quotes: line breaks and tabs become character references.</summary>
    public static string Attribute(string value) => Escape(value, attribute: true);

    /// <summary>Escapes element content; line breaks stay literal.</summary>
    public static string Content(string value) => Escape(value, attribute: false);

    private static string Escape(string value, bool attribute)
    {
        var sb = new StringBuilder(value.Length + 16);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                case '\n' when attribute: sb.Append("&#10;"); break;
                case '\r': sb.Append("&#13;"); break;
                case '\t' when attribute: sb.Append("&#9;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if ((c < 0x20 && c != '\t' && c != '\n') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        sb.Append('\uFFFD'); // not representable in XML 1.0, not even as a character reference
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}
