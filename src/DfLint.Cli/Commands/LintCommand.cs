using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using DfLint.Cli.Configuration;
using DfLint.Cli.Output;
using DfLint.Rules;

namespace DfLint.Cli.Commands;

/// <summary>What <c>dflint lint</c> was asked to do, after parsing the command line.</summary>
public sealed record LintSettings
{
    public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();
    public string? StdinFileName { get; init; }
    public string? ContextDirectory { get; init; }
    public string? Target { get; init; }
    public IReadOnlyList<string> BuildArgs { get; init; } = Array.Empty<string>();
    public string Format { get; init; } = "text";
    public string? OutputFile { get; init; }
    public bool NoColor { get; init; }
    public Severity? FailureThreshold { get; init; }
    public bool ExitZero { get; init; }
    public ConfigFlags Config { get; init; } = new();
}

/// <summary><c>dflint lint [PATH…]</c>: the options; <see cref="LintRunner"/> does the work.</summary>
public static class LintCommand
{
    public const string DefaultFormat = "text";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Dockerfiles, directories (searched recursively), globs, projects or solutions; '-' reads standard input. Default: '.'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var stdinFileName = new Option<string>("--stdin-filename") { Description = "The path standard input stands for (for reports and configuration lookup).", HelpName = "NAME" };
        var contextDir = new Option<string>("--context") { Description = "The build context directory (default: each Dockerfile's directory).", HelpName = "DIR" };
        var target = new Option<string>("--target") { Description = "The stage that is built, as 'docker build --target'.", HelpName = "STAGE" };
        var buildArgs = new Option<string[]>("--build-arg") { Description = "A build argument, as 'docker build --build-arg' (repeatable). 'KEY' alone takes the value from the environment.", HelpName = "KEY=VALUE" };
        var format = new Option<string>("--format", "-f") { Description = $"The report format: {string.Join(", ", ReportFormatters.Names)}.", HelpName = "FORMAT", DefaultValueFactory = _ => DefaultFormat };
        var output = new Option<string>("--output", "-o") { Description = "Write the report to FILE (atomically) instead of standard output.", HelpName = "FILE" };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set)." };
        var threshold = new Option<string>("--failure-threshold", "-t") { Description = "Exit with 1 when a finding has this severity or a higher one: error, warning or info. Default: warning.", HelpName = "SEVERITY" };
        threshold.AcceptOnlyFromAmong("error", "warning", "info");
        var exitZero = new Option<bool>("--exit-zero") { Description = "Exit with 0 even when there are findings (errors still exit with 2)." };
        var config = new Option<string>("--config") { Description = "A config file in .globalconfig syntax, applied after the .editorconfig and .globalconfig files found.", HelpName = "FILE" };
        var hadolintConfig = new Option<string>("--hadolint-config") { Description = "The .hadolint.yaml to honour instead of the nearest one.", HelpName = "FILE" };
        var severity = new Option<string[]>("--severity") { Description = "Set a rule's severity: error, warning, info or none (repeatable).", HelpName = "ID=SEVERITY" };
        var ignore = new Option<string[]>("--ignore") { Description = "Turn rules off (repeatable, or comma-separated).", HelpName = "ID" };
        var select = new Option<string[]>("--select") { Description = "Run only these rules or ID prefixes, e.g. DF101,DF2 (repeatable, or comma-separated).", HelpName = "IDS" };

        var command = new Command("lint", "Lint Dockerfiles (the default command: 'dflint PATH' means 'dflint lint PATH').")
        {
            paths, stdinFileName, contextDir, target, buildArgs, format, output, noColor, threshold, exitZero,
            config, hadolintConfig, severity, ignore, select,
        };

        command.SetAction(pr =>
        {
            RejectUnknownOptions(pr, pr.GetValue(paths));
            var severities = new List<KeyValuePair<string, string>>();
            foreach (var s in pr.GetValue(severity) ?? Array.Empty<string>())
            {
                int eq = s.IndexOf('=');
                if (eq <= 0 || eq == s.Length - 1) throw new CliException($"--severity '{s}': expected ID=SEVERITY, e.g. DF101=error");
                severities.Add(new KeyValuePair<string, string>(s.Substring(0, eq).Trim(), s.Substring(eq + 1).Trim()));
            }
            string? t = pr.GetValue(threshold);
            var settings = new LintSettings
            {
                Paths = pr.GetValue(paths) is { Length: > 0 } p ? p : new[] { "." },
                StdinFileName = pr.GetValue(stdinFileName),
                ContextDirectory = pr.GetValue(contextDir),
                Target = pr.GetValue(target),
                BuildArgs = pr.GetValue(buildArgs) ?? Array.Empty<string>(),
                Format = pr.GetValue(format) ?? DefaultFormat,
                OutputFile = pr.GetValue(output),
                NoColor = pr.GetValue(noColor),
                FailureThreshold = t is null ? null : ParseThreshold(t),
                ExitZero = pr.GetValue(exitZero),
                Config = new ConfigFlags
                {
                    ConfigFile = pr.GetValue(config),
                    HadolintConfigFile = pr.GetValue(hadolintConfig),
                    Severities = severities,
                    Ignores = SplitList(pr.GetValue(ignore)),
                    Selects = SplitList(pr.GetValue(select)),
                },
            };
            return LintRunner.Run(context, settings);
        });
        return command;
    }

    /// <summary>
    /// System.CommandLine takes an unknown <c>--flag</c> as a PATH; say what it is instead. After <c>--</c>, and for
    /// <c>-</c> (standard input), a dash is just a path.
    /// </summary>
    private static void RejectUnknownOptions(ParseResult parseResult, string[]? paths)
    {
        var afterDoubleDash = new HashSet<string>(StringComparer.Ordinal);
        bool seen = false;
        foreach (var token in parseResult.Tokens)
        {
            if (seen) afterDoubleDash.Add(token.Value);
            else if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash) seen = true;
        }
        foreach (var path in paths ?? Array.Empty<string>())
        {
            if (path.Length > 1 && path[0] == '-' && !afterDoubleDash.Contains(path))
                throw new CliException($"unknown option '{path}' (see 'dflint lint --help'; put paths that start with '-' after '--')");
        }
    }

    internal static Severity ParseThreshold(string value) => value.ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => throw new CliException($"'{value}' is not a failure threshold (error, warning or info)"),
    };

    private static IReadOnlyList<string> SplitList(string[]? values)
        => (values ?? Array.Empty<string>())
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
}
