using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Configuration;
using DfLint.Linting;
using DfLint.Rules;
using DfLint.Testing;

namespace DfLint.Core.Tests.Precision;

/// <summary>
/// The labelled precision set, <c>tests/precision/labels.tsv</c>: findings sampled from the corpus and judged by hand as
/// true (TP) or false (FP) positives, with the reason and the options the rule ran with. A judged true positive must
/// still be reported with the same message, and a judged false positive must not come back; a changed message or
/// position means the row is re-judged, never silently passed.
/// </summary>
public class PrecisionLabelTests
{
    private sealed record Label(int Row, string File, int Line, int Column, string Rule, string Verdict, string Reason,
        IReadOnlyDictionary<string, string> Options, string Message);

    private static IReadOnlyList<Label> Labels()
    {
        var lines = File.ReadAllLines(SharedData.RepoPath("tests", "precision", "labels.tsv"));
        lines[0].Should().Be("file\tline\tcolumn\trule\tverdict\treason\toptions\tmessage");
        var labels = new List<Label>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var c = lines[i].Split('\t');
            c.Should().HaveCount(8, $"row {i + 1} has eight columns");
            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in c[6].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=');
                eq.Should().BeGreaterThan(0, $"row {i + 1}: options are dflint.key=value pairs");
                pair.Should().StartWith(ConfigValues.OptionPrefix);
                options[pair.Substring(ConfigValues.OptionPrefix.Length, eq - ConfigValues.OptionPrefix.Length)] = pair.Substring(eq + 1);
            }
            labels.Add(new Label(i + 1, c[0], int.Parse(c[1]), int.Parse(c[2]), c[3], c[4], c[5], options, c[7]));
        }
        return labels;
    }

    [Fact]
    public void Labels_are_well_formed()
    {
        foreach (var l in Labels())
        {
            RuleRegistry.Find(l.Rule).Should().NotBeNull($"row {l.Row} names a rule");
            l.Verdict.Should().BeOneOf(new[] { "TP", "FP" }, $"row {l.Row} is judged");
            l.Reason.Trim().Should().NotBeEmpty($"row {l.Row} says why");
            foreach (var o in l.Options) ConfigValues.ValidateOption(o.Key, o.Value).Should().BeNull($"row {l.Row} sets a declared option");
        }
    }

    [CorpusFact]
    public void Judged_findings_are_still_what_was_judged()
    {
        var problems = new List<string>();
        foreach (var group in Labels().GroupBy(l => (l.File, l.Rule, Options: string.Join(";", l.Options.Select(o => o.Key + "=" + o.Value)))))
        {
            var first = group.First();
            var rule = RuleRegistry.All.Single(r => r.Descriptor.Id == first.Rule);
            var options = new LintOptions
            {
                Severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase) { [first.Rule] = (ConfiguredSeverity)rule.Descriptor.DefaultSeverity },
                RuleOptions = first.Options,
            };
            // Linted as 'dflint -' would without --context: the build context is unknown.
            var result = Linter.Lint(Corpus.Read(first.File), options, BuildContext.Unknown, new[] { rule });
            foreach (var label in group)
            {
                var at = result.Findings.Where(f => result.Start(f).Line == label.Line && result.Start(f).Column == label.Column).ToList();
                if (label.Verdict == "TP" && !at.Any(f => f.Message == label.Message))
                    problems.Add($"row {label.Row}: judged true positive {label.Rule} at {label.File}:{label.Line}:{label.Column} is gone or its message changed ({string.Join(" | ", at.Select(f => f.Message))}); re-judge it");
                if (label.Verdict == "FP" && at.Count > 0)
                    problems.Add($"row {label.Row}: judged false positive {label.Rule} at {label.File}:{label.Line}:{label.Column} came back: {at[0].Message}");
            }
        }
        problems.Should().BeEmpty();
    }
}
