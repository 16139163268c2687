using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DfLint.Linting;
using DfLint.Rules;
using DfLint.Testing;

namespace DfLint.Core.Tests.Meta;

/// <summary>Docs and code agree: every rule has a page and every page a rule, with the same title and the required headings; examples lint as they claim.</summary>
public class RuleDocsTests
{
    private static readonly string[] Required = { "## What it does", "## Why is this bad?", "## Example", "## Use instead" };
    private static readonly string[] Optional = { "## Options", "## Exceptions", "## References" };

    public static IEnumerable<object[]> Rules() => RuleRegistry.Descriptors.Select(d => new object[] { d.Id });

    private static string Page(string id) => File.ReadAllText(SharedData.RepoPath("rules", id + ".md"));

    [Fact]
    public void Every_page_has_a_rule()
    {
        var pages = Directory.GetFiles(SharedData.RepoPath("rules"), "DF*.md").Select(Path.GetFileNameWithoutExtension);
        pages.Should().BeEquivalentTo(RuleRegistry.Descriptors.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Page_title_metadata_and_headings_match_the_rule(string id)
    {
        var d = RuleRegistry.Find(id)!;
        var lines = Page(id).Replace("\r\n", "\n").Split('\n');
        lines[0].Should().Be($"# {d.Id}: {d.Title}");
        var meta = lines.First(l => l.StartsWith("Category:", StringComparison.Ordinal));
        meta.Should().StartWith($"Category: {d.Category} · Default severity: {d.DefaultSeverity.ToString().ToLowerInvariant()}");
        if (!d.EnabledByDefault) meta.Should().Contain("disabled by default");
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        headings.Take(4).Should().Equal(Required);
        headings.Skip(4).Should().BeSubsetOf(Optional);
        headings.Skip(4).Select(h => Array.IndexOf(Optional, h)).Should().BeInAscendingOrder("optional sections come in the order Options, Exceptions, References");
        foreach (var e in d.Equivalents.Where(e => e.Tool == EquivalentTool.Hadolint))
            meta.Should().Contain(e.Id, "the page lists the hadolint equivalent");
    }

    private static string Block(string page, string heading)
    {
        var m = Regex.Match(page, Regex.Escape(heading) + @"\s*\n+```dockerfile\n(?<code>.*?)```", RegexOptions.Singleline);
        m.Success.Should().BeTrue($"'{heading}' has a dockerfile code block");
        return m.Groups["code"].Value;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Example_triggers_the_rule_and_use_instead_does_not(string id)
    {
        var page = Page(id);
        var example = Expectations.LintSample(Block(page, "## Example"), id);
        example.Findings.Select(f => f.RuleId).Should().Contain(id, "the Example must show the problem");
        var fixedUp = Expectations.LintSample(Block(page, "## Use instead"), id);
        fixedUp.Findings.Where(f => f.RuleId == id).Should().BeEmpty("'Use instead' must not trigger the rule");
        fixedUp.Findings.Where(f => f.Rule.EnabledByDefault).Select(f => $"{f.RuleId} {f.Message}").Should().BeEmpty("'Use instead' shows a clean Dockerfile");
    }
}

/// <summary>The registry, descriptors, samples and tests stay complete and consistent.</summary>
public class RuleRegistryTests
{
    private static readonly Dictionary<RuleCategory, int> Range = new()
    {
        [RuleCategory.Syntax] = 0, [RuleCategory.BaseImages] = 1, [RuleCategory.Run] = 2,
        [RuleCategory.Files] = 3, [RuleCategory.Runtime] = 4, [RuleCategory.Security] = 5,
    };

    [Fact]
    public void Registry_is_unique_sorted_and_in_range()
    {
        var ids = RuleRegistry.Descriptors.Select(d => d.Id).ToList();
        ids.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        foreach (var d in RuleRegistry.Descriptors)
            (d.Id[2] - '0').Should().Be(Range[d.Category], $"{d.Id} is in the {d.Category} range");
    }

    [Fact]
    public void Every_rule_type_is_registered()
    {
        var types = typeof(DockerfileRule).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DockerfileRule).IsAssignableFrom(t));
        types.Should().BeEquivalentTo(RuleRegistry.All.Select(r => r.GetType()));
    }

    [Theory]
    [MemberData(nameof(RuleDocsTests.Rules), MemberType = typeof(RuleDocsTests))]
    public void Descriptor_wording_follows_the_style_guide(string id)
    {
        var d = RuleRegistry.Find(id)!;
        d.Title.Should().NotEndWith(".").And.MatchRegex("^[A-Z]");
        d.MessageFormat.Should().NotEndWith(".");
        if (id != "DF000") d.MessageFormat.Should().Contain("'{0}'", "the offending value is quoted");
        d.HelpUri.Should().EndWith($"rules/{id}.md");
        var type = RuleRegistry.All.Single(r => r.Descriptor.Id == id).GetType();
        type.Name.Should().StartWith(id);
        type.Namespace.Should().EndWith("." + d.Category);
    }

    [Theory]
    [MemberData(nameof(RuleDocsTests.Rules), MemberType = typeof(RuleDocsTests))]
    public void Every_rule_has_a_sample_and_a_test_class(string id)
    {
        File.Exists(SharedData.RepoPath("samples", "rules", id + ".Dockerfile")).Should().BeTrue();
        var type = RuleRegistry.All.Single(r => r.Descriptor.Id == id).GetType();
        var testClasses = typeof(RuleRegistryTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();
        testClasses.Contains(type.Name + "Tests").Should().BeTrue($"{type.Name} has a test class {type.Name}Tests");
    }

    [Fact]
    public void Every_rule_runs_cleanly_on_an_empty_file_and_on_every_sample()
    {
        var texts = new List<string> { "", "\n", "# only a comment\n", "FROM scratch\n" };
        texts.AddRange(Directory.GetFiles(SharedData.RepoPath("samples"), "*.Dockerfile", SearchOption.AllDirectories).Select(File.ReadAllText));
        var all = new LintOptions { Severities = RuleRegistry.Descriptors.ToDictionary(d => d.Id, d => (ConfiguredSeverity)d.DefaultSeverity) };
        foreach (var t in texts)
            Linter.Lint(t, all, BuildContext.FromDockerignore(null)).Findings.Should().NotContain(f => f.Message.StartsWith("internal error"));
    }
}
