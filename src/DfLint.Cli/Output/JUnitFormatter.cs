using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using DfLint.Linting;

namespace DfLint.Cli.Output;

/// <summary>
/// <c>--format junit</c>: JUnit XML for CI test reports (GitLab <c>artifacts:reports:junit</c>, Azure DevOps, Jenkins).
/// <code>
/// &lt;testsuites name="DfLint" tests="3" failures="1" errors="0"&gt;
///   &lt;testsuite name="services/api/Dockerfile" tests="2" failures="1" errors="0" skipped="0"&gt;
///     &lt;testcase classname="services/api/Dockerfile" name="DF101 at 1:13" file="services/api/Dockerfile" line="1"&gt;
///       &lt;failure type="warning" message="DF101: ..."&gt;services/api/Dockerfile:1:13: warning DF101: ...
/// See https://...&lt;/failure&gt;
///     &lt;/testcase&gt;
///   &lt;/testsuite&gt;
/// &lt;/testsuites&gt;
/// </code>
/// One <c>testsuite</c> per file and one <c>testcase</c> per finding. Only findings at or above
/// <see cref="ReportContext.FailureThreshold"/> carry a <c>&lt;failure&gt;</c>, so the report fails exactly when the
/// exit code does; findings below it are passing test cases with the finding in <c>&lt;system-out&gt;</c>.
/// A clean file has one passing test case named after the file, so no suite is empty.
/// </summary>
public sealed class JUnitFormatter : IReportFormatter
{
    public string Name => "junit";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        int totalTests = 0, totalFailures = 0;
        var suites = new StringBuilder();
        foreach (var report in reports)
        {
            var findings = report.Result.Findings;
            int failures = 0;
            foreach (var f in findings)
            {
                if (f.Severity >= context.FailureThreshold) failures++;
            }
            int tests = findings.Count == 0 ? 1 : findings.Count;
            totalTests += tests;
            totalFailures += failures;

            string path = XmlText.Attribute(report.DisplayPath);
            suites.Append(string.Format(CultureInfo.InvariantCulture,
                "  <testsuite name=\"{0}\" tests=\"{1}\" failures=\"{2}\" errors=\"0\" skipped=\"0\">\n", path, tests, failures));
            if (findings.Count == 0)
            {
                suites.Append("    <testcase classname=\"" + path + "\" name=\"" + path + "\"/>\n");
            }
            foreach (var finding in findings)
                AppendTestCase(suites, report, finding, context);
            suites.Append("  </testsuite>\n");
        }

        writer.Write(XmlText.Declaration + "\n");
        writer.Write(string.Format(CultureInfo.InvariantCulture,
            "<testsuites name=\"{0}\" tests=\"{1}\" failures=\"{2}\" errors=\"0\">\n", OutputText.ToolName, totalTests, totalFailures));
        writer.Write(suites.ToString());
        writer.Write("</testsuites>\n");
    }

    private static void AppendTestCase(StringBuilder sb, FileReport report, Finding finding, ReportContext context)
    {
        var l = FindingLocation.Of(report.Result, finding);
        string path = XmlText.Attribute(report.DisplayPath);
        string severity = OutputText.SeverityName(finding.Severity);
        string name = string.Format(CultureInfo.InvariantCulture, "{0} at {1}:{2}", finding.RuleId, l.Line, l.Column);
        string detail = string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3} {4}: {5}\nSee {6}",
            report.DisplayPath, l.Line, l.Column, severity, finding.RuleId, finding.Message, finding.Rule.HelpUri);
        sb.Append(string.Format(CultureInfo.InvariantCulture,
            "    <testcase classname=\"{0}\" name=\"{1}\" file=\"{0}\" line=\"{2}\">\n", path, XmlText.Attribute(name), l.Line));
        if (finding.Severity >= context.FailureThreshold)
        {
            sb.Append("      <failure type=\"" + severity + "\" message=\"" + XmlText.Attribute(finding.RuleId + ": " + finding.Message) + "\">")
              .Append(XmlText.Content(detail))
              .Append("</failure>\n");
        }
        else
        {
            sb.Append("      <system-out>").Append(XmlText.Content(detail)).Append("</system-out>\n");
        }
        sb.Append("    </testcase>\n");
    }
}
