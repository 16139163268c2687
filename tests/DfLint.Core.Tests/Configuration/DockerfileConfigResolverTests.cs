using System.Collections.Generic;
using System.Linq;
using DfLint.Configuration;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Core.Tests.Configuration;

/// <summary>The one resolution order the CLI and the analyzer share, on in-memory files.</summary>
public class DockerfileConfigResolverTests
{
    private static readonly RuleDescriptor Df101 = RuleRegistry.Find("DF101")!;
    private static readonly RuleDescriptor Df201 = RuleRegistry.Find("DF201")!;

    private static ConfigSet Set(params (string Path, string Text)[] files)
        => new(files.Select(f => new ConfigSource(f.Path, f.Text, ConfigFile.KindOfName(f.Path.Substring(f.Path.LastIndexOf('/') + 1))!.Value)));

    private static ConfiguredSeverity Df101Of(ConfigSet set, string dockerfile = "/r/svc/Dockerfile")
    {
        var resolution = set.Resolve(dockerfile);
        resolution.Error.Should().BeNull();
        return resolution.Options.SeverityOf(Df101);
    }

    [Theory]
    [InlineData(0, ConfiguredSeverity.Warning)]
    [InlineData(1, ConfiguredSeverity.Error)]
    [InlineData(2, ConfiguredSeverity.Info)]
    [InlineData(3, ConfiguredSeverity.None)]
    public void Each_layer_beats_the_ones_before_it(int layers, ConfiguredSeverity expected)
    {
        // defaults (warning) < .hadolint.yaml < .editorconfig < .globalconfig
        var files = new List<(string, string)> { ("/r/.editorconfig", "root = true\n") };
        if (layers >= 1) files.Add(("/r/svc/.hadolint.yaml", "override:\n  error: [DL3007]\n"));
        if (layers >= 2) files.Add(("/r/svc/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF101.severity = suggestion\n"));
        if (layers >= 3) files.Add(("/r/.globalconfig", "is_global = true\ndotnet_diagnostic.DF101.severity = none\n"));

        Df101Of(Set(files.ToArray())).Should().Be(expected);
    }

    [Fact]
    public void Applies_files_farthest_first_and_reports_them_in_that_order()
    {
        var set = Set(
            ("/r/.editorconfig", "root = true\n"),
            ("/r/svc/.editorconfig", "[*]\n"),
            ("/.globalconfig", "is_global = true\n"),
            ("/r/svc/.globalconfig", "is_global = true\n"),
            ("/r/.hadolint.yml", "ignored: []\n"));

        set.Resolve("/r/svc/Dockerfile").Applied.Select(f => f.Path).Should().Equal(
            "/r/.hadolint.yml", "/r/.editorconfig", "/r/svc/.editorconfig", "/.globalconfig", "/r/svc/.globalconfig");
    }

    [Fact]
    public void Root_editorconfig_stops_the_search_and_hides_broken_files_above_it()
    {
        var set = Set(
            ("/.editorconfig", "this line is not config\n"),
            ("/r/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.DF101.severity = error\n"),
            ("/r/a/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF101.severity = suggestion\n"));

        Df101Of(set, "/r/a/Dockerfile").Should().Be(ConfiguredSeverity.Info, "the nearer file wins");
        Df101Of(set, "/r/b/Dockerfile").Should().Be(ConfiguredSeverity.Error);
        set.Resolve("/other/Dockerfile").Error.Should().Be("/.editorconfig:1: expected 'key = value', a [section] or a comment, not 'this line is not config'");
    }

    [Fact]
    public void Later_sections_win_and_globs_are_relative_to_the_file()
    {
        var set = Set(("/r/.editorconfig",
            "root = true\n" +
            "[*.cs]\ndotnet_diagnostic.DF101.severity = none\n" +
            "[Dockerfile]\ndotnet_diagnostic.DF101.severity = suggestion\n" +
            "[svc/**]\ndotnet_diagnostic.DF101.severity = error\n" +
            "[{api,web}.Dockerfile]\ndotnet_diagnostic.DF101.severity = none\n"));

        Df101Of(set, "/r/svc/Dockerfile").Should().Be(ConfiguredSeverity.Error);
        Df101Of(set, "/r/other/Dockerfile").Should().Be(ConfiguredSeverity.Info);
        Df101Of(set, "/r/other/web.Dockerfile").Should().Be(ConfiguredSeverity.None);
        Df101Of(set, "/r/other/db.Dockerfile").Should().Be(ConfiguredSeverity.Warning);
        Df101Of(set, "/elsewhere/svc/Dockerfile").Should().Be(ConfiguredSeverity.Warning, "the file is not above this Dockerfile");
    }

    [Fact]
    public void Nearer_globalconfig_wins_and_absolute_sections_match()
    {
        var set = Set(
            ("/.globalconfig", "is_global = true\ndotnet_diagnostic.DF101.severity = none\ndflint.x = outer\n"),
            ("/r/.globalconfig", "is_global = true\ndotnet_diagnostic.DF101.severity = error\n[/r/svc/Dockerfile]\ndotnet_diagnostic.DF201.severity = none\n"));

        var svc = set.Resolve("/r/svc/Dockerfile");
        svc.Options.SeverityOf(Df101).Should().Be(ConfiguredSeverity.Error);
        svc.Options.SeverityOf(Df201).Should().Be(ConfiguredSeverity.None);
        svc.Options.RuleOptions["x"].Should().Be("outer");
        set.Resolve("/r/api/Dockerfile").Options.SeverityOf(Df201).Should().Be(ConfiguredSeverity.Info);
        Df101Of(set, "/q/Dockerfile").Should().Be(ConfiguredSeverity.None);
    }

