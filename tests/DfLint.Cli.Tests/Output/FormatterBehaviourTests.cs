using System;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using DfLint.Cli.Output;
using DfLint.Rules;
using DfLint.Testing;

namespace DfLint.Cli.Tests.Output;

public class FormatterBehaviourTests
{
    [Fact]
    public void Lists_every_format_with_text_first()
    {
        ReportFormatters.Names.Should().Equal("text", "json", "sarif", "msbuild", "checkstyle", "gitlab", "github", "junit");
        foreach (var name in ReportFormatters.Names)
            ReportFormatters.Find(name.ToUpperInvariant())!.Name.Should().Be(name);
        ReportFormatters.Find("yaml").Should().BeNull();
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("msbuild")]
    [InlineData("checkstyle")]
    [InlineData("gitlab")]
    [InlineData("github")]
    [InlineData("junit")]
    public void Writes_an_empty_report_without_files(string format)
    {
        var output = OutputFixtures.Render(format, Array.Empty<FileReport>());

        switch (GoldenOutputTests.Extension(format))
        {
            case "json":
            case "sarif":
                JsonDocument.Parse(output).Should().NotBeNull();
                break;
            case "xml":
                XDocument.Parse(output).Root.Should().NotBeNull();
                break;
        }
        if (format == "text") output.Should().Be("No problems found in 0 files\n");
        if (format is "msbuild" or "github") output.Should().BeEmpty();
        if (format is "json" or "gitlab") output.Should().Be("[]\n");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("gitlab")]
    [InlineData("checkstyle")]
    [InlineData("junit")]
    public void Structured_formats_round_trip_paths_and_messages(string format)
    {
        var output = OutputFixtures.Render(format, OutputFixtures.Escaping());
        const string path = "my dir/Dockerfile [prod]:v1,ü";

        if (GoldenOutputTests.Extension(format) == "json")
        {
            var item = JsonDocument.Parse(output).RootElement[0];
            (format == "json" ? item.GetProperty("file") : item.GetProperty("location").GetProperty("path")).GetString().Should().Be(path);
            (format == "json" ? item.GetProperty("message") : item.GetProperty("description")).GetString().Should().EndWith(OutputFixtures.NastyMessage);
        }
        else
        {
            var doc = XDocument.Parse(output);
            if (format == "checkstyle")
            {
                doc.Root!.Element("file")!.Attribute("name")!.Value.Should().Be(path);
                doc.Root.Element("file")!.Element("error")!.Attribute("message")!.Value.Should().Be(OutputFixtures.NastyMessage);
            }
            else
            {
                var testcase = doc.Root!.Element("testsuite")!.Element("testcase")!;
                testcase.Attribute("classname")!.Value.Should().Be(path);
                testcase.Element("failure")!.Attribute("message")!.Value.Should().Be("DF905: " + OutputFixtures.NastyMessage);
            }
        }
    }

    [Fact]
    public void Text_underlines_the_span_and_keeps_tabs_before_it()
    {
        var output = OutputFixtures.Render("text", OutputFixtures.Multiple());
        var lines = output.Split('\n');
        int i = Array.IndexOf(lines, "services/api/Dockerfile:3:6: error DF903: Secret 'API_TOKEN' is stored in the image");

        i.Should().BeGreaterThan(-1);
        lines[i + 1].Should().Be("  \tENV API_TOKEN=secret");
        lines[i + 2].Should().Be("  \t    ^" + new string('~', 15), "the span is 16 characters long");
        output.Should().EndWith("5 problems (1 error, 2 warnings, 2 infos) in 2 files\n");
    }

    [Fact]
    public void Text_uses_ansi_colour_only_when_asked()
    {
        var plain = OutputFixtures.Render("text", OutputFixtures.Multiple());
        var coloured = OutputFixtures.Render("text", OutputFixtures.Multiple(), OutputFixtures.Context with { UseColor = true });

        plain.Should().NotContain("\u001b[");
        coloured.Should().Contain("\u001b[1;31merror\u001b[0m").And.Contain("\u001b[1;33mwarning\u001b[0m");
        System.Text.RegularExpressions.Regex.Replace(coloured, "\u001b\\[[0-9;]*m", string.Empty).Should().Be(plain);
    }

    [Fact]
    public void Text_summary_uses_singular_forms()
    {
        var reports = new[]
        {
            new FileReport("Dockerfile", OutputFixtures.Lint("FROM a:latest\n", new TextRule(OutputFixtures.LatestTag, "latest"))),
        };

        OutputFixtures.Render("text", reports).Should().EndWith("1 problem (0 errors, 1 warning, 0 infos) in 1 file\n");
        OutputFixtures.Render("text", OutputFixtures.Clean()).Should().Be("No problems found in 1 file\n");
    }

    [Fact]
    public void Text_marks_an_empty_span_with_a_single_caret()
    {
        var reports = new[]
        {
            new FileReport("Dockerfile", OutputFixtures.Lint("FROM a\n", new SpanRule(OutputFixtures.FreeText, new DfLint.Syntax.SourceSpan(6, 0), "Missing tag"))),
        };

        OutputFixtures.Render("text", reports).Should().StartWith("Dockerfile:1:7: warning DF905: Missing tag\n  FROM a\n        ^\n");
    }

