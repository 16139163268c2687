using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DfLint.Rules;
using DfLint.Testing;

namespace DfLint.Core.Tests.Meta;

/// <summary>What is generated from the registry is committed up to date, and the registry has every rule class.</summary>
public class GeneratedDocsTests
{
    private const string Regenerate = "it is generated from the registry: run 'dotnet run --project tools/NewRule -- sync'";

    [Fact]
    public void Readme_rule_table_is_current()
        => RuleCatalog.ExtractGenerated(File.ReadAllText(SharedData.RepoPath("README.md")))
            .Should().Be(RuleCatalog.ReadmeTable(RuleRegistry.Descriptors), Regenerate);

    [Fact]
    public void Equivalents_page_is_current()
        => RuleCatalog.ExtractGenerated(File.ReadAllText(SharedData.RepoPath("rules", "equivalents.md")))
            .Should().Be(RuleCatalog.EquivalentsTable(RuleRegistry.Descriptors), Regenerate);

    [Fact]
    public void Registry_holds_every_rule_class_once_sorted_by_id()
    {
        var classes = typeof(RuleRegistry).Assembly.GetTypes()
            .Where(t => typeof(DockerfileRule).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        RuleRegistry.All.Select(r => r.GetType()).OrderBy(t => t.Name, StringComparer.Ordinal).Should().Equal(classes);
        RuleRegistry.All.Select(r => r.Descriptor.Id).Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Replacing_the_generated_section_keeps_the_rest()
    {
        var doc = "intro\n" + RuleCatalog.BeginMarker + "\nold\n" + RuleCatalog.EndMarker + "\n\noutro\n";
        var updated = RuleCatalog.ReplaceGenerated(doc, "new\n");
        updated.Should().Be("intro\n" + RuleCatalog.BeginMarker + "\nnew\n" + RuleCatalog.EndMarker + "\n\noutro\n");
        RuleCatalog.ExtractGenerated(updated).Should().Be("new\n");
        FluentActions.Invoking(() => RuleCatalog.ReplaceGenerated("no markers", "x")).Should().Throw<FormatException>();
    }

    [Theory]
    [MemberData(nameof(RuleDocsTests.Rules), MemberType = typeof(RuleDocsTests))]
    public void Options_section_lists_exactly_the_declared_options(string id)
    {
        var rule = RuleRegistry.Find(id)!;
        var page = File.ReadAllText(SharedData.RepoPath("rules", id + ".md")).Replace("\r\n", "\n");
        var section = Regex.Match(page, @"^## Options\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        if (rule.Options.Count == 0)
        {
            section.Success.Should().BeFalse($"{id} declares no options, so its page has no Options section");
            return;
        }
        section.Success.Should().BeTrue($"{id} declares options, so its page has an Options section");
        var documented = Regex.Matches(section.Groups["body"].Value, @"`(dflint\.[a-z0-9_]+)`").Select(m => m.Groups[1].Value).Distinct().ToList();
        documented.Should().BeEquivalentTo(rule.Options.Select(o => o.ConfigKey));
    }
}
