using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DfLint.Cli.Output;
using DfLint.Rules;
using NJsonSchema;

namespace DfLint.Cli.Tests.Output;

public class SarifFormatterTests
{
    private static readonly Task<JsonSchema> Schema = JsonSchema.FromFileAsync(DfLint.Testing.SharedData.TestData("schemas", "sarif-schema-2.1.0.json"));

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> ValidateAsync(string sarif)
        => (await Schema).Validate(sarif);

    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    [Theory]
    [InlineData("multiple")]
    [InlineData("clean")]
    [InlineData("escaping")]
    [InlineData("multiline")]
    public async Task Output_is_valid_against_the_sarif_schema(string scenario)
    {
        var sarif = OutputFixtures.Render("sarif", OutputFixtures.Scenario(scenario));

        (await ValidateAsync(sarif)).Should().BeEmpty();
    }

    [Fact]
    public async Task Output_of_the_registry_formatter_is_valid_against_the_sarif_schema()
    {
        var sarif = OutputFixtures.Render(ReportFormatters.Find("sarif")!, OutputFixtures.Multiple());

        (await ValidateAsync(sarif)).Should().BeEmpty();
    }

    [Fact]
    public async Task Schema_validation_rejects_a_zero_start_column()
    {
        var sarif = OutputFixtures.Render("sarif", OutputFixtures.Multiple())
            .Replace("\"startColumn\": 13", "\"startColumn\": 0");

        (await ValidateAsync(sarif)).Should().NotBeEmpty();
    }

    [Fact]
    public void Lists_every_registry_rule_even_when_none_fired()
    {
        var run = Run(OutputFixtures.Render(ReportFormatters.Find("sarif")!, OutputFixtures.Clean()));

        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString())
            .Should().Equal(RuleRegistry.Descriptors.Select(d => d.Id));
        run.GetProperty("results").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Appends_unregistered_rules_that_fired_and_indexes_them()
    {
        var run = Run(OutputFixtures.Render(ReportFormatters.Find("sarif")!, OutputFixtures.Multiple()));
        var ids = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().StartWith(RuleRegistry.Descriptors.Select(d => d.Id));
        foreach (var result in run.GetProperty("results").EnumerateArray())
            ids[result.GetProperty("ruleIndex").GetInt32()].Should().Be(result.GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Meets_the_github_ingestion_checks()
    {
        var sarif = OutputFixtures.Render("sarif", OutputFixtures.Multiple().Concat(OutputFixtures.Escaping()).ToList());
        var root = JsonDocument.Parse(sarif).RootElement;
        root.GetProperty("$schema").GetString().Should().EndWith("sarif-2.1.0.json");
        root.GetProperty("runs").GetArrayLength().Should().Be(1);
        var run = root.GetProperty("runs")[0];
        run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean().Should().BeTrue();
        run.GetProperty("columnKind").GetString().Should().Be("utf16CodeUnits");
        run.TryGetProperty("automationDetails", out _).Should().BeFalse("the workflow's category: must apply");

        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("DfLint");
        driver.GetProperty("semanticVersion").GetString().Should().Be("1.2.3");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        foreach (var rule in rules)
        {
            rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            rule.GetProperty("help").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            rule.GetProperty("helpUri").GetString().Should().StartWith("https://");
            var tags = rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            tags.Should().OnlyHaveUniqueItems().And.HaveCountLessOrEqualTo(20);
        }

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            result.GetProperty("message").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
            result.GetProperty("locations").GetArrayLength().Should().Be(1);
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            uri.Should().NotStartWith("/").And.NotStartWith("./").And.NotContain("\\").And.NotContain(" ").And.NotContain(":");
            physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
            var region = physical.GetProperty("region");
            foreach (var key in new[] { "startLine", "startColumn", "endLine", "endColumn" })
                region.GetProperty(key).GetInt32().Should().BeGreaterThanOrEqualTo(1);
            result.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString().Should().MatchRegex("^[0-9a-f]+:[0-9]+$");
        }
    }

    [Fact]
    public void Describes_rules_from_descriptor_and_docs()
    {
        var rules = Run(OutputFixtures.Render("sarif", OutputFixtures.Clean()))
            .GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!);

        var latest = rules["DF901"];
        latest.GetProperty("name").GetString().Should().Be("AvoidTheLatestTag");
        latest.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Avoid the latest tag");
        latest.GetProperty("fullDescription").GetProperty("text").GetString().Should().Be("Flags images referenced by the latest tag or by no tag.");
        latest.GetProperty("help").GetProperty("markdown").GetString().Should().StartWith("Category: BaseImages.").And.Contain("```dockerfile");
        latest.GetProperty("help").GetProperty("text").GetString().Should().Contain("see reproducible builds (https://reproducible-builds.org/)");
        latest.GetProperty("helpUri").GetString().Should().Be(OutputFixtures.LatestTag.HelpUri);
        latest.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");
        latest.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString())
            .Should().Equal("dockerfile", "base-images", "reproducibility");

