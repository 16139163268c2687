using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Parsing;
using DfLint.Rules;
using DfLint.Syntax;

namespace DfLint.Linting;

/// <summary>Text in, findings out. Pure: no file system, console, environment or clock.</summary>
public static class Linter
{
    public static LintResult Lint(string text, LintOptions? options = null, BuildContext? context = null,
        IReadOnlyList<DockerfileRule>? rules = null)
    {
        options ??= LintOptions.Default;
        context ??= BuildContext.Unknown;
        rules ??= RuleRegistry.All;
        var syntax = DockerfileParser.Parse(text);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            var severity = options.SeverityOf(rule.Descriptor);
            if (severity == ConfiguredSeverity.None) continue;
            var ctx = new RuleContext(rule.Descriptor, syntax, options, context);
            rule.Analyze(ctx);
            foreach (var (span, message) in ctx.Reports)
                findings.Add(new Finding(rule.Descriptor, message, span, (Severity)severity));
        }
        findings.Sort((a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            return c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        return new LintResult(syntax.Source, findings, syntax);
    }
}
