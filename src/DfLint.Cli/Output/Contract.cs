// TEMPORARY (cli-commands branch): the minimal output contract so the CLI builds. The formatters branch replaces this file.
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DfLint.Rules;

namespace DfLint.Cli.Output;

public sealed record FileReport(string DisplayPath, DfLint.Linting.LintResult Result);

public sealed record ReportContext(string WorkingDirectory, bool UseColor, string ToolVersion, DfLint.Rules.Severity FailureThreshold);

public interface IReportFormatter
{
    string Name { get; }

    void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context);
}

public static class ReportFormatters
{
    private static readonly IReportFormatter[] All = { new TextFormatter() };

    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.Name).ToArray();

    public static IReportFormatter? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    private sealed class TextFormatter : IReportFormatter
    {
        public string Name => "text";

        public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
        {
            foreach (var report in reports)
            {
                foreach (var f in report.Result.Findings)
                {
                    var p = report.Result.Start(f);
                    writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3} {4}: {5}",
                        report.DisplayPath, p.Line, p.Column, f.Severity.ToString().ToLowerInvariant(), f.RuleId, f.Message));
                }
            }
        }
    }
}

public static class RuleDocs
{
    public static string? GetMarkdown(string ruleId)
    {
        var rule = RuleRegistry.Find(ruleId);
        return rule is null ? null : $"# {rule.Id}: {rule.Title}\n\nCategory: {rule.Category}. Default severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}.\n";
    }

    public static string? GetPlainText(string ruleId)
    {
        var rule = RuleRegistry.Find(ruleId);
        return rule is null ? null : $"{rule.Id}: {rule.Title}\n\nCategory: {rule.Category}. Default severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}.\n";
    }
}
