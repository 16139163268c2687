using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DfLint.Analyzers.Tests.Infrastructure;
using DfLint.Rules;
using DfLint.Testing;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>
/// `dotnet build` of samples/consumer against the freshly packed package. The expected diagnostics come from the markers in
/// samples/consumer/Dockerfile, so switching the sample to other violations (e.g. <c>FROM node:latest</c> for DF101) only
/// means editing that file and, if needed, <see cref="FixedDockerfile"/>.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BuildIntegrationTests
{
    /// <summary>A Dockerfile that the build must accept without any DfLint diagnostic.</summary>
    private const string FixedDockerfile =
        "FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n" +
        "WORKDIR /app\n" +
        "COPY bin/Release/net10.0/publish/ .\n" +
        "USER app\n" +
        "ENTRYPOINT [\"dotnet\", \"Consumer.dll\"]\n";

    private readonly PackedFeedFixture _fixture;

    public BuildIntegrationTests(PackedFeedFixture fixture) => _fixture = fixture;

    private static string SampleText => File.ReadAllText(Path.Combine(RepoPaths.Consumer, "Dockerfile"));

    /// <summary>What the build must print for the sample: one line per marker, with the rule's default severity.</summary>
    private static (int Line, string RuleId, string Severity)[] ExpectedFromMarkers()
        => Expectations.Read(SampleText).Select(e =>
        {
            var rule = RuleRegistry.Find(e.RuleId) ?? throw new InvalidOperationException($"unknown rule {e.RuleId} in the sample");
            return (e.Line, e.RuleId, rule.DefaultSeverity == Severity.Error ? "error" : "warning");
        }).ToArray();

    private static Regex LinePattern(string dockerfile, int line, string severity, string ruleId)
        => new($@"{Regex.Escape(dockerfile)}\({line},\d+\): {severity} {ruleId}: ");

    private static void ShouldReportSample(BuildResult build, string dir)
    {
        var expected = ExpectedFromMarkers();
        expected.Should().NotBeEmpty("the sample Dockerfile must break at least one rule");
        foreach (var (line, id, severity) in expected)
        {
            build.Output.Should().MatchRegex(LinePattern(Path.Combine(dir, "Dockerfile"), line, severity, id).ToString(), build.ToString());
            build.DockerfileDiagnostics(id).Should().ContainSingle(build.ToString());
        }
        if (expected.Any(e => e.Severity == "error")) build.ExitCode.Should().NotBe(0, build.ToString());
    }

    [Fact]
    public void Build_fails_on_the_sample_passes_once_fixed_and_relints_after_a_Dockerfile_edit()
    {
        var dir = _fixture.CopyConsumer("edit");

        var broken = _fixture.Build(dir);
        ShouldReportSample(broken, dir);

        File.WriteAllText(Path.Combine(dir, "Dockerfile"), FixedDockerfile);
        var fixedBuild = _fixture.Build(dir);
        fixedBuild.ExitCode.Should().Be(0, fixedBuild.ToString());
        fixedBuild.Output.Should().NotMatchRegex(@"(error|warning) DF\d{3}", fixedBuild.ToString());

        // Only the Dockerfile changes: the incremental build must run CoreCompile (the analyzer) again.
        File.WriteAllText(Path.Combine(dir, "Dockerfile"), SampleText);
        var brokenAgain = _fixture.Build(dir);
        ShouldReportSample(brokenAgain, dir);
    }

    [Fact]
    public void ErrorLog_SARIF_contains_the_Dockerfile_results()
    {
        var dir = _fixture.CopyConsumer("sarif");

        var build = _fixture.Build(dir, "-p:ErrorLog=out.sarif%2Cversion=2.1");

        var sarifPath = Path.Combine(dir, "out.sarif");
        File.Exists(sarifPath).Should().BeTrue(build.ToString());
        using var doc = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("DF", StringComparison.Ordinal))
            .Select(r =>
            {
                var loc = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                return (Id: r.GetProperty("ruleId").GetString()!,
                    Uri: loc.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                    Line: loc.GetProperty("region").GetProperty("startLine").GetInt32());
            }).ToList();

        var expected = ExpectedFromMarkers();
        results.Select(r => (r.Id, r.Line)).Should().BeEquivalentTo(expected.Select(e => (e.RuleId, e.Line)));
        results.Should().OnlyContain(r => r.Uri.EndsWith("/Dockerfile", StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_targeted_project_reports_each_finding_once()
    {
        var dir = _fixture.CopyConsumer("multi");
        File.Delete(Path.Combine(dir, "Consumer.csproj"));
        File.Delete(Path.Combine(dir, "Program.cs"));
        File.WriteAllText(Path.Combine(dir, "Lib.cs"), "namespace Lib;\n\npublic static class Greeting\n{\n    public static string Text => \"hi\";\n}\n");
        File.WriteAllText(Path.Combine(dir, "Lib.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DfLint.Analyzers" Version="$(DfLintAnalyzersVersion)" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);

        var build = _fixture.Build(dir);

        ShouldReportSample(build, dir);
        // The other target framework was compiled: the lint was skipped there, not the build.
        File.Exists(Path.Combine(dir, "bin", "Debug", "netstandard2.0", "Lib.dll")).Should().BeTrue(build.ToString());
    }

    [Fact]
    public void Globalconfig_lowers_a_rule_and_TreatWarningsAsErrors_raises_it_again()
    {
        var dir = _fixture.CopyConsumer("severity");
        var ids = ExpectedFromMarkers().Select(e => e.RuleId).Distinct().ToArray();
        File.WriteAllText(Path.Combine(dir, ".globalconfig"),
            "is_global = true\n" + string.Concat(ids.Select(id => $"dotnet_diagnostic.{id}.severity = warning\n")));

        var lowered = _fixture.Build(dir);
        lowered.ExitCode.Should().Be(0, lowered.ToString());
        foreach (var e in ExpectedFromMarkers())
            lowered.Output.Should().MatchRegex(LinePattern(Path.Combine(dir, "Dockerfile"), e.Line, "warning", e.RuleId).ToString(), lowered.ToString());

        var raised = _fixture.Build(dir, "-p:TreatWarningsAsErrors=true", "--no-incremental");
        raised.ExitCode.Should().NotBe(0, raised.ToString());
        foreach (var e in ExpectedFromMarkers())
            raised.Output.Should().MatchRegex(LinePattern(Path.Combine(dir, "Dockerfile"), e.Line, "error", e.RuleId).ToString(), raised.ToString());
    }

    [Fact]
    public void Solution_mode_lists_exactly_the_Dockerfiles_the_build_lints()
    {
        var dir = _fixture.CopyConsumer("discover");
        File.WriteAllText(Path.Combine(dir, "api.Dockerfile"), FixedDockerfile);
        File.WriteAllText(Path.Combine(dir, "Containerfile"), FixedDockerfile);
        File.WriteAllText(Path.Combine(dir, "Dockerfile.dockerignore"), "bin/\n");
        File.WriteAllText(Path.Combine(dir, ".dockerignore"), "obj/\n");

        var build = _fixture.Build(dir);

        // The compiler sees what the targets added through the generated editorconfig: one section per additional file.
        var editorconfig = Directory.EnumerateFiles(Path.Combine(dir, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single();
        string? section = null;
        var linted = new System.Collections.Generic.List<string>();
        foreach (var line in File.ReadAllLines(editorconfig))
        {
            if (line.StartsWith('[')) section = line.Trim('[', ']');
            else if (line.Trim() == "build_metadata.AdditionalFiles.DfLintKind = Dockerfile") linted.Add(Path.GetFullPath(section!));
        }

        var discovered = DfLint.Cli.Projects.ProjectDockerfiles.Discover(Path.Combine(dir, "Consumer.csproj"));

        linted.Should().HaveCount(3, build.ToString());
        discovered.Select(d => d.DockerfilePath).Should().BeEquivalentTo(linted);
        discovered.Should().OnlyContain(d => d.ContextDirectory == dir);
    }
}
