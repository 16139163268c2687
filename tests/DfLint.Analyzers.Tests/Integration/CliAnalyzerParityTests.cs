using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>
/// One Dockerfile with a .globalconfig, an .editorconfig and a .hadolint.yaml above it, given to a real <c>dotnet build</c>
/// (through the package) and to the CLI: the findings, their positions, messages and severities must be the same. This is
/// the promise that one set of configuration files configures both, including the <c>.editorconfig</c> severities the
/// compiler itself ignores for Dockerfiles (roslyn#31916).
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class CliAnalyzerParityTests
{
    private readonly PackedFeedFixture _fixture;

    public CliAnalyzerParityTests(PackedFeedFixture fixture) => _fixture = fixture;

    private const string Dockerfile =
        "FROM node:latest AS build\n" +                    // DF101: error by .editorconfig, warning by .globalconfig (wins)
        "RUN apt-get update && apt-get install -y curl\n" + // DF204: error by .hadolint.yaml, none by .editorconfig (wins)
        "RUN echo one\n" +
        "RUN echo two\n" +                                  // DF201: none by .globalconfig
        "ENV API_TOKEN=abc\n" +                              // DF501: error by .editorconfig, the only error
        "FROM alpine:3.20\n" +                               // DF105: switched on by .globalconfig
        "COPY --from=build /a /a\n" +
        "CMD node server.js\n";                              // DF402: info by .hadolint.yaml; DF401: ignored by .hadolint.yaml

    private const string GlobalConfig =
        "is_global = true\n" +
        "dotnet_diagnostic.DF101.severity = warning\n" +
        "dotnet_diagnostic.DF201.severity = none\n" +
        "dotnet_diagnostic.DF105.severity = suggestion\n";

    private const string EditorConfig =
        "root = true\n" +
        "[*.cs]\n" +
        "dotnet_diagnostic.DF402.severity = none\n" +     // not the Dockerfile: no effect
        "[Dockerfile]\n" +
        "dotnet_diagnostic.DF501.severity = error\n" +
        "dotnet_diagnostic.DF101.severity = error\n" +
        "dotnet_diagnostic.DF204.severity = none\n";

    private const string HadolintConfig =
        "ignored:\n" +
        "  - DL3002\n" +          // DF401
        "override:\n" +
        "  error: [DL3015]\n" +   // DF204
        "  info: [DL3025]\n";     // DF402

    [Fact]
    public void Build_and_CLI_report_the_same_findings_with_the_same_configuration()
    {
        var dir = _fixture.CopyConsumer("parity");
        File.WriteAllText(Path.Combine(dir, "Dockerfile"), Dockerfile);
        File.WriteAllText(Path.Combine(dir, ".globalconfig"), GlobalConfig);
        File.WriteAllText(Path.Combine(dir, ".editorconfig"), EditorConfig);
        File.WriteAllText(Path.Combine(dir, ".hadolint.yaml"), HadolintConfig);

        var build = _fixture.Build(dir, "-p:ErrorLog=out.sarif%2Cversion=2.1");
        var sarif = Path.Combine(dir, "out.sarif");
        File.Exists(sarif).Should().BeTrue(build.ToString());
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var fromBuild = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("DF", StringComparison.Ordinal))
            .Select(r =>
            {
                var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                return $"{region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()} " +
                       $"{Level(r.GetProperty("level").GetString()!)} {r.GetProperty("ruleId").GetString()} {r.GetProperty("message").GetProperty("text").GetString()}";
            })
            .OrderBy(s => s, StringComparer.Ordinal).ToList();

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = DfLint.Cli.Program.Run(new[] { "lint", "--format", "json", "Dockerfile" }, TextReader.Null, stdout, stderr, dir,
            new Dictionary<string, string?>());
        exit.Should().Be(1, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var fromCli = json.RootElement.EnumerateArray()
            .Select(f => $"{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("severity").GetString()} " +
                         $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("message").GetString()}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();

        fromCli.Should().Contain(s => s.Contains(" error DF501 ", StringComparison.Ordinal), "the .editorconfig raised DF501 to error");
        fromCli.Should().Contain(s => s.Contains(" warning DF101 ", StringComparison.Ordinal), "the .globalconfig beats the .editorconfig");
        fromCli.Should().Contain(s => s.Contains(" info DF402 ", StringComparison.Ordinal), "the .hadolint.yaml lowered DF402");
        fromCli.Should().Contain(s => s.Contains(" info DF105 ", StringComparison.Ordinal), "the .globalconfig switched DF105 on");
        fromCli.Should().NotContain(s => s.Contains(" DF201 ", StringComparison.Ordinal), "the .globalconfig switched DF201 off");
        fromCli.Should().NotContain(s => s.Contains(" DF204 ", StringComparison.Ordinal), "the .editorconfig beats the .hadolint.yaml");
        fromCli.Should().NotContain(s => s.Contains(" DF401 ", StringComparison.Ordinal), "the .hadolint.yaml ignores DL3002");
        fromBuild.Should().Equal(fromCli);

        // DF501 is an error only through the .editorconfig, and it alone fails the build.
        fromCli.Where(s => s.Contains(" error ", StringComparison.Ordinal)).Should().ContainSingle();
        build.ExitCode.Should().NotBe(0, build.ToString());
        build.Output.Should().MatchRegex($@"{Regex.Escape(Path.Combine(dir, "Dockerfile"))}\(5,5\): error DF501: ", build.ToString());
        build.Output.Should().NotContain(DescriptorMap.ConfigErrorId, build.ToString());
    }

    private static string Level(string sarifLevel) => sarifLevel switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "info",
    };
}
