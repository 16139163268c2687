using System.Linq;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Core.Tests.Linting;

public class SuppressionTests
{
    private static string[] Ids(string text)
        => Linter.Lint(text, null, BuildContext.FromDockerignore(""))
            .Findings.Select(f => $"{f.RuleId}@{text.Substring(0, f.Span.Start).Count(c => c == '\n') + 1}").ToArray();

    private const string Body = "FROM node:latest\nCMD node server.js\n";

    [Fact]
    public void Without_pragmas_both_findings_are_reported()
        => Ids(Body).Should().Contain(new[] { "DF101@1", "DF402@2" });

    [Fact]
    public void Ignore_applies_to_the_next_instruction_only()
    {
        var ids = Ids("# dflint ignore=DF101 -- pinned by the release pipeline\nFROM node:latest\nFROM node:latest AS b\nCMD [\"x\"]\n");
        ids.Should().NotContain("DF101@2").And.Contain("DF101@3");
    }

    [Fact]
    public void Stacked_pragmas_all_apply()
        => Ids("# dflint ignore=DF101\n# dflint ignore=DF401\nFROM node:latest\nCMD [\"node\"]\n").Should().NotContain(i => i.StartsWith("DF101") || i.StartsWith("DF401"));

    [Fact]
    public void A_blank_line_breaks_the_link()
        => Ids("# dflint ignore=DF101\n\nFROM node:latest\n").Should().Contain("DF101@3");

    [Fact]
    public void Global_ignore_applies_everywhere()
        => Ids("# dflint global ignore=DF402, DF101\n" + Body).Should().NotContain(i => i.StartsWith("DF101") || i.StartsWith("DF402"));

    [Fact]
    public void Hadolint_pragmas_map_through_equivalents()
    {
        Ids("# hadolint ignore=DL3007\nFROM node:latest\nCMD [\"x\"]\n").Should().NotContain(i => i.StartsWith("DF101"));
        Ids("# hadolint global ignore=DL3025\n" + Body).Should().NotContain(i => i.StartsWith("DF402"));
    }

    [Fact]
    public void Ignoring_another_rule_keeps_the_finding()
        => Ids("# dflint ignore=DF102\nFROM node:latest\n").Should().Contain("DF101@2");

    [Fact]
    public void A_crashing_rule_becomes_one_finding_and_the_others_still_run()
    {
        var result = Linter.Lint("FROM node:latest\n", null, null, new DockerfileRule[] { new Crashing(), new DfLint.Rules.BaseImages.DF101AvoidLatestTag() });
        result.Findings.Select(f => f.RuleId).Should().BeEquivalentTo("DF101", "DF102");
        result.Findings.Single(f => f.RuleId == "DF102").Message.Should().Be("internal error in rule DF102, please report it: System.InvalidOperationException: boom".Replace("System.", ""));
    }

    private sealed class Crashing : FileRule
    {
        public override RuleDescriptor Descriptor => DfLint.Rules.BaseImages.DF102TagBaseImages.Rule;
        public override void Analyze(RuleContext context) => throw new System.InvalidOperationException("boom\nsecond line");
    }
}
