using System;
using System.Linq;
using System.Text.Json;
using DfLint.Rules;

namespace DfLint.Cli.Tests.Commands;

public class RulesCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_table_lists_every_rule()
    {
        var run = _cli.Run("rules");

        run.ExitCode.Should().Be(0);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        lines[0].Should().MatchRegex(@"^ID\s+SEVERITY\s+CATEGORY\s+TITLE$");
        lines.Skip(1).Select(l => l.Split(' ')[0]).Should().Equal(RuleRegistry.Descriptors.Select(d => d.Id));
        lines.Should().Contain(l => l.StartsWith("DF000", StringComparison.Ordinal) && l.Contains("error") && l.Contains("Syntax") && l.EndsWith(RuleRegistry.Find("DF000")!.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_has_the_descriptor_fields_and_equivalents()
    {
        var run = _cli.Run("rules", "--format", "json");

        run.ExitCode.Should().Be(0);
        using var doc = JsonDocument.Parse(run.Stdout);
        doc.RootElement.GetArrayLength().Should().Be(RuleRegistry.Descriptors.Count);
        var df000 = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "DF000");
        df000.GetProperty("title").GetString().Should().Be(RuleRegistry.Find("DF000")!.Title);
        df000.GetProperty("category").GetString().Should().Be("Syntax");
        df000.GetProperty("defaultSeverity").GetString().Should().Be("error");
        df000.GetProperty("enabledByDefault").GetBoolean().Should().BeTrue();
        df000.GetProperty("helpUri").GetString().Should().EndWith("rules/DF000.md");
        var equivalent = df000.GetProperty("equivalents").EnumerateArray().Single();
        equivalent.GetProperty("tool").GetString().Should().Be("hadolint");
        equivalent.GetProperty("id").GetString().Should().Be("DL1000");
    }

    [Fact]
    public void Markdown_is_a_table_with_links()
    {
        var run = _cli.Run("rules", "-f", "markdown");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("| ID | Severity | Category | Title |\n");
        run.Stdout.Should().Contain("| [DF000](" + RuleRegistry.Find("DF000")!.HelpUri + ") | error | Syntax |");
    }

    [Fact]
    public void One_rule_prints_its_page()
    {
        var text = _cli.Run("rules", "df000");
        var markdown = _cli.Run("rules", "DF000", "--format", "markdown");
        var json = _cli.Run("rules", "DF000", "--format", "json");

        text.ExitCode.Should().Be(0);
        text.Stdout.Should().Contain(RuleRegistry.Find("DF000")!.Title);
        markdown.Stdout.Should().StartWith("# DF000: ");
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("id").GetString().Should().Be("DF000");
    }

    [Fact]
    public void An_unknown_rule_exits_with_2()
    {
        var run = _cli.Run("rules", "DF999");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: unknown rule 'DF999' (run 'dflint rules' for the list)");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = _cli.Run("rules", "--format", "yaml");

        run.ExitCode.Should().Be(2);
        run.StderrLines[0].Should().StartWith("dflint: error: Argument 'yaml' not recognized.");
    }
}
