using System.Collections.Generic;
using System.Linq;
using DfLint.Configuration;
using DfLint.Rules;

namespace DfLint.Core.Tests.Configuration;

public class HadolintConfigTests
{
    [Fact]
    public void Reads_block_lists_nested_maps_and_comments()
    {
        var config = HadolintConfig.Parse(
            "---\n" +
            "# hadolint settings\n" +
            "ignored:\n" +
            "  - DL3007   # latest is fine here\n" +
            "  - \"DL3008\"\n" +
            "override:\n" +
            "  error:\n" +
            "    - DL1000\n" +
            "  warning: [DL3042, 'DL3013']\n" +
            "  info: []\n" +
            "  style:\n" +
            "  - DL3015\n" +
            "trustedRegistries:\n" +
            "- docker.io\n" +
            "- my-company.com:5000\n" +
            "failure-threshold: Warning\n" +
            "label-schema:\n" +
            "  author: text\n" +
            "no-fail: false\n");

        config.Errors.Should().BeEmpty();
        config.Ignored.Should().Equal(new HadolintCode("DL3007", 4), new HadolintCode("DL3008", 5));
        config.OverrideError.Should().Equal(new HadolintCode("DL1000", 8));
        config.OverrideWarning.Select(c => c.Code).Should().Equal("DL3042", "DL3013");
        config.OverrideInfo.Should().BeEmpty();
        config.OverrideStyle.Select(c => c.Code).Should().Equal("DL3015");
        config.TrustedRegistries.Should().Equal("docker.io", "my-company.com:5000");
        config.FailureThreshold.Should().Be("warning");
        config.DfLintFailureThreshold.Should().Be(Severity.Warning);
    }

    [Fact]
    public void Reads_flow_maps_and_single_quoted_escapes()
    {
        var config = HadolintConfig.Parse("override: {error: [DL1000], info: ['it''s']}\nignored: [ DL3007 , ]\n");

        config.Errors.Should().BeEmpty();
        config.OverrideError.Select(c => c.Code).Should().Equal("DL1000");
        config.OverrideInfo.Select(c => c.Code).Should().Equal("it's");
        config.Ignored.Select(c => c.Code).Should().Equal("DL3007");
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("# only a comment\n", null)]
    [InlineData("failure-threshold: style\n", Severity.Info)]
    [InlineData("failure-threshold: none\n", Severity.Info)]
    [InlineData("failure-threshold: error\n", Severity.Error)]
    public void Maps_the_failure_threshold(string text, Severity? expected)
    {
        var config = HadolintConfig.Parse(text);

        config.Errors.Should().BeEmpty();
        config.DfLintFailureThreshold.Should().Be(expected);
    }

    [Theory]
    [InlineData("ignored:\n  - DL3007\n - DL3008\n", 3, "unexpected indentation")]
    [InlineData("ignored: [DL3007\n", 1, "a '[' list is not closed on its line")]
    [InlineData("failure-threshold: loud\n", 1, "failure-threshold must be one of error, warning, info, style, ignore, none")]
    [InlineData("override:\n  fatal: [DL1000]\n", 2, "unknown override level 'fatal' (expected error, warning, info or style)")]
    [InlineData("ignored:\n\t- DL3007\n", 2, "tabs cannot indent YAML; use spaces")]
    [InlineData("- DL3007\n", 1, "expected a mapping of settings at the top level")]
    [InlineData("ignored: \"DL3007\n", 1, "a double-quoted string is not closed")]
    [InlineData("ignored: [a]\nignored: [b]\n", 2, "duplicate key 'ignored'")]
    [InlineData("override: [DL1000]\n", 1, "'override' must be a mapping of error, warning, info and style lists")]
    [InlineData("ignored:\n  - a: b\n", 2, "maps inside lists are not supported here; list plain values")]
    [InlineData("ignored:\n  - [a, {b: c}]\n", 2, "'ignored' must be a list of strings")]
    public void Reports_errors_with_the_line(string text, int line, string message)
    {
        HadolintConfig.Parse(text).Errors.Should().Equal(new ConfigError(line, message));
    }

    [Fact]
    public void Maps_codes_to_rules_through_their_hadolint_equivalents()
    {
        var config = HadolintConfig.Parse("override:\n  warning: [DL1000]\nignored: [DL3007, DL4006]\ntrustedRegistries: [a.io, b.io]\n");
        var unmapped = new List<HadolintCode>();

        var pairs = config.ToConfigPairs(unmapped);

        pairs.Select(p => (p.Key, p.Value)).Should().Equal(
            ("dotnet_diagnostic.DF000.severity", "warning"),
            ("dotnet_diagnostic.DF101.severity", "none"),
            ("dflint.trusted_registries", "a.io,b.io"));
        unmapped.Should().Equal(new HadolintCode("DL4006", 3));
    }

    [Fact]
    public void Error_overrides_are_applied_last_and_ignored_wins_over_all()
    {
        var error = HadolintConfig.Parse("override:\n  error: [DL1000]\n  style: [DL1000]\n").ToConfigPairs();
        var ignored = HadolintConfig.Parse("override:\n  error: [DL1000]\nignored: [DL1000]\n").ToConfigPairs();

        ConfigValues.Apply(DfLint.Linting.LintOptions.Default, error.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)))
            .Severities["DF000"].Should().Be(ConfiguredSeverity.Error);
        ConfigValues.Apply(DfLint.Linting.LintOptions.Default, ignored.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)))
            .Severities["DF000"].Should().Be(ConfiguredSeverity.None);
    }
}
