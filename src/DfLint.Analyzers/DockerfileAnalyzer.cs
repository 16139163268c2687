using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DfLint.Configuration;
using DfLint.Linting;
using DfLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DfLint.Analyzers;

/// <summary>
/// Lints every Dockerfile among the compilation's additional files and reports the findings at their exact
/// position, so that <c>dotnet build</c> prints <c>Dockerfile(3,6): warning DF101: …</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class DockerfileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>MSBuild properties the package's targets make visible to the analyzer (CompilerVisibleProperty).</summary>
    public const string ActiveProperty = "build_property.DfLintActive";
    public const string ContextDirectoryProperty = "build_property.DfLintContextDirectory";
    public const string ContextRootFilesProperty = "build_property.DfLintContextRootFiles";
    public const string KindMetadataKey = "build_metadata.AdditionalFiles." + DockerfileNames.KindMetadata;

    private readonly IReadOnlyList<DockerfileRule>? _rules;

    public DockerfileAnalyzer()
    {
    }

    /// <summary>For tests: lint with these rules instead of <see cref="RuleRegistry.All"/> (their descriptors must be registry ones).</summary>
    internal DockerfileAnalyzer(IReadOnlyList<DockerfileRule> rules)
    {
        _rules = rules;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DescriptorMap.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            // In a multi-targeted project the targets switch the lint off for all but one target framework,
            // so each finding is reported once (this also covers Dockerfiles the user added by hand).
            if (provider.GlobalOptions.TryGetValue(ActiveProperty, out var active)
                && string.Equals(active.Trim(), "false", StringComparison.OrdinalIgnoreCase))
                return;
            var session = new Session(start.Compilation, start.Options, _rules);
            start.RegisterAdditionalFileAction(session.Analyze);
        });
    }

    /// <summary>What is shared by all Dockerfiles of one compilation.</summary>
    private sealed class Session
    {
        private readonly AnalyzerOptions _options;
        private readonly IReadOnlyList<KeyValuePair<string, string>> _compilerSeverities;
        private readonly IReadOnlyList<DockerfileRule>? _rules;

        public Session(Compilation compilation, AnalyzerOptions options, IReadOnlyList<DockerfileRule>? rules)
        {
            _options = options;
            _rules = rules;
            _compilerSeverities = CompilerSeverities(compilation);
        }

        public void Analyze(AdditionalFileAnalysisContext ctx)
        {
            var file = ctx.AdditionalFile;
            string path = file.Path ?? string.Empty;
            try
            {
                var fileOptions = _options.AnalyzerConfigOptionsProvider.GetOptions(file);
                if (!IsDockerfile(path, fileOptions)) return;
                var text = file.GetText(ctx.CancellationToken);
                if (text is null) return;
                var lintOptions = LintOptionsFor(fileOptions);
                var buildContext = BuildContextFor(path, ctx.CancellationToken);
                var result = Linter.Lint(text.ToString(), lintOptions, buildContext, _rules);
                foreach (var finding in result.Findings)
                {
                    ctx.CancellationToken.ThrowIfCancellationRequested();
                    ctx.ReportDiagnostic(ToDiagnostic(path, result, finding));
                }
            }
            catch (OperationCanceledException) when (ctx.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // An analyzer must never throw into the compiler (that would be AD0001).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                ctx.ReportDiagnostic(Diagnostic.Create(DescriptorMap.InternalError,
                    Location.Create(path, default, default), ex.GetType().Name + ": " + OneLine(ex.Message)));
            }
        }

        private LintOptions LintOptionsFor(AnalyzerConfigOptions fileOptions)
        {
            var pairs = new List<KeyValuePair<string, string>>(_compilerSeverities);
            AddPairs(pairs, _options.AnalyzerConfigOptionsProvider.GlobalOptions);
            AddPairs(pairs, fileOptions);
            return ConfigValues.Apply(LintOptions.Default, pairs);
        }

        private BuildContext BuildContextFor(string dockerfilePath, CancellationToken ct)
        {
            var global = _options.AnalyzerConfigOptionsProvider.GlobalOptions;
            bool fromTargets = global.TryGetValue(ContextDirectoryProperty, out var contextDir) && !string.IsNullOrWhiteSpace(contextDir);
            if (!fromTargets) contextDir = DockerfileNames.DirectoryName(dockerfilePath);

            // BuildKit prefers <Dockerfile>.dockerignore over <context>/.dockerignore.
            var ignore = FindAdditionalFile(dockerfilePath + ".dockerignore")
                ?? FindAdditionalFile(DockerfileNames.Normalize(contextDir!) + "/.dockerignore");
            if (ignore is null && !fromTargets) return BuildContext.Unknown;

            var rootFiles = Array.Empty<string>();
            if (global.TryGetValue(ContextRootFilesProperty, out var listed) && !string.IsNullOrWhiteSpace(listed))
                rootFiles = listed.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries);
            return BuildContext.FromDockerignore(ignore?.GetText(ct)?.ToString(), rootFiles);
        }

        private AdditionalText? FindAdditionalFile(string path)
        {
            foreach (var f in _options.AdditionalFiles)
                if (f.Path is not null && DockerfileNames.SamePath(f.Path, path)) return f;
            return null;
        }
    }

    internal static bool IsDockerfile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue(KindMetadataKey, out var kind) && !string.IsNullOrWhiteSpace(kind))
            return string.Equals(kind.Trim(), DockerfileNames.DockerfileKind, StringComparison.OrdinalIgnoreCase);
        return DockerfileNames.IsDockerfileName(path);
    }

    internal static Diagnostic ToDiagnostic(string path, LintResult result, Finding finding)
    {
        var source = result.Source;
        int start = Math.Max(0, Math.Min(finding.Span.Start, source.Length));
        int end = Math.Max(start, Math.Min(finding.Span.End, source.Length));
        // Core gives 1-based lines and columns (lines end at '\n', as BuildKit and the CLI count them); Roslyn wants 0-based.
        var s = source.GetLinePosition(start);
        var e = source.GetLinePosition(end);
        var lineSpan = new LinePositionSpan(new LinePosition(s.Line - 1, s.Column - 1), new LinePosition(e.Line - 1, e.Column - 1));
        var location = Location.Create(path, TextSpan.FromBounds(start, end), lineSpan);
        return Diagnostic.Create(DescriptorMap.Get(finding.Rule), location, DescriptorMap.ToRoslyn(finding.Severity),
            additionalLocations: null, properties: null, finding.Message);
    }

    /// <summary>
    /// Which DF rules the compiler was told to turn off or on (<c>.globalconfig</c>, <c>/nowarn</c>, <c>/warnaserror+:</c>), as
    /// config pairs for Core. The compiler hides <c>dotnet_diagnostic.*</c> keys from analyzers and applies the severities
    /// itself afterwards, so Core only needs to know whether to run a rule: off (<c>none</c>/<c>silent</c>) skips it, and a rule
    /// that is off by default runs, at its default severity, when the compiler turns it on. Everything else keeps the severity
    /// Core computed and the compiler adjusts it (so warnings-as-errors stay marked as such).
    /// </summary>
    private static IReadOnlyList<KeyValuePair<string, string>> CompilerSeverities(Compilation compilation)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var treeOptions = compilation.Options.SyntaxTreeOptionsProvider;
        var specific = compilation.Options.SpecificDiagnosticOptions;
        foreach (var rule in RuleRegistry.Descriptors)
        {
            ReportDiagnostic report = ReportDiagnostic.Default;
            if (treeOptions is not null && treeOptions.TryGetGlobalDiagnosticValue(rule.Id, CancellationToken.None, out var fromGlobal))
                report = fromGlobal;
            if (specific.TryGetValue(rule.Id, out var fromCommandLine) && fromCommandLine != ReportDiagnostic.Default)
                report = fromCommandLine;
            string? word = report switch
            {
                ReportDiagnostic.Suppress or ReportDiagnostic.Hidden => "none",
                ReportDiagnostic.Error or ReportDiagnostic.Warn or ReportDiagnostic.Info when !rule.EnabledByDefault => rule.DefaultSeverity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "suggestion",
                },
                _ => null,
            };
            if (word is not null)
                pairs.Add(new KeyValuePair<string, string>(ConfigValues.DiagnosticPrefix + rule.Id + ".severity", word));
        }
        return pairs;
    }

    private static void AddPairs(List<KeyValuePair<string, string>> pairs, AnalyzerConfigOptions options)
    {
        foreach (var key in options.Keys)
        {
            if (!key.StartsWith(ConfigValues.OptionPrefix, StringComparison.OrdinalIgnoreCase)
                && !key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase)
                && !key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase))
                continue;
            if (options.TryGetValue(key, out var value)) pairs.Add(new KeyValuePair<string, string>(key, value));
        }
    }

    private static string OneLine(string s) => s.Replace("\r", " ").Replace("\n", " ");
}
