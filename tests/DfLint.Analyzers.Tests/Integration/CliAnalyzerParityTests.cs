using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>
/// One Dockerfile and one .globalconfig, given to a real <c>dotnet build</c> (through the package) and to the CLI: the
/// findings, their positions, messages and severities must be the same. This is the promise that one configuration file
/// configures both.
/// </summary>
public sealed class CliAnalyzerParityTests : IClassFixture<PackedFeedFixture>
{
    private readonly PackedFeedFixture _fixture;

    public CliAnalyzerParityTests(PackedFeedFixture fixture) => _fixture = fixture;

    private const string Dockerfile =
        "FROM node:latest AS build\n" +                    // DF101 -> error by config
        "RUN apt-get update && apt-get install -y curl\n" + // DF204 (info), DF203 not in final image
        "RUN echo one\n" +
        "RUN echo two\n" +                                  // DF201 -> none by config
        "ENV API_TOKEN=abc\n" +                              // DF501 warning
        "FROM alpine:3.20\n" +                               // DF105 switched on by config
        "COPY --from=build /a /a\n" +
        "CMD node server.js\n";                              // DF402 warning, DF401 warning

    private const string GlobalConfig =
        "is_global = true\n" +
        "dotnet_diagnostic.DF101.severity = error\n" +
        "dotnet_diagnostic.DF201.severity = none\n" +
        "dotnet_diagnostic.DF105.severity = suggestion\n";

    [Fact]
    public void Build_and_CLI_report_the_same_findings_with_the_same_configuration()
    {
        var dir = _fixture.CopyConsumer("parity");
        File.WriteAllText(Path.Combine(dir, "Dockerfile"), Dockerfile);
        File.WriteAllText(Path.Combine(dir, ".globalconfig"), GlobalConfig);

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

        fromCli.Should().Contain(s => s.Contains(" error DF101 ", StringComparison.Ordinal), "the config raised DF101 to error");
        fromCli.Should().Contain(s => s.Contains(" info DF105 ", StringComparison.Ordinal), "the config switched DF105 on");
        fromCli.Should().NotContain(s => s.Contains(" DF201 ", StringComparison.Ordinal), "the config switched DF201 off");
        fromBuild.Should().Equal(fromCli);
    }

    private static string Level(string sarifLevel) => sarifLevel switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "info",
    };
}
