using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Rules;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules;

/// <summary>
/// Samples give exactly the findings their <c># expect:</c> markers give. A rule's sample (<c>samples/rules/DFnnn.Dockerfile</c>)
/// is checked with that rule alone (and DF000, parse errors), so it marks only its own rule. The realistic files of
/// <c>samples/real-world</c> are the golden set for all rules together: linted as the CLI does, their markers are exhaustive.
/// </summary>
public class SampleTests
{
    public static IEnumerable<object[]> RuleSamples()
        => Directory.GetFiles(SharedData.RepoPath("samples", "rules"), "*.Dockerfile")
            .Select(p => Path.GetFileNameWithoutExtension(p)).OrderBy(id => id, StringComparer.Ordinal)
            .Select(id => new object[] { id });

    public static IEnumerable<object[]> RealWorldSamples()
        => Directory.GetFiles(SharedData.RepoPath("samples", "real-world"), "*.Dockerfile")
            .Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(RuleSamples))]
    public void Rule_sample_gives_exactly_its_rules_findings(string ruleId)
    {
        RuleRegistry.Find(ruleId).Should().NotBeNull($"samples/rules/{ruleId}.Dockerfile is named after a rule");
        SampleAssert.Verify(ruleId);
    }

    [Theory]
    [MemberData(nameof(RealWorldSamples))]
    public void Real_world_sample_gives_exactly_the_findings_of_all_rules_its_markers_expect(string name)
    {
        var text = File.ReadAllText(SharedData.RepoPath("samples", "real-world", name));
        var problems = Expectations.Compare(Expectations.Read(text), Expectations.Actual(Expectations.LintSample(text)));
        problems.Should().BeEmpty();
    }

    [Fact]
    public void A_rule_sample_is_linted_with_its_own_rule_and_DF000_only()
    {
        // DF301's sample copies the whole context with no .dockerignore, which DF302 reports when every rule runs.
        var text = File.ReadAllText(SampleAssert.RuleSamplePath("DF301"));

        Expectations.LintSample(text, "DF301").Findings.Select(f => f.RuleId).Should().Contain("DF302");
        Expectations.LintRuleSample(text, "DF301").Findings.Select(f => f.RuleId).Should().OnlyContain(id => id == "DF301");
        Expectations.RulesOfSample("DF105").Select(r => r.Descriptor.Id).Should().Equal("DF000", "DF105");
        Expectations.LintRuleSample(File.ReadAllText(SampleAssert.RuleSamplePath("DF105")), "DF105").Findings
            .Should().Contain(f => f.RuleId == "DF105", "a rule that is off by default is switched on for its own sample");
    }
}
