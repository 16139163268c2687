using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DfLint.Parsing;
using DfLint.Rules;
using DfLint.Semantics;
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
        var model = SemanticModel.Create(syntax, options, context);
        var suppressions = Suppressions.From(syntax);

        var active = rules.Select(r => (Rule: r, Severity: options.SeverityOf(r.Descriptor)))
            .Where(r => r.Severity != ConfiguredSeverity.None).ToArray();
        var perRule = new List<Finding>[active.Length];
        // Rules run concurrently on larger files; each one is isolated, so a rule that throws becomes one finding
        // instead of a crash. Small files (most Dockerfiles) are faster on one thread than with the thread pool's start-up.
        if (active.Length > 4 && text.Length > 4096 && Environment.ProcessorCount > 1)
            Parallel.For(0, active.Length, i => perRule[i] = Run(active[i].Rule, (Severity)active[i].Severity, model, options, suppressions));
        else
            for (int i = 0; i < active.Length; i++)
                perRule[i] = Run(active[i].Rule, (Severity)active[i].Severity, model, options, suppressions);

        var findings = perRule.SelectMany(f => f).ToList();
        findings.Sort((a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length);
        });
        return new LintResult(syntax.Source, findings, syntax);
    }

    private static List<Finding> Run(DockerfileRule rule, Severity severity, SemanticModel model, LintOptions options, Suppressions suppressions)
    {
        var list = new List<Finding>();
        var ctx = new RuleContext(rule.Descriptor, model, options);
        try
        {
            rule.Analyze(ctx);
        }
        catch (Exception ex)
        {
            list.Add(new Finding(rule.Descriptor,
                $"internal error in rule {rule.Descriptor.Id}, please report it: {ex.GetType().Name}: {FirstLine(ex.Message)}",
                new SourceSpan(0, 0), severity));
            return list;
        }
        var seen = new HashSet<(int, int, string)>();
        foreach (var (span, message) in ctx.Reports)
        {
            if (suppressions.IsSuppressed(rule.Descriptor.Id, span)) continue;
            if (!seen.Add((span.Start, span.Length, message))) continue; // once per place
            list.Add(new Finding(rule.Descriptor, message, span, severity));
        }
        return list;
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOfAny(new[] { '\r', '\n' });
        return nl < 0 ? s : s.Substring(0, nl);
    }
}
