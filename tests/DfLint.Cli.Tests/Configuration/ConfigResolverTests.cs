using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Cli.Commands;
using DfLint.Cli.Configuration;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Tests.Configuration;

public class ConfigResolverTests : IDisposable
{
    private readonly CliHarness _dir = new();

    public void Dispose() => _dir.Dispose();

    private ConfigResolver Resolver(ConfigFlags? flags = null)
    {
        var context = new CliContext(new StringReader(""), new StringWriter(), new StringWriter(), _dir.Root,
            new Dictionary<string, string?>(), StdoutIsTerminal: false);
        return new ConfigResolver(context, flags ?? new ConfigFlags(), LintOptions.Default);
    }

    private ConfiguredSeverity SeverityOfDf000(ConfigResolver resolver, string dockerfile = "svc/Dockerfile")
    {
        var resolved = resolver.Resolve(Path.Combine(_dir.Root, dockerfile), out var error);
        error.Should().BeNull();
        return resolved.Options.SeverityOf(RuleRegistry.Find("DF000")!);
    }

    [Theory]
    [InlineData(0, ConfiguredSeverity.Error)]
    [InlineData(1, ConfiguredSeverity.Warning)]
    [InlineData(2, ConfiguredSeverity.Info)]
    [InlineData(3, ConfiguredSeverity.None)]
    [InlineData(4, ConfiguredSeverity.Warning)]
    [InlineData(5, ConfiguredSeverity.Error)]
    public void Each_layer_beats_the_ones_before_it(int layers, ConfiguredSeverity expected)
    {
        // defaults (error) < .hadolint.yaml < .editorconfig < .globalconfig < --config < flags
        _dir.Write(".editorconfig", "root = true\n");
        _dir.Write("svc/Dockerfile", "FROM alpine:3.20\n");
        if (layers >= 1) _dir.Write("svc/.hadolint.yaml", "override:\n  warning: [DL1000]\n");
        if (layers >= 2) _dir.Write("svc/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF000.severity = suggestion\n");
        if (layers >= 3) _dir.Write("svc/.globalconfig", "is_global = true\ndotnet_diagnostic.DF000.severity = none\n");
        var flags = new ConfigFlags();
        if (layers >= 4)
        {
            _dir.Write("explicit.globalconfig", "dotnet_diagnostic.DF000.severity = warning\n");
            flags = flags with { ConfigFile = "explicit.globalconfig" };
        }
        if (layers >= 5) flags = flags with { Severities = new[] { new KeyValuePair<string, string>("DF000", "error") } };
        if (layers == 0) { }

        SeverityOfDf000(Resolver(flags)).Should().Be(layers == 0 ? ConfiguredSeverity.Error : expected);
    }

    [Fact]
    public void Hadolint_config_alone_applies_its_override()
    {
        _dir.Write(".editorconfig", "root = true\n");
        _dir.Write("svc/.hadolint.yml", "override:\n  info: [DL1000]\n");

        SeverityOfDf000(Resolver()).Should().Be(ConfiguredSeverity.Info);
    }

    [Fact]
    public void The_nearest_hadolint_config_wins_and_the_flag_replaces_it()
    {
        _dir.Write(".hadolint.yaml", "ignored: [DL1000]\nfailure-threshold: error\n");
        _dir.Write("svc/.hadolint.yaml", "override:\n  warning: [DL1000]\n");
        _dir.Write("other.yaml", "override:\n  info: [DL1000]\nfailure-threshold: style\n");

        SeverityOfDf000(Resolver()).Should().Be(ConfiguredSeverity.Warning);
        SeverityOfDf000(Resolver(), "Dockerfile").Should().Be(ConfiguredSeverity.None);
        Resolver().Resolve(Path.Combine(_dir.Root, "Dockerfile"), out _).FailureThreshold.Should().Be(Severity.Error);
        var explicitResolver = Resolver(new ConfigFlags { HadolintConfigFile = "other.yaml" });
        SeverityOfDf000(explicitResolver).Should().Be(ConfiguredSeverity.Info);
        explicitResolver.Resolve(Path.Combine(_dir.Root, "svc/Dockerfile"), out _).FailureThreshold.Should().Be(Severity.Info);
    }

    [Fact]
    public void Nearer_editorconfig_wins_and_root_stops_the_search()
    {
        _dir.Write(".editorconfig", "[*]\ndotnet_diagnostic.DF000.severity = none\n");
        _dir.Write("a/.editorconfig", "root = true\n[*]\ndflint.trusted_registries = a.io\n");
        _dir.Write("a/b/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF000.severity = warning\n");
        _dir.Write("c/.editorconfig", "[*]\ndotnet_diagnostic.DF000.severity = suggestion\n");

        var resolver = Resolver();
        SeverityOfDf000(resolver, "a/b/Dockerfile").Should().Be(ConfiguredSeverity.Warning);
        SeverityOfDf000(resolver, "a/Dockerfile").Should().Be(ConfiguredSeverity.Error, "root = true in a/ hides the top file");
        SeverityOfDf000(resolver, "c/Dockerfile").Should().Be(ConfiguredSeverity.Info);
        SeverityOfDf000(resolver, "Dockerfile").Should().Be(ConfiguredSeverity.None);
        resolver.Resolve(Path.Combine(_dir.Root, "a/b/Dockerfile"), out _).Options.RuleOptions["trusted_registries"].Should().Be("a.io");
    }

