using System;
using System.IO;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;
using DfLint.Rules;

namespace DfLint.Analyzers.Tests;

/// <summary>AnalyzerReleases.*.md must describe every descriptor the analyzer reports (release tracking cannot see registry IDs: RS2002 is off).</summary>
public sealed class ReleaseTrackingTests
{
    private static (string Id, string Category, string Severity)[] Rows()
    {
        var dir = Path.Combine(RepoPaths.Root, "src", "DfLint.Analyzers");
        return new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(dir, f)))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 3 && c[0].StartsWith("DF", StringComparison.Ordinal))
            .Select(c => (c[0], c[1], c[2]))
            .ToArray();
    }

    [Fact]
    public void Lists_every_registry_rule_with_its_category_and_severity()
    {
        var rows = Rows();
        foreach (var rule in RuleRegistry.Descriptors)
            rows.Should().ContainSingle(r => r.Id == rule.Id, rule.Id)
                .Which.Should().Be((rule.Id, rule.Category.ToString(), RuleCatalog.ReleaseSeverity(rule)));
    }

    [Fact]
    public void Lists_the_config_and_internal_errors_and_each_ID_once()
    {
        var rows = Rows();
        rows.Should().Contain((DescriptorMap.ConfigErrorId, DescriptorMap.ConfigError.Category, "Error"));
        rows.Should().Contain((DescriptorMap.InternalErrorId, DescriptorMap.InternalError.Category, "Warning"));
        rows.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        // Core lets configuration name these IDs without an "unknown rule" warning; it must know exactly these.
        RuleRegistry.HostDiagnosticIds.Should().BeEquivalentTo(DescriptorMap.ConfigErrorId, DescriptorMap.InternalErrorId);
    }

    [Fact]
    public void Descriptors_mirror_the_registry()
    {
        DescriptorMap.All.Select(d => d.Id).Should().Equal(RuleRegistry.Descriptors.Select(d => d.Id)
            .Append(DescriptorMap.ConfigErrorId).Append(DescriptorMap.InternalErrorId));
        foreach (var rule in RuleRegistry.Descriptors)
        {
            var d = DescriptorMap.Get(rule);
            d.Title.ToString().Should().Be(rule.Title);
            d.MessageFormat.ToString().Should().Be("{0}");
            d.Category.Should().Be(rule.Category.ToString());
            d.DefaultSeverity.Should().Be(DescriptorMap.ToRoslyn(rule.DefaultSeverity));
            d.IsEnabledByDefault.Should().Be(rule.EnabledByDefault);
            d.HelpLinkUri.Should().Be(rule.HelpUri);
        }
    }
}
