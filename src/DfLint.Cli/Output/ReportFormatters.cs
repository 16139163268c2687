using System;
using System.Collections.Generic;
using System.IO;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Output;

/// <summary>One linted file as the report shows it.</summary>
/// <param name="DisplayPath">The path relative to the working directory with forward slashes, or <c>-</c> (or the
/// <c>--stdin-filename</c>) for standard input. Formatters print it as given.</param>
/// <param name="Result">What the linter found, with the text the positions refer to.</param>
public sealed record FileReport(string DisplayPath, LintResult Result);

/// <summary>What every formatter may need besides the findings.</summary>
/// <param name="WorkingDirectory">The absolute directory the display paths are relative to (SARIF <c>%SRCROOT%</c>).</param>
/// <param name="UseColor">True to colour the <c>text</c> format with ANSI escapes.</param>
/// <param name="ToolVersion">The tool version (semantic version) written into SARIF and JUnit.</param>
/// <param name="FailureThreshold">The severity at and above which the run fails; JUnit reports only those findings as failures.</param>
public sealed record ReportContext(string WorkingDirectory, bool UseColor, string ToolVersion, Severity FailureThreshold);

/// <summary>Writes a whole report (every file) in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>The value of <c>--format</c> that selects this formatter.</summary>
    string Name { get; }

    /// <summary>Writes the report. Reports and findings are written in the order given (callers sort the files).</summary>
    void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context);
}

/// <summary>The output formats of <c>dflint</c>, by name.</summary>
public static class ReportFormatters
{
    private static readonly IReportFormatter[] All =
    {
        new TextFormatter(),
        new JsonFormatter(),
        new SarifFormatter(),
        new MsBuildFormatter(),
        new CheckstyleFormatter(),
        new GitLabFormatter(),
        new GitHubFormatter(),
        new JUnitFormatter(),
    };

    /// <summary>The names accepted by <c>--format</c>; the first, <c>text</c>, is the default.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(All, f => f.Name);

    /// <summary>The formatter with this name (case-insensitive), or null.</summary>
    public static IReportFormatter? Find(string name)
    {
        foreach (var formatter in All)
        {
            if (string.Equals(formatter.Name, name, StringComparison.OrdinalIgnoreCase))
                return formatter;
        }
        return null;
    }
}
