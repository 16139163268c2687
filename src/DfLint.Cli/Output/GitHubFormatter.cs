using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DfLint.Rules;

namespace DfLint.Cli.Output;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands, which the runner turns into annotations:
/// <code>::warning file=services/api/Dockerfile,line=1,col=13,endLine=1,endColumn=19,title=DF101::Base image 'ubuntu:latest' uses the 'latest' tag, which changes without notice</code>
/// error → <c>::error</c>, warning → <c>::warning</c>, info → <c>::notice</c>. <c>col</c> and <c>endColumn</c> are
/// written only for one-line findings (the runner drops them otherwise). Escaping follows actions/toolkit:
/// in the message <c>%</c>, CR and LF become <c>%25</c>, <c>%0D</c>, <c>%0A</c>; in properties also <c>:</c> and
/// <c>,</c> become <c>%3A</c> and <c>%2C</c>.
/// GitHub shows at most 10 annotations of each kind per step, so commands are ordered errors, warnings, then notices
/// (file order within each), and when a kind has more than 10, a final <c>::notice</c> says how many are hidden.
/// </summary>
public sealed class GitHubFormatter : IReportFormatter
{
    private const int AnnotationLimit = 10;

    public string Name => "github";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        var all = OutputText.AllFindings(reports).ToList();
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            foreach (var (report, finding) in all.Where(x => x.Finding.Severity == severity))
            {
                var l = FindingLocation.Of(report.Result, finding);
                var sb = new StringBuilder();
                sb.Append("::").Append(Command(severity)).Append(' ');
                sb.Append("file=").Append(EscapeProperty(report.DisplayPath));
                sb.Append(",line=").Append(l.Line.ToString(CultureInfo.InvariantCulture));
                if (l.Line == l.EndLine) sb.Append(",col=").Append(l.Column.ToString(CultureInfo.InvariantCulture));
                sb.Append(",endLine=").Append(l.EndLine.ToString(CultureInfo.InvariantCulture));
                if (l.Line == l.EndLine) sb.Append(",endColumn=").Append(l.EndColumn.ToString(CultureInfo.InvariantCulture));
                sb.Append(",title=").Append(EscapeProperty(finding.RuleId));
                sb.Append("::").Append(EscapeData(finding.Message));
                writer.Write(sb.ToString());
                writer.Write('\n');
            }
        }

        var hidden = new List<string>();
        foreach (var (severity, singular, plural) in new[]
                 {
                     (Severity.Error, "error", "errors"),
                     (Severity.Warning, "warning", "warnings"),
                     (Severity.Info, "notice", "notices"),
                 })
        {
            int count = all.Count(x => x.Finding.Severity == severity);
            if (count > AnnotationLimit) hidden.Add(OutputText.Plural(count - AnnotationLimit, singular, plural));
        }
        if (hidden.Count > 0)
        {
            writer.Write("::notice title=" + EscapeProperty(OutputText.ToolName) + "::"
                + EscapeData(OutputText.Plural(all.Count, "problem", "problems") + " found; GitHub shows at most "
                    + AnnotationLimit.ToString(CultureInfo.InvariantCulture) + " annotations of each kind per step, so "
                    + string.Join(", ", hidden) + " are not shown. Run dflint locally or upload SARIF to see them all."));
            writer.Write('\n');
        }
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>actions/toolkit <c>escapeData</c>.</summary>
    internal static string EscapeData(string value)
        => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>actions/toolkit <c>escapeProperty</c>.</summary>
    internal static string EscapeProperty(string value)
        => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
