using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace DfLint.Cli.Output;

/// <summary>
/// <c>--format checkstyle</c>: Checkstyle XML (version 4.3), as Jenkins warnings-ng, reviewdog and Sonar importers read it.
/// <code>
/// &lt;checkstyle version="4.3"&gt;
///   &lt;file name="services/api/Dockerfile"&gt;
///     &lt;error line="1" column="13" severity="warning" message="..." source="DF101"/&gt;
///   &lt;/file&gt;
/// &lt;/checkstyle&gt;
/// </code>
/// Every file appears, clean ones as an empty <c>&lt;file/&gt;</c>. Severity is <c>error</c>, <c>warning</c> or <c>info</c>.
/// </summary>
public sealed class CheckstyleFormatter : IReportFormatter
{
    public string Name => "checkstyle";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        writer.Write(XmlText.Declaration + "\n");
        writer.Write("<checkstyle version=\"4.3\">\n");
        foreach (var report in reports)
        {
            string name = XmlText.Attribute(report.DisplayPath);
            if (report.Result.Findings.Count == 0)
            {
                writer.Write("  <file name=\"" + name + "\"/>\n");
                continue;
            }
            writer.Write("  <file name=\"" + name + "\">\n");
            foreach (var finding in report.Result.Findings)
            {
                var l = FindingLocation.Of(report.Result, finding);
                writer.Write(string.Format(CultureInfo.InvariantCulture,
                    "    <error line=\"{0}\" column=\"{1}\" severity=\"{2}\" message=\"{3}\" source=\"{4}\"/>\n",
                    l.Line, l.Column, OutputText.SeverityName(finding.Severity),
                    XmlText.Attribute(finding.Message), XmlText.Attribute(finding.RuleId)));
            }
            writer.Write("  </file>\n");
        }
        writer.Write("</checkstyle>\n");
    }
}
