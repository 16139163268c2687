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

        // Plain loops and arrays here rather than LINQ over tuples: every generic instantiation over a value type is
        // JIT-compiled at start-up (ReadyToRun cannot precompile them), and start-up is what a pre-commit hook feels.
        var activeRules = new List<DockerfileRule>(rules.Count);
        var activeSeverities = new Severity[rules.Count];
        foreach (var r in rules)
        {
            var configured = options.SeverityOf(r.Descriptor);
            if (configured == ConfiguredSeverity.None) continue;
            activeSeverities[activeRules.Count] = (Severity)configured;
            activeRules.Add(r);
        }
        int count = activeRules.Count;
        var perRule = new List<Finding>[count];
        // Rules run concurrently on larger files; each one is isolated, so a rule that throws becomes one finding
        // instead of a crash. Small files (most Dockerfiles) are faster on one thread than with the thread pool's start-up.
        if (count > 4 && text.Length > 4096 && Environment.ProcessorCount > 1)
            RunParallel(activeRules, activeSeverities, perRule, model, options, suppressions);
        else
            for (int i = 0; i < count; i++)
                perRule[i] = Run(activeRules[i], activeSeverities[i], model, options, suppressions);

        var findings = new List<Finding>();
        foreach (var list in perRule) findings.AddRange(list);
        findings.Sort((a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length);
        });
        return new LintResult(syntax.Source, findings, syntax);
    }

    // Its own method, so that a small file never loads System.Threading.Tasks.Parallel.
    private static void RunParallel(List<DockerfileRule> rules, Severity[] severities, List<Finding>[] perRule,
        SemanticModel model, LintOptions options, Suppressions suppressions)
        => Parallel.For(0, rules.Count, i => perRule[i] = Run(rules[i], severities[i], model, options, suppressions));

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
        // Once per place. The key is a string, not a (start, length, message) tuple: see the note on value types above.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in ctx.Reports)
        {
            var span = report.Span;
            if (suppressions.IsSuppressed(rule.Descriptor.Id, span)) continue;
            if (!seen.Add(PlaceKey(span, report.Message))) continue;
            list.Add(new Finding(rule.Descriptor, report.Message, span, severity));
        }
        return list;
    }

    private static string PlaceKey(SourceSpan span, string message)
        => span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + message;

    private static string FirstLine(string s)
    {
        int nl = s.IndexOfAny(new[] { '\r', '\n' });
        return nl < 0 ? s : s.Substring(0, nl);
    }
}
