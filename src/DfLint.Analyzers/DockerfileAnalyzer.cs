using System;
using System.Collections.Concurrent;
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
/// position, so that <c>dotnet build</c> prints <c>Dockerfile(3,6): warning DF101: …</c>. Each Dockerfile is configured
/// from the config files among the additional files (<c>DfLintKind=config</c>) as the CLI configures it, then by what the
/// compiler knows (<c>.globalconfig</c>, <c>/nowarn</c>, <c>/warnaserror</c>), and each finding carries its effective severity.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class DockerfileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>MSBuild properties the package's targets make visible to the analyzer (CompilerVisibleProperty).</summary>
    public const string ActiveProperty = "build_property.DfLintActive";
    public const string ContextDirectoryProperty = "build_property.DfLintContextDirectory";
    public const string ContextRootFilesProperty = "build_property.DfLintContextRootFiles";
    public const string KindMetadataKey = "build_metadata.AdditionalFiles." + AdditionalFileKinds.KindMetadata;

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

    /// <summary>What is shared by all Dockerfiles (and config files) of one compilation.</summary>
    private sealed class Session
    {
        private readonly AnalyzerOptions _options;
        private readonly IReadOnlyList<KeyValuePair<string, string>> _compilerSeverities;
        private readonly IReadOnlyList<DockerfileRule>? _rules;
        private readonly Lazy<Catalog> _catalog;
        private readonly ConcurrentDictionary<string, Lazy<ConfigResolution>> _resolutions = new(StringComparer.OrdinalIgnoreCase);

        public Session(Compilation compilation, AnalyzerOptions options, IReadOnlyList<DockerfileRule>? rules)
        {
            _options = options;
            _rules = rules;
            _compilerSeverities = CompilerSeverities(compilation);
            _catalog = new Lazy<Catalog>(() => Catalog.Create(options), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public void Analyze(AdditionalFileAnalysisContext ctx)
        {
            var file = ctx.AdditionalFile;
            string path = file.Path ?? string.Empty;
            try
            {
                var fileOptions = _options.AnalyzerConfigOptionsProvider.GetOptions(file);
                if (IsDockerfile(path, fileOptions)) AnalyzeDockerfile(ctx, file, path, fileOptions);
                else if (IsConfigFile(path, fileOptions)) AnalyzeConfigFile(ctx, path);
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

        private void AnalyzeDockerfile(AdditionalFileAnalysisContext ctx, AdditionalText file, string path, AnalyzerConfigOptions fileOptions)
        {
            var text = file.GetText(ctx.CancellationToken);
            if (text is null) return;
            LintOptions lintOptions;
            if (_catalog.Value.Configs.Count == 0)
            {
                lintOptions = LegacyLintOptionsFor(fileOptions);
            }
            else
            {
                var resolution = ResolutionFor(path, fileOptions);
                // As the CLI stops on it (exit code 2), a config file that cannot be used means no lint; the config
                // file's own action reports it once, at its line.
                if (resolution.FailedFile is not null) return;
                var pairs = new List<KeyValuePair<string, string>>(_compilerSeverities);
                AddPairs(pairs, _options.AnalyzerConfigOptionsProvider.GlobalOptions);
                lintOptions = ConfigValues.Apply(resolution.Options, pairs);
            }
            var buildContext = BuildContextFor(path, ctx.CancellationToken);
            var result = Linter.Lint(text.ToString(), lintOptions, buildContext, _rules);
            foreach (var finding in result.Findings)
            {
                ctx.CancellationToken.ThrowIfCancellationRequested();
                ctx.ReportDiagnostic(ToDiagnostic(path, result, finding));
            }
        }

        /// <summary>
        /// Reports the file's problem once if any Dockerfile of the compilation depends on it; for a file that can be used,
        /// reports each entry DfLint ignores (an unknown rule or option, a value of the wrong type) once, at its line, as a
        /// DF998 warning: the CLI warns about the same entries.
        /// </summary>
        private void AnalyzeConfigFile(AdditionalFileAnalysisContext ctx, string path)
        {
            var catalog = _catalog.Value;
            var config = catalog.Configs.Get(path);
            if (config is null) return;
            SourceText? text = null;
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var dockerfile in catalog.Dockerfiles)
            {
                ctx.CancellationToken.ThrowIfCancellationRequested();
                var resolution = ResolutionFor(dockerfile.Path, _options.AnalyzerConfigOptionsProvider.GetOptions(dockerfile));
                if (config.Error is not null)
                {
                    if (resolution.FailedFile is null || !AdditionalFileKinds.SamePath(resolution.FailedFile.Path, path)) continue;
                    text = ctx.AdditionalFile.GetText(ctx.CancellationToken);
                    ctx.ReportDiagnostic(Diagnostic.Create(DescriptorMap.ConfigError, LineLocation(path, text, config.Error.Line),
                        OneLine(config.Error.Message)));
                    return;
                }
                foreach (var problem in resolution.Problems)
                {
                    if (!AdditionalFileKinds.SamePath(problem.File.Path, path)) continue;
                    if (!reported.Add(problem.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + problem.Message)) continue;
                    text ??= ctx.AdditionalFile.GetText(ctx.CancellationToken);
                    ctx.ReportDiagnostic(DescriptorMap.ReportConfigWarning(LineLocation(path, text, problem.Line), OneLine(problem.Message)));
                }
            }
        }

        /// <summary>
        /// The Dockerfile's configuration from the config files above it, as the CLI resolves it (hadolint &lt; editorconfig
        /// &lt; globalconfig), on top of what the compiler merged for the file (which holds <c>dflint.*</c> keys of config
        /// files the targets did not list). One resolution per Dockerfile and compilation.
        /// </summary>
        private ConfigResolution ResolutionFor(string dockerfilePath, AnalyzerConfigOptions fileOptions)
            => _resolutions.GetOrAdd(dockerfilePath, p => new Lazy<ConfigResolution>(() =>
            {
                var merged = new List<KeyValuePair<string, string>>();
                AddPairs(merged, fileOptions);
                return _catalog.Value.Configs.Resolve(p, ConfigValues.Apply(LintOptions.Default, merged));
            }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        // No config files among the additional files (a project without the package's targets, in-memory hosts): the
        // options the compiler merged for the file, as before config files were read.
        private LintOptions LegacyLintOptionsFor(AnalyzerConfigOptions fileOptions)
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
            if (!fromTargets) contextDir = AdditionalFileKinds.DirectoryName(dockerfilePath);

            // Core chooses, as BuildKit does: <Dockerfile>.dockerignore over <context>/.dockerignore.
            var ignore = Dockerignore.Find(dockerfilePath, contextDir, p => FindAdditionalFile(p)?.GetText(ct)?.ToString());
            if (ignore is null && !fromTargets) return BuildContext.Unknown;

            var rootFiles = Array.Empty<string>();
            if (global.TryGetValue(ContextRootFilesProperty, out var listed) && !string.IsNullOrWhiteSpace(listed))
                rootFiles = listed.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries);
            return BuildContext.FromDockerignore(ignore?.Text, rootFiles);
        }

        private AdditionalText? FindAdditionalFile(string path)
        {
            foreach (var f in _options.AdditionalFiles)
                if (f.Path is not null && AdditionalFileKinds.SamePath(f.Path, path)) return f;
            return null;
        }
    }

    /// <summary>The compilation's Dockerfiles and config files, sorted out once.</summary>
    private sealed class Catalog
    {
        private Catalog(IReadOnlyList<AdditionalText> dockerfiles, ConfigSet configs)
        {
            Dockerfiles = dockerfiles;
            Configs = configs;
        }

        public IReadOnlyList<AdditionalText> Dockerfiles { get; }

        public ConfigSet Configs { get; }

        public static Catalog Create(AnalyzerOptions options)
        {
            var dockerfiles = new List<AdditionalText>();
            var configs = new List<ConfigSource>();
            foreach (var file in options.AdditionalFiles)
            {
                if (file.Path is null) continue;
                var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
                if (IsDockerfile(file.Path, fileOptions))
                {
                    dockerfiles.Add(file);
                }
                else if (IsConfigFile(file.Path, fileOptions) && ConfigFile.KindOfName(DockerfileNames.FileName(file.Path)) is { } kind)
                {
                    // The text is read here, once; parsing waits until a Dockerfile's resolution looks for the file.
                    var text = file.GetText(CancellationToken.None);
                    if (text is not null) configs.Add(new ConfigSource(file.Path, text.ToString(), kind));
                }
            }
            return new Catalog(dockerfiles, configs.Count == 0 ? ConfigSet.Empty : new ConfigSet(configs));
        }
    }

    internal static bool IsDockerfile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue(KindMetadataKey, out var kind) && !string.IsNullOrWhiteSpace(kind))
            return string.Equals(kind.Trim(), AdditionalFileKinds.DockerfileKind, StringComparison.OrdinalIgnoreCase);
        return DockerfileNames.IsDockerfilePath(path);
    }

    /// <summary>
    /// A configuration file: marked <c>DfLintKind=config</c> by the package's targets, or, without a kind, named
    /// <c>.editorconfig</c>, <c>.globalconfig</c>, <c>.hadolint.yaml</c> or <c>.hadolint.yml</c>.
    /// </summary>
    internal static bool IsConfigFile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue(KindMetadataKey, out var kind) && !string.IsNullOrWhiteSpace(kind))
            return string.Equals(kind.Trim(), AdditionalFileKinds.ConfigKind, StringComparison.OrdinalIgnoreCase);
        return ConfigFile.KindOfName(DockerfileNames.FileName(path)) is not null;
    }

    /// <summary>The whole of a 1-based line of <paramref name="text"/> (lines end at '\n', as the config readers count them); line 0 is the file.</summary>
    private static Location LineLocation(string path, SourceText? text, int line)
    {
        if (text is null || line < 1) return Location.Create(path, default, default);
        string s = text.ToString();
        int start = 0;
        for (int l = 1; l < line; l++)
        {
            int nl = s.IndexOf('\n', start);
            if (nl < 0) return Location.Create(path, default, default);
            start = nl + 1;
        }
        int end = s.IndexOf('\n', start);
        if (end < 0) end = s.Length;
        if (end > start && s[end - 1] == '\r') end--;
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(path, span, new LinePositionSpan(new LinePosition(line - 1, 0), new LinePosition(line - 1, end - start)));
    }

    internal static Diagnostic ToDiagnostic(string path, LintResult result, Finding finding)
    {
        var source = result.Source;
        int start = Math.Max(0, Math.Min(finding.Span.Start, source.Length));
        int end = Math.Max(start, Math.Min(finding.Span.End, source.Length));
        // Core's location, as every CLI format reports it (1-based, lines end at '\n' as BuildKit counts them, a span
        // ending just after a line break ends on that line); Roslyn wants 0-based.
        var l = DfLint.Syntax.SourceLocation.Of(source, DfLint.Syntax.SourceSpan.FromBounds(start, end));
        var lineSpan = new LinePositionSpan(new LinePosition(l.Line - 1, l.Column - 1), new LinePosition(l.EndLine - 1, l.EndColumn - 1));
        var location = Location.Create(path, TextSpan.FromBounds(start, end), lineSpan);
        return Diagnostic.Create(DescriptorMap.ForReport(finding.Rule), location, DescriptorMap.ToRoslyn(finding.Severity),
            additionalLocations: null, properties: null, finding.Message);
    }

    /// <summary>
    /// Which DF rules the compiler was told to turn off or on (<c>.globalconfig</c>, <c>/nowarn</c>, <c>/warnaserror+:</c>), as
    /// config pairs for Core, applied after the config files. The compiler hides <c>dotnet_diagnostic.*</c> keys from
    /// analyzers and applies the severities itself afterwards, so Core mostly needs to know whether to run a rule: off
    /// (<c>none</c>/<c>silent</c>) skips it, and a rule that is off by default runs, at its default severity, when the compiler
    /// turns it on. A compilation-wide <c>.globalconfig</c> severity is passed as it is: the compiler shows it anyway, and it
    /// must turn a rule back on that an <c>.editorconfig</c> or <c>.hadolint.yaml</c> turned off (a <c>.globalconfig</c>
    /// beats both, as in the CLI). Everything else keeps the severity Core computed and the compiler adjusts it (so
    /// warnings-as-errors stay marked as such).
    /// </summary>
    private static IReadOnlyList<KeyValuePair<string, string>> CompilerSeverities(Compilation compilation)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var treeOptions = compilation.Options.SyntaxTreeOptionsProvider;
        var specific = compilation.Options.SpecificDiagnosticOptions;
        foreach (var rule in RuleRegistry.Descriptors)
        {
            ReportDiagnostic report = ReportDiagnostic.Default;
            bool fromCommandLine = false;
            if (treeOptions is not null && treeOptions.TryGetGlobalDiagnosticValue(rule.Id, CancellationToken.None, out var fromGlobal))
                report = fromGlobal;
            if (specific.TryGetValue(rule.Id, out var commandLine) && commandLine != ReportDiagnostic.Default)
            {
                report = commandLine;
                fromCommandLine = true;
            }
            string? word = report switch
            {
                ReportDiagnostic.Suppress or ReportDiagnostic.Hidden => "none",
                ReportDiagnostic.Error or ReportDiagnostic.Warn or ReportDiagnostic.Info when !rule.EnabledByDefault => rule.DefaultSeverity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "suggestion",
                },
                ReportDiagnostic.Error when !fromCommandLine => "error",
                ReportDiagnostic.Warn when !fromCommandLine => "warning",
                ReportDiagnostic.Info when !fromCommandLine => "suggestion",
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