    [Fact]
    public void Github_escapes_data_and_properties_like_actions_toolkit()
    {
        GitHubFormatter.EscapeData("100% a:b,c\r\nd").Should().Be("100%25 a:b,c%0D%0Ad");
        GitHubFormatter.EscapeProperty("my dir/a:b,c%\n").Should().Be("my dir/a%3Ab%2Cc%25%0A");

        OutputFixtures.Render("github", OutputFixtures.Escaping()).Should().Be(
            "::warning file=my dir/Dockerfile [prod]%3Av1%2Cü,line=2,col=5,endLine=2,endColumn=12,title=DF905::"
            + "Value \"a,b:c\" has 100%25 <bad> & 'odd'%0Asecond line%0D%0Athird\n");
    }

    [Fact]
    public void Github_orders_by_severity_and_omits_columns_of_multi_line_findings()
    {
        var lines = OutputFixtures.Render("github", OutputFixtures.Multiple()).TrimEnd('\n').Split('\n');

        lines.Select(l => l.Substring(0, l.IndexOf(' '))).Should().Equal(
            "::error", "::warning", "::warning", "::notice", "::notice");
        OutputFixtures.Render("github", OutputFixtures.MultiLine())
            .Should().Be("::warning file=Dockerfile,line=2,endLine=3,title=DF905::Command spans two lines\n");
    }

    [Fact]
    public void Github_announces_annotations_beyond_the_per_step_limit()
    {
        var text = string.Concat(Enumerable.Repeat("FROM a:latest\n", 12));
        var reports = new[] { new FileReport("Dockerfile", OutputFixtures.Lint(text, new TextRule(OutputFixtures.LatestTag, "latest"))) };

        var lines = OutputFixtures.Render("github", reports).TrimEnd('\n').Split('\n');

        lines.Should().HaveCount(13);
        lines[^1].Should().StartWith("::notice title=DfLint::12 problems found;").And.Contain("2 warnings are not shown");
    }

    [Fact]
    public void Msbuild_writes_the_canonical_format_on_one_line()
    {
        var output = OutputFixtures.Render("msbuild", OutputFixtures.Escaping());

        output.Should().Be("my dir/Dockerfile [prod]:v1,ü(2,5,2,12): warning DF905: Value \"a,b:c\" has 100% <bad> & 'odd' second line third\n");
        System.Text.RegularExpressions.Regex.IsMatch(output.TrimEnd('\n'),
            @"^(.+?)\((\d+),(\d+)(?:,\d+,\d+)?\):\s+(error|warning)\s+([A-Za-z]+\d+):\s*(.*)$").Should().BeTrue("the documented problem matcher reads it");
    }

    [Fact]
    public void Junit_fails_only_findings_at_or_above_the_threshold()
    {
        var atWarning = XDocument.Parse(OutputFixtures.Render("junit", OutputFixtures.Multiple()));
        var atError = XDocument.Parse(OutputFixtures.Render("junit", OutputFixtures.Multiple(), OutputFixtures.Context with { FailureThreshold = Severity.Error }));

        atWarning.Root!.Attribute("tests")!.Value.Should().Be("6");
        atWarning.Root.Attribute("failures")!.Value.Should().Be("3");
        atWarning.Descendants("failure").Should().HaveCount(3);
        atError.Root!.Attribute("failures")!.Value.Should().Be("1");
        atError.Descendants("system-out").Should().HaveCount(4);
        atWarning.Root.Elements("testsuite").Last().Elements("testcase").Single().Attribute("name")!.Value.Should().Be("Dockerfile");
    }

    [Fact]
    public void Gitlab_fingerprints_survive_line_shifts_and_tell_duplicates_apart()
    {
        static string[] Fingerprints(string text) => JsonDocument.Parse(OutputFixtures.Render("gitlab", new[]
            {
                new FileReport("Dockerfile", OutputFixtures.Lint(text, new TextRule(OutputFixtures.LatestTag, "latest"))),
            })).RootElement.EnumerateArray().Select(e => e.GetProperty("fingerprint").GetString()!).ToArray();

        var before = Fingerprints("FROM a:latest\nFROM a:latest\n");
        var after = Fingerprints("# comment\n\nFROM a:latest\nFROM a:latest\n");

        before.Should().OnlyHaveUniqueItems();
        after.Should().Equal(before);
        Fingerprints("FROM b:latest\n")[0].Should().NotBe(before[0]);
        before[0].Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public void Gitlab_maps_severities()
    {
        GitLabFormatter.Severity(Severity.Info).Should().Be("minor");
        GitLabFormatter.Severity(Severity.Warning).Should().Be("major");
        GitLabFormatter.Severity(Severity.Error).Should().Be("critical");
    }

    [Fact]
    public void Xml_escaping_replaces_characters_xml_cannot_hold()
    {
        XmlText.Attribute("a\"<>&\n\t\u0001b").Should().Be("a&quot;&lt;&gt;&amp;&#10;&#9;\uFFFDb");
        XmlText.Content("a<b>\r\n&").Should().Be("a&lt;b&gt;&#13;\n&amp;");
    }

    [Fact]
    public void A_span_ending_after_a_line_break_ends_on_its_own_line()
    {
        var result = OutputFixtures.Lint("FROM a\nRUN b\n", new SpanRule(OutputFixtures.FreeText, new DfLint.Syntax.SourceSpan(0, 7), "Whole line"));

        FindingLocation.Of(result, result.Findings[0]).Should().Be(new FindingLocation(1, 1, 1, 7));
    }
}
