using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Output;

/// <summary>
/// <c>--format gitlab</c>: a GitLab Code Quality report (<c>artifacts:reports:codequality</c>), a JSON array with one
/// issue per finding:
/// <code>
/// { "description": "DF101: Base image 'ubuntu:latest' uses the 'latest' tag, which changes without notice", "check_name": "DF101",
///   "fingerprint": "&lt;32 hex digits&gt;", "severity": "major",
///   "location": { "path": "services/api/Dockerfile", "positions": { "begin": { "line": 1, "column": 13 }, "end": { "line": 1, "column": 19 } } } }
/// </code>
/// Severity mapping: info → <c>minor</c>, warning → <c>major</c>, error → <c>critical</c> (GitLab's scale is info,
/// minor, major, critical, blocker; <c>blocker</c> is left for nothing a linter can know).
/// The fingerprint is the MD5 (hex) of the rule ID, the path, the offending text, and the whitespace-normalized
/// text of its line, plus the occurrence number among findings with the same four values in that file. It does not
/// contain the line number, so moving a line does not turn an old issue into a new one, and two identical findings
/// on different lines still get different fingerprints (GitLab collapses equal ones).
/// </summary>
public sealed class GitLabFormatter : IReportFormatter
{
    public string Name => "gitlab";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var report in reports)
            {
                var occurrences = new Dictionary<string, int>();
                foreach (var finding in report.Result.Findings)
                {
                    var l = FindingLocation.Of(report.Result, finding);
                    string key = FingerprintKey(report, finding, l);
                    occurrences.TryGetValue(key, out int n);
                    occurrences[key] = ++n;

                    json.WriteStartObject();
                    json.WriteString("description", finding.RuleId + ": " + finding.Message);
                    json.WriteString("check_name", finding.RuleId);
                    json.WriteString("fingerprint", Md5Hex(key + "\0" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    json.WriteString("severity", Severity(finding.Severity));
                    json.WriteStartObject("location");
                    json.WriteString("path", report.DisplayPath);
                    json.WriteStartObject("positions");
                    json.WriteStartObject("begin");
                    json.WriteNumber("line", l.Line);
                    json.WriteNumber("column", l.Column);
                    json.WriteEndObject();
                    json.WriteStartObject("end");
                    json.WriteNumber("line", l.EndLine);
                    json.WriteNumber("column", l.EndColumn);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
        });
    }

    internal static string Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Error => "critical",
        Rules.Severity.Warning => "major",
        _ => "minor",
    };

    private static string FingerprintKey(FileReport report, Finding finding, FindingLocation l)
    {
        var source = report.Result.Source;
        string spanText = source.ToString(finding.Span);
        string lineText = source.GetLineText(l.Line);
        return "dflint/v1\0" + finding.RuleId + "\0" + report.DisplayPath + "\0" + Normalize(spanText) + "\0" + Normalize(lineText);
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Md5Hex(string text)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(text));
        return System.Convert.ToHexStringLower(hash);
    }
}
