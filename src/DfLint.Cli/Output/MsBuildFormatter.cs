using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace DfLint.Cli.Output;

/// <summary>
/// <c>--format msbuild</c>: the MSBuild / Visual Studio canonical error format, one line per finding:
/// <c>path(line,col,endLine,endCol): warning DF101: message</c>. Positions are 1-based and the end column is exclusive
/// (as Roslyn writes it). The category is <c>error</c>, <c>warning</c> or <c>info</c>: under MSBuild's <c>Exec</c>,
/// <c>error</c> lines fail the build and <c>warning</c> lines become warnings, while <c>info</c> lines are not
/// canonical for MSBuild and stay plain output; VS Code's <c>$msCompile</c> matcher reads all three. No summary line.
/// </summary>
public sealed class MsBuildFormatter : IReportFormatter
{
    public string Name => "msbuild";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        foreach (var (report, finding) in OutputText.AllFindings(reports))
        {
            var l = FindingLocation.Of(report.Result, finding);
            writer.Write(string.Format(CultureInfo.InvariantCulture, "{0}({1},{2},{3},{4}): {5} {6}: {7}",
                report.DisplayPath, l.Line, l.Column, l.EndLine, l.EndColumn,
                OutputText.SeverityName(finding.Severity), finding.RuleId, OneLine(finding.Message)));
            writer.Write('\n');
        }
    }

    private static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