        rules["DF902"].GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("note");
        rules["DF902"].GetProperty("help").TryGetProperty("markdown", out _).Should().BeFalse();
        rules["DF904"].GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("none");
    }

    [Fact]
    public void Marks_security_rules_with_a_numeric_security_severity()
    {
        var rules = Run(OutputFixtures.Render("sarif", OutputFixtures.Clean()))
            .GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!);

        var secret = rules["DF903"].GetProperty("properties");
        secret.GetProperty("security-severity").ValueKind.Should().Be(JsonValueKind.String);
        double.Parse(secret.GetProperty("security-severity").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeInRange(7.0, 8.9);
        secret.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Contain("security").And.OnlyHaveUniqueItems();
        rules["DF901"].GetProperty("properties").TryGetProperty("security-severity", out _).Should().BeFalse();
    }

    [Fact]
    public void Writes_regions_with_exclusive_end_column()
    {
        var result = Run(OutputFixtures.Render("sarif", OutputFixtures.Multiple())).GetProperty("results")[0];
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

        result.GetProperty("ruleId").GetString().Should().Be("DF901");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32())
            .Should().Be((1, 13, 1, 19), "'latest' occupies columns 13 to 18 of 'FROM ubuntu:latest'");
    }

    [Fact]
    public void Fingerprints_are_the_line_hashes_of_the_start_lines()
    {
        var reports = OutputFixtures.Multiple();
        var results = Run(OutputFixtures.Render("sarif", reports)).GetProperty("results").EnumerateArray().ToList();
        var expected = reports.SelectMany(r => r.Result.Findings.Select(f =>
            LineHash.Compute(r.Result.Source.Text)[r.Result.Start(f).Line - 1])).ToList();

        results.Select(r => r.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString())
            .Should().Equal(expected);
        expected.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Encodes_artifact_uris_and_the_source_root()
    {
        var run = Run(OutputFixtures.Render("sarif", OutputFixtures.Escaping()));

        run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString()
            .Should().Be("my%20dir/Dockerfile%20%5Bprod%5D%3Av1,%C3%BC");
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()
            .Should().Be("file:///home/user/my%20repo/");
        run.GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString().Should().Be(OutputFixtures.NastyMessage);
    }

    [Theory]
    [InlineData("/home/user/repo", "file:///home/user/repo/")]
    [InlineData("/home/user/repo/", "file:///home/user/repo/")]
    [InlineData(@"C:\src\my repo", "file:///C:/src/my%20repo/")]
    [InlineData(@"\\server\share\x", "file://server/share/x/")]
    public void Source_root_is_a_file_uri_ending_with_a_slash(string directory, string expected)
    {
        OutputText.DirectoryFileUri(directory).Should().Be(expected);
    }

    [Theory]
    [InlineData("Dockerfile", "Dockerfile")]
    [InlineData("./services/api/Dockerfile", "services/api/Dockerfile")]
    [InlineData(@"services\api\Dockerfile", "services/api/Dockerfile")]
    [InlineData("a b/50%/[x]/c:d#e?f", "a%20b/50%25/%5Bx%5D/c%3Ad%23e%3Ff")]
    [InlineData("docker/Dockerfile.ü", "docker/Dockerfile.%C3%BC")]
    public void Artifact_uris_are_relative_percent_encoded_references(string displayPath, string expected)
    {
        SarifFormatter.ArtifactUri(displayPath).Should().Be(expected);
    }

    [Theory]
    [InlineData("Avoid the latest tag", "AvoidTheLatestTag")]
    [InlineData("Fix the Dockerfile syntax error", "FixTheDockerfileSyntaxError")]
    [InlineData("Don't use apt-get upgrade", "DontUseAptGetUpgrade")]
    public void Rule_names_are_pascal_case_titles(string title, string expected)
    {
        SarifFormatter.PascalName(title).Should().Be(expected);
    }
}
