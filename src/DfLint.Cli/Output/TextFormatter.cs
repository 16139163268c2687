using System.Collections.Generic;
using System.IO;
using System.Text;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Output;

/// <summary>
/// The default, human-readable format. Per finding:
/// <code>
/// path:line:col: severity DFnnn: message
///   FROM ubuntu:latest
///               ^~~~~~
/// </code>
/// The source line is the first line of the span, indented by two spaces; the underline copies the tabs that precede
/// the span so the caret lines up, and covers the span up to the end of its first line (a single <c>^</c> for an
/// empty span). After all files: <c>3 problems (1 error, 2 warnings, 0 infos) in 2 files</c>, counting the files
/// that have problems, or <c>No problems found in 5 files</c>, counting every file checked.
/// ANSI colours (bold path, red/yellow/cyan severity, green underline) only when <see cref="ReportContext.UseColor"/>.
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Cyan = "\u001b[1;36m";
    private const string Green = "\u001b[32m";

    public string Name => "text";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        bool color = context.UseColor;
        int errors = 0, warnings = 0, infos = 0, filesWithProblems = 0;
        foreach (var report in reports)
        {
            if (report.Result.Findings.Count > 0) filesWithProblems++;
            foreach (var finding in report.Result.Findings)
            {
                switch (finding.Severity)
                {
                    case Severity.Error: errors++; break;
                    case Severity.Warning: warnings++; break;
                    default: infos++; break;
                }
                WriteFinding(writer, report, finding, color);
            }
        }

        int total = errors + warnings + infos;
        string summary = total == 0
            ? "No problems found in " + OutputText.Plural(reports.Count, "file", "files")
            : OutputText.Plural(total, "problem", "problems") + " ("
              + OutputText.Plural(errors, "error", "errors") + ", "
              + OutputText.Plural(warnings, "warning", "warnings") + ", "
              + OutputText.Plural(infos, "info", "infos") + ") in "
              + OutputText.Plural(filesWithProblems, "file", "files");
        writer.Write(color ? Bold + summary + Reset : summary);
        writer.Write('\n');
    }

    private static void WriteFinding(TextWriter writer, FileReport report, Finding finding, bool color)
    {
        var result = report.Result;
        var location = FindingLocation.Of(result, finding);
        string position = report.DisplayPath + ":" + location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ":" + location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":";
        string severity = OutputText.SeverityName(finding.Severity);
        string message = OneLine(finding.Message);
        if (color)
        {
            string severityColor = finding.Severity switch
            {
                Severity.Error => Red,
                Severity.Warning => Yellow,
                _ => Cyan,
            };
            writer.Write(Bold + position + Reset + " " + severityColor + severity + Reset + " " + Dim + finding.RuleId + ":" + Reset + " " + message);
        }
        else
        {
            writer.Write(position + " " + severity + " " + finding.RuleId + ": " + message);
        }
        writer.Write('\n');

        string line = result.Source.GetLineText(location.Line);
        int startIndex = location.Column - 1;
        if (startIndex > line.Length) startIndex = line.Length;
        int endIndex = location.EndLine == location.Line ? location.EndColumn - 1 : line.Length;
        if (endIndex > line.Length) endIndex = line.Length;
        if (endIndex < startIndex) endIndex = startIndex;

        var underline = new StringBuilder(endIndex + 1);
        for (int i = 0; i < startIndex; i++)
        {
            if (char.IsLowSurrogate(line[i])) continue;
            underline.Append(line[i] == '\t' ? '\t' : ' ');
        }
        underline.Append('^');
        for (int i = startIndex + 1; i < endIndex; i++)
        {
            if (char.IsLowSurrogate(line[i])) continue;
            underline.Append('~');
        }

        writer.Write("  ");
        writer.Write(line);
        writer.Write('\n');
        writer.Write("  ");
        writer.Write(color ? Green + underline + Reset : underline.ToString());
        writer.Write('\n');
    }

    /// <summary>Messages are one sentence; a line break in one would break the <c>path:line:col:</c> layout.</summary>
    private static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
