using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DfLint.Cli.Output;
using DfLint.Linting;
using DfLint.Rules;
using DfLint.Rules.Run;
using NJsonSchema;

namespace DfLint.Cli.Tests.Output;

/// <summary>Fixes reach tools through the JSON and SARIF formats, with exact edit positions.</summary>
public class FixOutputTests
{
    // 'RUN apk add' starts at offset 17 (line 2); the edit inserts after 'add' (offset 28, column 12).
    private const string Text = "FROM alpine:3.20\nRUN apk add curl\n";

    private static IReadOnlyList<FileReport> Reports()
    {
        var options = new LintOptions
        {
            Severities = new Dictionary<string, ConfiguredSeverity>(System.StringComparer.OrdinalIgnoreCase) { ["DF205"] = ConfiguredSeverity.Info },
        };
        return new[] { new FileReport("Dockerfile", Linter.Lint(Text, options, null, new DockerfileRule[] { new DF205ApkNoCache() })) };
    }

    [Fact]
    public void Json_lists_each_fix_with_its_safety_and_exact_edits()
    {
        var json = JsonDocument.Parse(OutputFixtures.Render("json", Reports())).RootElement;
        var fix = json[0].GetProperty("fixes")[0];
        fix.GetProperty("title").GetString().Should().Be("Add '--no-cache'");
        fix.GetProperty("safety").GetString().Should().Be("safe");
        var edit = fix.GetProperty("edits")[0];
        (edit.GetProperty("line").GetInt32(), edit.GetProperty("column").GetInt32(), edit.GetProperty("endLine").GetInt32(), edit.GetProperty("endColumn").GetInt32())
            .Should().Be((2, 12, 2, 12));
        edit.GetProperty("offset").GetInt32().Should().Be(28);
        edit.GetProperty("length").GetInt32().Should().Be(0);
        edit.GetProperty("newText").GetString().Should().Be(" --no-cache");
        (Text.Substring(0, 28) + " --no-cache" + Text.Substring(28)).Should().Be("FROM alpine:3.20\nRUN apk add --no-cache curl\n");
    }

    [Fact]
    public void Json_has_no_fixes_key_for_a_finding_without_fixes()
    {
        var reports = new[] { new FileReport("Dockerfile", Linter.Lint("FROM alpine:latest\n", null, null, new DockerfileRule[] { new DfLint.Rules.BaseImages.DF101AvoidLatestTag() })) };
        var json = JsonDocument.Parse(OutputFixtures.Render("json", reports)).RootElement;
        json[0].TryGetProperty("fixes", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Sarif_carries_fixes_as_artifact_changes_and_stays_valid()
    {
        var sarif = OutputFixtures.Render(new SarifFormatter(RuleRegistry.Descriptors, _ => null), Reports());
        var schema = await JsonSchema.FromFileAsync(DfLint.Testing.SharedData.TestData("schemas", "sarif-schema-2.1.0.json"));
        schema.Validate(sarif).Should().BeEmpty();
        var result = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var fix = result.GetProperty("fixes")[0];
        fix.GetProperty("description").GetProperty("text").GetString().Should().Be("Add '--no-cache'");
        fix.GetProperty("properties").GetProperty("safety").GetString().Should().Be("safe");
        var change = fix.GetProperty("artifactChanges")[0];
        change.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("Dockerfile");
        var replacement = change.GetProperty("replacements")[0];
        replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32().Should().Be(12);
        replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32().Should().Be(12);
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().Be(" --no-cache");
    }
}
