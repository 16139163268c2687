using System;
using System.IO;
using System.Linq;
using DfLint.Rules;

namespace DfLint.Core.Tests.Meta;

/// <summary>The rule pages live in Core, so that every host (CLI, analyzer, editors) renders the same docs.</summary>
public class EmbeddedRuleDocsTests
{
    [Fact]
    public void Core_embeds_every_rule_page_exactly()
    {
        var resources = typeof(RuleDocs).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal));
        resources.Should().BeEquivalentTo(RuleRegistry.Descriptors.Select(d => "rules/" + d.Id + ".md"));
        foreach (var rule in RuleRegistry.Descriptors)
        {
            string file = File.ReadAllText(RepoFile("rules", rule.Id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            RuleDocs.GetMarkdown(rule.Id).Should().Be(file, rule.Id);
            RuleDocs.GetMarkdown(rule.Id.ToLowerInvariant()).Should().Be(file, "look-up ignores case");
            RuleDocs.GetSummary(rule.Id).Should().NotBeNullOrWhiteSpace(rule.Id);
            RuleDocs.GetPlainText(rule.Id).Should().StartWith(rule.Id + ": " + rule.Title);
        }
    }

    [Fact]
    public void Unknown_or_empty_ids_have_no_page()
    {
        RuleDocs.GetMarkdown("DF999").Should().BeNull();
        RuleDocs.GetMarkdown("").Should().BeNull();
        RuleDocs.GetSummary("DF999").Should().BeNull();
        RuleDocs.GetPlainText("../README").Should().BeNull();
    }

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln"))) return Path.Combine(dir.FullName, Path.Combine(parts));
        }
        throw new InvalidOperationException("Analyzer.sln not found above " + AppContext.BaseDirectory);
    }
}
