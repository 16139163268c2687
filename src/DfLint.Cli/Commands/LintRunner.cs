using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DfLint.Cli.Configuration;
using DfLint.Cli.Discovery;
using DfLint.Cli.Output;
using DfLint.Configuration;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Commands;

/// <summary>
/// Lints the Dockerfiles <see cref="LintSettings"/> names: resolves inputs, reads and configures each file, lints them in
/// parallel, and writes one report sorted by path. Every input problem is one line on standard error; the files that
/// could be read are still reported, and the exit code is then 2.
/// </summary>
public static class LintRunner
{
    private sealed record Outcome(LintInput Input, FileReport? Report, Severity? Threshold, string? Error, string? Warning);

    public static int Run(CliContext context, LintSettings settings)
    {
        var formatter = ReportFormatters.Find(settings.Format)
            ?? throw new CliException($"unknown format '{settings.Format}' (expected {string.Join(", ", ReportFormatters.Names)})");
        string? contextDirectory = null;
        if (settings.ContextDirectory is not null)
        {
            contextDirectory = context.FullPath(settings.ContextDirectory);
            if (!Directory.Exists(contextDirectory)) throw new CliException($"build context '{settings.ContextDirectory}' is not a directory");
        }
        if (settings.Config.ConfigFile is not null && !File.Exists(context.FullPath(settings.Config.ConfigFile)))
            throw new CliException($"config file '{settings.Config.ConfigFile}' does not exist");
        if (settings.Config.HadolintConfigFile is not null && !File.Exists(context.FullPath(settings.Config.HadolintConfigFile)))
            throw new CliException($"config file '{settings.Config.HadolintConfigFile}' does not exist");
        if (settings.StdinFileName is not null && !settings.Paths.Contains(InputResolver.StdinArgument))
            throw new CliException("--stdin-filename names standard input; pass '-' as a path too");

        var baseOptions = LintOptions.Default with { Target = settings.Target, BuildArgs = ParseBuildArgs(settings.BuildArgs, context) };
        var resolver = new ConfigResolver(context, settings.Config, baseOptions);

        var (inputs, inputErrors) = InputResolver.Resolve(settings.Paths, context, settings.StdinFileName);

        var outcomes = new Outcome[inputs.Count];
        // Standard input is read here, on this thread, before the parallel part.
        for (int i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].IsStdin) outcomes[i] = LintOne(context, inputs[i], resolver, contextDirectory);
        }
        void LintFile(int i)
        {
            if (!inputs[i].IsStdin) outcomes[i] = LintOne(context, inputs[i], resolver, contextDirectory);
        }
        // One file (the pre-commit and editor case) stays on this thread: starting the thread pool costs more than it saves.
        if (inputs.Count(i => !i.IsStdin) <= 1)
            for (int i = 0; i < inputs.Count; i++) LintFile(i);
        else
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, LintFile);

        var sorted = outcomes.OrderBy(o => o.Input.DisplayPath, StringComparer.Ordinal).ToList();
        foreach (var warning in resolver.Warnings) context.Warn(warning);
        foreach (var o in sorted.Where(o => o.Warning is not null)) context.Warn(o.Warning!);
        var errors = inputErrors.Concat(sorted.Where(o => o.Error is not null).Select(o => o.Error!)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var error in errors) context.Error(error);

        var reports = sorted.Where(o => o.Report is not null).Select(o => o.Report!).ToList();
        // The threshold the report shows: the one all reported files share, else the default.
        Severity? sharedThreshold = null;
        bool mixed = false;
        foreach (var o in sorted)
        {
            if (o.Report is null) continue;
            var t = o.Threshold ?? settings.FailureThreshold ?? Severity.Warning;
            if (sharedThreshold is null) sharedThreshold = t;
            else if (sharedThreshold != t) mixed = true;
        }
        var reportThreshold = settings.FailureThreshold ?? (!mixed && sharedThreshold is not null ? sharedThreshold.Value : Severity.Warning);
        bool useColor = context.StdoutIsTerminal && settings.OutputFile is null && !settings.NoColor && !context.NoColorRequested;
        var reportContext = new ReportContext(context.WorkingDirectory, useColor, CliContext.ToolVersion, reportThreshold);

        if (settings.OutputFile is not null)
            AtomicFile.Write(context.FullPath(settings.OutputFile), settings.OutputFile, w => formatter.Write(w, reports, reportContext));
        else
            formatter.Write(context.Stdout, reports, reportContext);

        if (errors.Count > 0) return ExitCodes.Error;
        if (settings.ExitZero) return ExitCodes.Success;
        bool failed = sorted.Any(o => o.Report is not null && o.Report.Result.Findings.Any(f =>
            f.Severity >= (settings.FailureThreshold ?? o.Threshold ?? Severity.Warning)));
        return failed ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static Outcome LintOne(CliContext context, LintInput input, ConfigResolver resolver, string? contextOverride)
    {
        var read = input.IsStdin
            ? DockerfileReader.ReadStdin(context.Stdin, input.DisplayPath)
            : DockerfileReader.ReadFile(input.FullPath!, input.DisplayPath);
        if (read.Text is null) return new Outcome(input, null, null, read.Error, read.Warning);

        // Unnamed standard input is configured as a Dockerfile in the working directory.
        string configPath = input.FullPath ?? Path.Combine(context.WorkingDirectory, "Dockerfile");
        var config = resolver.Resolve(configPath, out string? configError);
        if (configError is not null) return new Outcome(input, null, null, configError, read.Warning);

        string? buildContextDir = contextOverride ?? input.ContextDirectory
            ?? (input.FullPath is not null ? Path.GetDirectoryName(input.FullPath) : context.WorkingDirectory);
        var buildContext = LoadBuildContext(buildContextDir, input.FullPath);
        var result = Linter.Lint(read.Text, config.Options, buildContext);
        return new Outcome(input, new FileReport(input.DisplayPath, result), config.FailureThreshold, null, read.Warning);
    }

    /// <summary>
    /// The build context as Core sees it: the files at its root, and the <c>.dockerignore</c> that applies, chosen by
    /// Core's <see cref="Dockerignore.Find"/> (BuildKit prefers <c>&lt;Dockerfile&gt;.dockerignore</c> next to the
    /// Dockerfile over <c>&lt;context&gt;/.dockerignore</c>).
    /// </summary>
    internal static BuildContext LoadBuildContext(string? contextDirectory, string? dockerfilePath)
    {
        if (contextDirectory is null || !Directory.Exists(contextDirectory)) return BuildContext.Unknown;
        try
        {
            var rootFiles = Directory.EnumerateFiles(contextDirectory).Select(f => Path.GetFileName(f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var ignore = Dockerignore.Find(dockerfilePath, contextDirectory, static path => File.Exists(path) ? File.ReadAllText(path) : null);
            return BuildContext.FromDockerignore(ignore?.Text.Replace("\r\n", "\n"), rootFiles);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BuildContext.Unknown;
        }
    }

    internal static IReadOnlyDictionary<string, string> ParseBuildArgs(IReadOnlyList<string> args, CliContext context)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            int eq = arg.IndexOf('=');
            if (eq == 0) throw new CliException($"--build-arg '{arg}': expected KEY=VALUE");
            if (eq < 0)
            {
                // As docker does: a bare KEY takes its value from the environment, and is skipped when unset.
                if (context.Environment.TryGetValue(arg, out var value) && value is not null) result[arg] = value;
                continue;
            }
            result[arg.Substring(0, eq)] = arg.Substring(eq + 1);
        }
        return result;
    }
}
