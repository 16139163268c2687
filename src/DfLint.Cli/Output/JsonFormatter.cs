using System.Collections.Generic;
using System.IO;

namespace DfLint.Cli.Output;

/// <summary>
/// <c>--format json</c>: a JSON array with one object per finding, files in the order given, findings in file order.
/// The shape is stable (new keys may be added, none renamed or removed):
/// <code>
/// [
///   {
///     "file": "services/api/Dockerfile",   // the display path, forward slashes
///     "ruleId": "DF101",
///     "severity": "warning",              // "error" | "warning" | "info" (the effective severity)
///     "message": "Base image 'ubuntu:latest' uses the 'latest' tag, which changes without notice",
///     "line": 1,                          // 1-based
///     "column": 13,                       // 1-based, UTF-16 code units
///     "endLine": 1,
///     "endColumn": 19,                    // exclusive: one past the last character, as in SARIF
///     "helpUri": "https://github.com/dflint/dflint/blob/main/rules/DF101.md",
///     "fixes": [                          // only when the rule offers a fix for this finding
///       { "title": "Add '--no-cache'", "safety": "safe",   // "safe" | "unsafe"
///         "edits": [ { "line": 2, "column": 12, "endLine": 2, "endColumn": 12, "offset": 27, "length": 0, "newText": " --no-cache" } ] }
///     ]
///   }
/// ]
/// </code>
/// A clean run writes <c>[]</c>.
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    public string Name => "json";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var (report, finding) in OutputText.AllFindings(reports))
            {
                var location = FindingLocation.Of(report.Result, finding);
                json.WriteStartObject();
                json.WriteString("file", report.DisplayPath);
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("severity", OutputText.SeverityName(finding.Severity));
                json.WriteString("message", finding.Message);
                json.WriteNumber("line", location.Line);
                json.WriteNumber("column", location.Column);
                json.WriteNumber("endLine", location.EndLine);
                json.WriteNumber("endColumn", location.EndColumn);
                json.WriteString("helpUri", finding.Rule.HelpUri);
                FixOutput.WriteJson(json, report.Result, finding);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }
}
