using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Linting;
using DfLint.Parsing;
using DfLint.Rules;
using FluentAssertions;

namespace DfLint.Testing;

/// <summary>Checks a rule's fixes: the exact fixed text, the safety, and that the fixed file no longer has the finding.</summary>
public static class FixAssert
{
    private static LintResult LintWith<TRule>(string text) where TRule : DockerfileRule, new()
    {
        var rule = new TRule();
        var options = new LintOptions
        {
            Severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase)
            {
                [rule.Descriptor.Id] = (ConfiguredSeverity)rule.Descriptor.DefaultSeverity,
            },
        };
        return Linter.Lint(text, options, BuildContext.FromDockerignore(""), new DockerfileRule[] { rule });
    }

    /// <summary>The rule reports exactly one finding on <paramref name="text"/>, whose first fix gives <paramref name="expected"/>.</summary>
    public static void Applies<TRule>(string text, string expected, FixSafety safety) where TRule : DockerfileRule, new()
    {
        var finding = LintWith<TRule>(text).Findings.Should().ContainSingle().Subject;
        var fix = finding.Fixes.Should().NotBeEmpty("the rule should offer a fix here").And.Subject.First();
        fix.Safety.Should().Be(safety);
        var fixedText = fix.ApplyTo(text);
        fixedText.Should().Be(expected);
        LintWith<TRule>(fixedText).Findings.Should().BeEmpty("the fixed file no longer has the problem");
        DockerfileParser.Parse(fixedText).Diagnostics.Count.Should().Be(DockerfileParser.Parse(text).Diagnostics.Count, "a fix adds no syntax error");
    }

    /// <summary>The rule reports on <paramref name="text"/> but offers no fix.</summary>
    public static void NoFix<TRule>(string text) where TRule : DockerfileRule, new()
        => LintWith<TRule>(text).Findings.Should().NotBeEmpty().And.OnlyContain(f => f.Fixes.Count == 0);
}
