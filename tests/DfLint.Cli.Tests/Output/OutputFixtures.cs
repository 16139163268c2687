using System;
using System.Collections.Generic;
using System.IO;
using DfLint.Cli.Output;
using DfLint.Linting;
using DfLint.Rules;
using DfLint.Syntax;
using DfLint.Testing;

namespace DfLint.Cli.Tests.Output;

/// <summary>A test-only rule that reports one fixed span.</summary>
internal sealed class SpanRule : FileRule
{
    private readonly SourceSpan _span;
    private readonly object?[] _args;

    public SpanRule(RuleDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        Descriptor = descriptor;
        _span = span;
        _args = args;
    }

    public override RuleDescriptor Descriptor { get; }

    public override void Analyze(RuleContext context) => context.Report(_span, TextRule.Args(Descriptor, _args));
}

internal static class OutputFixtures
{
    public static readonly RuleDescriptor LatestTag = RuleDescriptor.Create(
        "DF901", "Avoid the latest tag", "Image uses the '{0}' tag", RuleCategory.BaseImages, Severity.Warning,
        tags: new[] { "reproducibility" });

    public static readonly RuleDescriptor RootUser = RuleDescriptor.Create(
        "DF902", "Do not run as root", "The container runs as '{0}'", RuleCategory.Runtime, Severity.Info);

    public static readonly RuleDescriptor SecretInEnv = RuleDescriptor.Create(
        "DF903", "Do not put secrets in ENV", "Secret '{0}' is stored in the image", RuleCategory.Security, Severity.Error);

    public static readonly RuleDescriptor DisabledRule = RuleDescriptor.Create(
        "DF904", "Prefer COPY over ADD", "Use COPY instead of '{0}'", RuleCategory.Files, Severity.Info, enabledByDefault: false);

    public static readonly RuleDescriptor FreeText = RuleDescriptor.Create(
        "DF905", "Report free text", "{0}", RuleCategory.Run, Severity.Warning);

    /// <summary>The rule list the SARIF goldens use, so they do not change whenever a real rule is added.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> Descriptors = new[] { LatestTag, RootUser, SecretInEnv, DisabledRule, FreeText };

    public const string LatestTagMarkdown =
        "# DF901: Avoid the latest tag\n\nCategory: BaseImages. Default severity: warning.\n\n" +
        "## What it does\n\nFlags images referenced by the `latest` tag\nor by no tag.\n\n" +
        "## Why is this bad?\n\nThe image can change **between builds**; see [reproducible builds](https://reproducible-builds.org/).\n\n" +
        "## Example\n\n```dockerfile\nFROM ubuntu:latest\n```\n\n## Use instead\n\n```dockerfile\nFROM ubuntu:24.04\n```\n";

    public static string? Docs(string ruleId) => ruleId == "DF901" ? LatestTagMarkdown : null;

    public static readonly ReportContext Context = new("/home/user/my repo", UseColor: false, ToolVersion: "1.2.3", FailureThreshold: Severity.Warning);

    public const string ApiDockerfile =
        "FROM ubuntu:latest AS build\n" +
        "RUN apt-get update\n" +
        "\tENV API_TOKEN=secret\n" +
        "USER root\n";

    public const string WorkerDockerfile =
        "FROM alpine:latest\r\n" +
        "USER root\r\n" +
        "CMD [\"worker\"]\r\n";

    public static LintResult Lint(string text, params DockerfileRule[] rules) => Linter.Lint(text, rules: rules);

    private static DockerfileRule[] StandardRules() => new DockerfileRule[]
    {
        new TextRule(LatestTag, "latest"),
        new TextRule(RootUser, "root"),
        new TextRule(SecretInEnv, "API_TOKEN=secret", "API_TOKEN"),
    };

    /// <summary>Two files with findings (one with CRLF line ends) and one clean file.</summary>
    public static IReadOnlyList<FileReport> Multiple() => new[]
    {
        new FileReport("services/api/Dockerfile", Lint(ApiDockerfile, StandardRules())),
        new FileReport("services/worker/Dockerfile", Lint(WorkerDockerfile, StandardRules())),
        new FileReport("Dockerfile", Lint("FROM scratch\n", StandardRules())),
    };

    public static IReadOnlyList<FileReport> Clean() => new[]
    {
        new FileReport("Dockerfile", Lint("FROM scratch\nCOPY app /app\n", StandardRules())),
    };

    public const string NastyMessage = "Value \"a,b:c\" has 100% <bad> & 'odd'\nsecond line\r\nthird";

    /// <summary>A path with spaces, brackets and a colon, and a message with quotes, line breaks, %, &lt;&gt;&amp;, : and ,.</summary>
    public static IReadOnlyList<FileReport> Escaping() => new[]
    {
        new FileReport("my dir/Dockerfile [prod]:v1,ü", Lint("FROM ubuntu:latest\nRUN echo hi\n",
            new TextRule(FreeText, "echo hi", NastyMessage))),
    };

    /// <summary>A finding whose span runs over two lines.</summary>
    public static IReadOnlyList<FileReport> MultiLine() => new[]
    {
        new FileReport("Dockerfile", Lint("FROM alpine\nRUN a && \\\n    b\n",
            new SpanRule(FreeText, SourceSpan.FromBounds(12, 28), "Command spans two lines"))),
    };

    public static IReadOnlyList<FileReport> Scenario(string name) => name switch
    {
        "multiple" => Multiple(),
        "clean" => Clean(),
        "escaping" => Escaping(),
        "multiline" => MultiLine(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>The formatter for a name, with the SARIF formatter pinned to <see cref="Descriptors"/> and <see cref="Docs"/>.</summary>
    public static IReportFormatter Formatter(string name)
        => name == "sarif" ? new SarifFormatter(Descriptors, Docs) : ReportFormatters.Find(name)!;

    public static string Render(IReportFormatter formatter, IReadOnlyList<FileReport> reports, ReportContext? context = null)
    {
        using var writer = new StringWriter();
        writer.NewLine = "\n";
        formatter.Write(writer, reports, context ?? Context);
        return writer.ToString();
    }

    public static string Render(string format, IReadOnlyList<FileReport> reports, ReportContext? context = null)
        => Render(Formatter(format), reports, context);
}