    [Fact]
    public void Only_the_nearest_hadolint_file_applies_and_yaml_beats_yml()
    {
        var set = Set(
            ("/r/.hadolint.yaml", "ignored: [DL3007]\nfailure-threshold: error\n"),
            ("/r/svc/.hadolint.yml", "override:\n  info: [DL3059]\n"),
            ("/r/svc/.hadolint.yaml", "override:\n  error: [DL3059]\n"));

        var svc = set.Resolve("/r/svc/Dockerfile");
        svc.Options.SeverityOf(Df201).Should().Be(ConfiguredSeverity.Error);
        svc.Options.SeverityOf(Df101).Should().Be(ConfiguredSeverity.Warning, "the farther file does not add to the nearest");
        svc.FailureThreshold.Should().BeNull();
        var top = set.Resolve("/r/Dockerfile");
        top.Options.SeverityOf(Df101).Should().Be(ConfiguredSeverity.None);
        top.FailureThreshold.Should().Be(Severity.Error);
    }

    [Fact]
    public void A_malformed_file_that_applies_is_an_error_with_its_line_and_file()
    {
        var set = Set(
            ("/r/.editorconfig", "root = true\n\n[*.{cs]\nk = v\n"),
            ("/r/svc/.hadolint.yaml", "ignored:\n\t- DL3007\n"));

        var editor = set.Resolve("/r/Dockerfile");
        editor.Error.Should().Be("/r/.editorconfig:3: a '{' has no matching '}'");
        editor.FailedFile!.Error!.Line.Should().Be(3);
        var hadolint = set.Resolve("/r/svc/Dockerfile");
        hadolint.FailedFile!.Path.Should().Be("/r/svc/.hadolint.yaml");
        hadolint.FailedFile.Error!.Line.Should().Be(2);
    }

    [Fact]
    public void Warnings_name_the_file_and_line_and_a_bad_pair_is_skipped()
    {
        var set = Set(
            ("/r/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.DF997.severity = error\ndotnet_diagnostic.DF101.severity = loud\n"),
            ("/r/.hadolint.yaml", "ignored: [DL3008, DL3007]\n"));

        var resolution = set.Resolve("/r/Dockerfile");

        resolution.Error.Should().BeNull();
        resolution.Warnings.Should().Equal(
            "/r/.hadolint.yaml: no DfLint rule is equivalent to DL3008; those entries are ignored",
            "/r/.editorconfig:3: unknown rule 'DF997'",
            "/r/.editorconfig:4: 'loud' is not a severity (error, warning, suggestion, none or default) for DF101");
        resolution.Options.SeverityOf(Df101).Should().Be(ConfiguredSeverity.None, "the hadolint file's value stands");
    }

    [Fact]
    public void Builds_on_the_base_options_and_applies_the_explicit_files_of_a_host()
    {
        var set = Set(("/r/.editorconfig", "root = true\n[*]\ndflint.trusted_registries = a.io\n"));
        var hadolint = ConfigFile.Parse("/cfg/lint.yaml", "override:\n  info: [DL3007]\n", ConfigFileKind.Hadolint);
        var explicitConfig = ConfigFile.Parse("/cfg/strict.globalconfig", "[/r/*]\ndotnet_diagnostic.DF201.severity = error\n", ConfigFileKind.GlobalConfig);
        var baseOptions = LintOptions.Default with { Target = "final" };

        var resolution = DockerfileConfigResolver.Resolve("/r/Dockerfile", set.Find, baseOptions, hadolint, explicitConfig);

        resolution.Options.Target.Should().Be("final");
        resolution.Options.SeverityOf(Df101).Should().Be(ConfiguredSeverity.Info);
        resolution.Options.SeverityOf(Df201).Should().Be(ConfiguredSeverity.Error);
        resolution.Options.RuleOptions["trusted_registries"].Should().Be("a.io");
    }

    [Fact]
    public void Windows_paths_match_with_either_separator_and_any_case()
    {
        var set = Set(("C:/src/.editorconfig", "root = true\n[app/Dockerfile]\ndotnet_diagnostic.DF101.severity = error\n"));

        Df101Of(set, @"C:\src\app\Dockerfile").Should().Be(ConfiguredSeverity.Error);
        Df101Of(set, @"c:\SRC\app\Dockerfile").Should().Be(ConfiguredSeverity.Error);
    }

    [Theory]
    [InlineData("/a/b/Dockerfile", "/a/b|/a|/")]
    [InlineData("/Dockerfile", "/")]
    [InlineData(@"C:\a\Dockerfile", @"C:\a|C:\")]
    [InlineData(@"\\server\share\a\Dockerfile", @"\\server\share\a|\\server\share\")]
    [InlineData("Dockerfile", "")]
    public void Walks_up_to_the_root(string path, string expected)
    {
        string.Join("|", ConfigPaths.DirectoriesAbove(path)).Should().Be(expected);
    }
}
