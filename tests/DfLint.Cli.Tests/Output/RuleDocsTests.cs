using DfLint.Rules;

namespace DfLint.Cli.Tests.Output;

public class RuleDocsTests
{
    [Fact]
    public void Plain_text_drops_markdown_syntax()
    {
        var text = RuleDocs.ToPlainText(OutputFixtures.LatestTagMarkdown);

        text.Should().Be(
            "DF901: Avoid the latest tag\n\nCategory: BaseImages. Default severity: warning.\n\n" +
            "What it does\n\nFlags images referenced by the latest tag\nor by no tag.\n\n" +
            "Why is this bad?\n\nThe image can change between builds; see reproducible builds (https://reproducible-builds.org/).\n\n" +
            "Example\n\n    FROM ubuntu:latest\n\nUse instead\n\n    FROM ubuntu:24.04");
    }

    [Fact]
    public void First_paragraph_of_a_section_is_joined_into_one_line()
    {
        RuleDocs.FirstParagraph(OutputFixtures.LatestTagMarkdown, "What it does").Should().Be("Flags images referenced by the latest tag or by no tag.");
        RuleDocs.FirstParagraph(OutputFixtures.LatestTagMarkdown, "Options").Should().BeNull();
    }

    [Fact]
    public void Unknown_rules_have_no_docs()
    {
        RuleDocs.GetMarkdown("DF999").Should().BeNull();
        RuleDocs.GetPlainText("DF999").Should().BeNull();
    }

    [Fact]
    public void Every_registered_rule_has_an_embedded_page_with_its_title()
    {
        foreach (var rule in RuleRegistry.Descriptors)
        {
            var markdown = RuleDocs.GetMarkdown(rule.Id);
            markdown.Should().NotBeNull($"rules/{rule.Id}.md should be embedded in the CLI");
            markdown!.Should().StartWith($"# {rule.Id}: {rule.Title}");
            RuleDocs.GetPlainText(rule.Id).Should().StartWith($"{rule.Id}: {rule.Title}");
        }
    }
}