    [Fact]
    public void Later_sections_win_and_only_matching_sections_apply()
    {
        _dir.Write(".editorconfig",
            "root = true\n" +
            "[*.cs]\ndotnet_diagnostic.DF000.severity = none\n" +
            "[Dockerfile]\ndotnet_diagnostic.DF000.severity = suggestion\n" +
            "[svc/**]\ndotnet_diagnostic.DF000.severity = warning\n" +
            "[{api,web}.Dockerfile]\ndotnet_diagnostic.DF000.severity = none\n");

        var resolver = Resolver();
        SeverityOfDf000(resolver, "svc/Dockerfile").Should().Be(ConfiguredSeverity.Warning);
        SeverityOfDf000(resolver, "other/Dockerfile").Should().Be(ConfiguredSeverity.Info);
        SeverityOfDf000(resolver, "other/web.Dockerfile").Should().Be(ConfiguredSeverity.None);
        SeverityOfDf000(resolver, "other/db.Dockerfile").Should().Be(ConfiguredSeverity.Error);
    }

    [Fact]
    public void Nearer_globalconfig_wins()
    {
        _dir.Write(".editorconfig", "root = true\n");
        _dir.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DF000.severity = none\ndflint.x = outer\n");
        _dir.Write("svc/.globalconfig", "is_global = true\ndotnet_diagnostic.DF000.severity = warning\n");

        var resolver = Resolver();
        SeverityOfDf000(resolver).Should().Be(ConfiguredSeverity.Warning);
        SeverityOfDf000(resolver, "Dockerfile").Should().Be(ConfiguredSeverity.None);
        resolver.Resolve(Path.Combine(_dir.Root, "svc/Dockerfile"), out _).Options.RuleOptions["x"].Should().Be("outer");
    }

    [Fact]
    public void Globalconfig_sections_with_absolute_paths_match()
    {
        _dir.Write(".editorconfig", "root = true\n");
        _dir.Write(".globalconfig", $"is_global = true\n[{_dir.Root}/svc/Dockerfile]\ndotnet_diagnostic.DF000.severity = none\n");

        SeverityOfDf000(Resolver()).Should().Be(ConfiguredSeverity.None);
        SeverityOfDf000(Resolver(), "Dockerfile").Should().Be(ConfiguredSeverity.Error);
    }

    [Fact]
    public void Ignore_beats_severity_and_select_turns_the_rest_off()
    {
        _dir.Write(".editorconfig", "root = true\n");

        SeverityOfDf000(Resolver(new ConfigFlags
        {
            Severities = new[] { new KeyValuePair<string, string>("DF000", "warning") },
            Ignores = new[] { "DF000" },
        })).Should().Be(ConfiguredSeverity.None);
        SeverityOfDf000(Resolver(new ConfigFlags { Selects = new[] { "DF1" } })).Should().Be(ConfiguredSeverity.None);
        SeverityOfDf000(Resolver(new ConfigFlags { Selects = new[] { "df0" } })).Should().Be(ConfiguredSeverity.Error);
    }

    [Fact]
    public void Select_turns_on_a_rule_config_turned_off()
    {
        _dir.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DF000.severity = none\n");

        SeverityOfDf000(Resolver(new ConfigFlags { Selects = new[] { "DF000" } })).Should().Be(ConfiguredSeverity.Error);
    }

    [Fact]
    public void Hadolint_trusted_registries_become_the_rule_option()
    {
        _dir.Write(".editorconfig", "root = true\n");
        _dir.Write(".hadolint.yaml", "trustedRegistries:\n  - docker.io\n  - ghcr.io\n");

        var resolved = Resolver().Resolve(Path.Combine(_dir.Root, "Dockerfile"), out var error);

        error.Should().BeNull();
        resolved.Options.RuleOptions["trusted_registries"].Should().Be("docker.io,ghcr.io");
    }

    [Fact]
    public void Warnings_carry_the_file_and_line_and_come_once()
    {
        _dir.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DF997.severity = error\ndotnet_diagnostic.DF000.severity = loud\n");
        var resolver = Resolver();

        resolver.Resolve(Path.Combine(_dir.Root, "a/Dockerfile"), out _);
        resolver.Resolve(Path.Combine(_dir.Root, "b/Dockerfile"), out _);

        resolver.Warnings.Should().Equal(
            ".editorconfig:3: unknown rule 'DF997'",
            ".editorconfig:4: 'loud' is not a severity (error, warning, suggestion, none or default) for DF000");
    }

    [Fact]
    public void A_bad_section_glob_is_an_error_with_its_line()
    {
        _dir.Write(".editorconfig", "root = true\n\n[*.{cs]\nk = v\n");

        Resolver().Resolve(Path.Combine(_dir.Root, "Dockerfile"), out var error);

        error.Should().Be(".editorconfig:3: a '{' has no matching '}'");
    }
}
