using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Cli.Commands;
using DfLint.Configuration;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Configuration;

/// <summary>The configuration the command line gives: explicit files and the flags that override every file.</summary>
public sealed record ConfigFlags
{
    public string? ConfigFile { get; init; }
    public string? HadolintConfigFile { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Severities { get; init; } = Array.Empty<KeyValuePair<string, string>>();
    public IReadOnlyList<string> Ignores { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Selects { get; init; } = Array.Empty<string>();
}

/// <summary>The options for one Dockerfile, and the failure threshold its <c>.hadolint.yaml</c> sets (if any).</summary>
public sealed record ResolvedConfig(LintOptions Options, Severity? FailureThreshold);

/// <summary>
/// Finds and applies the configuration of each Dockerfile, in this order (later wins): defaults, the nearest
/// <c>.hadolint.yaml</c>/<c>.hadolint.yml</c> (or <c>--hadolint-config</c>), <c>.editorconfig</c> files from the
/// Dockerfile's directory up to one with <c>root = true</c> (nearer files and later sections win), <c>.globalconfig</c>
/// files up to the file-system root (nearer wins), <c>--config</c>, then <c>--select</c>, <c>--severity</c>, <c>--ignore</c>.
/// Thread-safe; each config file is read once. Problems that do not stop linting are collected in <see cref="Warnings"/>.
/// </summary>
public sealed class ConfigResolver
{
    public const string EditorConfigName = ".editorconfig";
    public const string GlobalConfigName = ".globalconfig";
    public static readonly string[] HadolintConfigNames = { ".hadolint.yaml", ".hadolint.yml" };

    private readonly CliContext _context;
    private readonly ConfigFlags _flags;
    private readonly LintOptions _baseOptions;
    private readonly ConcurrentDictionary<string, Lazy<LoadedConfig>> _configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<LoadedHadolint>> _hadolint = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _warnings = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<KeyValuePair<string, string>> _flagPairs;

    public ConfigResolver(CliContext context, ConfigFlags flags, LintOptions baseOptions)
    {
        _context = context;
        _flags = flags;
        _baseOptions = baseOptions;
        _flagPairs = ValidateFlags(flags);
    }

    /// <summary>Warning lines (without the <c>dflint: warning:</c> prefix), sorted, each once.</summary>
    public IReadOnlyList<string> Warnings => _warnings.Keys.OrderBy(w => w, StringComparer.Ordinal).ToArray();

    private sealed record LoadedConfig(string Path, ConfigDocument? Document, IReadOnlyList<(ConfigSection Section, EditorConfigGlob Glob)> Sections, string? Error);

    private sealed record LoadedHadolint(string Path, HadolintConfig? Config, IReadOnlyList<ConfigPair> Pairs, string? Error);

    /// <summary>The configuration of the Dockerfile at <paramref name="dockerfilePath"/> (for unnamed stdin, a virtual path).</summary>
    public ResolvedConfig Resolve(string dockerfilePath, out string? error)
    {
        error = null;
        string directory = Path.GetDirectoryName(dockerfilePath) ?? _context.WorkingDirectory;
        var options = _baseOptions;
        Severity? threshold = null;

        string? hadolintPath = _flags.HadolintConfigFile is not null ? _context.FullPath(_flags.HadolintConfigFile) : FindNearest(directory, HadolintConfigNames);
        if (hadolintPath is not null)
        {
            var h = LoadHadolintConfig(hadolintPath);
            if (h.Error is not null) { error = h.Error; return new ResolvedConfig(options, null); }
            options = ApplyPairs(options, h.Pairs, _context.DisplayPath(h.Path));
            threshold = h.Config!.DfLintFailureThreshold;
        }

        var editorConfigs = new List<LoadedConfig>();
        for (var d = directory; d is not null; d = Path.GetDirectoryName(d))
        {
            string candidate = Path.Combine(d, EditorConfigName);
            if (!File.Exists(candidate)) continue;
            var loaded = LoadConfigFile(candidate);
            if (loaded.Error is not null) { error = loaded.Error; return new ResolvedConfig(options, null); }
            editorConfigs.Add(loaded);
            if (loaded.Document!.IsRoot) break;
        }
        editorConfigs.Reverse();
        options = ApplyFiles(options, editorConfigs, dockerfilePath);

        var globalConfigs = new List<LoadedConfig>();
        for (var d = directory; d is not null; d = Path.GetDirectoryName(d))
        {
            string candidate = Path.Combine(d, GlobalConfigName);
            if (!File.Exists(candidate)) continue;
            var loaded = LoadConfigFile(candidate);
            if (loaded.Error is not null) { error = loaded.Error; return new ResolvedConfig(options, null); }
            globalConfigs.Add(loaded);
        }
        globalConfigs.Reverse();
        options = ApplyFiles(options, globalConfigs, dockerfilePath);

        if (_flags.ConfigFile is not null)
        {
            var loaded = LoadConfigFile(_context.FullPath(_flags.ConfigFile));
            if (loaded.Error is not null) { error = loaded.Error; return new ResolvedConfig(options, null); }
            options = ApplyFiles(options, new[] { loaded }, dockerfilePath);
        }

        options = ApplySelect(options, _flags.Selects);
        options = ConfigValues.Apply(options, _flagPairs);
        return new ResolvedConfig(options, threshold);
    }

    private static string? FindNearest(string directory, IReadOnlyList<string> names)
    {
        for (var d = directory; d is not null; d = Path.GetDirectoryName(d))
        {
            foreach (var name in names)
            {
                string candidate = Path.Combine(d, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private LintOptions ApplyFiles(LintOptions options, IEnumerable<LoadedConfig> files, string dockerfilePath)
    {
        foreach (var file in files)
        {
            string configDir = Path.GetDirectoryName(file.Path)!;
            string rel = Path.GetRelativePath(configDir, dockerfilePath).Replace('\\', '/');
            string absolute = dockerfilePath.Replace('\\', '/').TrimStart('/');
            var pairs = new List<ConfigPair>(file.Document!.Preamble);
            foreach (var (section, glob) in file.Sections)
            {
                bool below = !(rel == ".." || rel.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(rel));
                // Roslyn writes .globalconfig sections as absolute paths; accept those too.
                bool match = (below && glob.IsMatch(rel)) || (section.Header.StartsWith("/", StringComparison.Ordinal) && glob.IsMatch(absolute));
                if (match) pairs.AddRange(section.Pairs);
            }
            options = ApplyPairs(options, pairs, _context.DisplayPath(file.Path));
        }
        return options;
    }

    private LintOptions ApplyPairs(LintOptions options, IReadOnlyList<ConfigPair> pairs, string displayPath)
    {
        if (pairs.Count == 0) return options;
        foreach (var pair in pairs)
        {
            var problem = ConfigValues.Validate(pair.Key, pair.Value);
            if (problem is not null) Warn(pair.Line > 0 ? $"{displayPath}:{pair.Line}: {problem}" : $"{displayPath}: {problem}");
        }
        return ConfigValues.Apply(options, pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
    }

    private void Warn(string message) => _warnings.TryAdd(message, 0);

    private LoadedConfig LoadConfigFile(string path)
        => _configs.GetOrAdd(path, p => new Lazy<LoadedConfig>(() => ReadConfigFile(p))).Value;

    private LoadedConfig ReadConfigFile(string path)
    {
        string display = _context.DisplayPath(path);
        string? text = ReadText(path, display, out string? readError);
        if (text is null) return new LoadedConfig(path, null, Array.Empty<(ConfigSection, EditorConfigGlob)>(), readError);
        var document = ConfigFileParser.Parse(text);
        if (document.Errors.Count > 0)
        {
            var first = document.Errors[0];
            return new LoadedConfig(path, null, Array.Empty<(ConfigSection, EditorConfigGlob)>(), $"{display}:{first.Line}: {first.Message}");
        }
        var sections = new List<(ConfigSection, EditorConfigGlob)>();
        foreach (var section in document.Sections)
        {
            var glob = EditorConfigGlob.TryCreate(section.Header, out string? globError);
            if (glob is null)
                return new LoadedConfig(path, null, Array.Empty<(ConfigSection, EditorConfigGlob)>(), $"{display}:{section.Line}: {globError}");
            sections.Add((section, glob));
        }
        return new LoadedConfig(path, document, sections, null);
    }

    private LoadedHadolint LoadHadolintConfig(string path)
        => _hadolint.GetOrAdd(path, p => new Lazy<LoadedHadolint>(() => ReadHadolintConfig(p))).Value;

    private LoadedHadolint ReadHadolintConfig(string path)
    {
        string display = _context.DisplayPath(path);
        string? text = ReadText(path, display, out string? readError);
        if (text is null) return new LoadedHadolint(path, null, Array.Empty<ConfigPair>(), readError);
        var config = HadolintConfig.Parse(text);
        if (config.Errors.Count > 0)
        {
            var first = config.Errors[0];
            return new LoadedHadolint(path, null, Array.Empty<ConfigPair>(), $"{display}:{first.Line}: {first.Message}");
        }
        var unmapped = new List<HadolintCode>();
        var pairs = config.ToConfigPairs(unmapped);
        if (unmapped.Count > 0)
        {
            var codes = unmapped.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase);
            Warn($"{display}: no DfLint rule is equivalent to {string.Join(", ", codes)}; those entries are ignored");
        }
        return new LoadedHadolint(path, config, pairs, null);
    }

    private static string? ReadText(string path, string display, out string? error)
    {
        error = null;
        try
        {
            var result = Discovery.DockerfileReader.Decode(File.ReadAllBytes(path), display);
            if (result.Text is null) error = result.Error!.Replace("not a Dockerfile", "not a config file");
            return result.Text;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"config file '{display}' does not exist";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read '{display}': {Program.OneLine(e.Message)}";
        }
        return null;
    }

    private static LintOptions ApplySelect(LintOptions options, IReadOnlyList<string> selects)
    {
        if (selects.Count == 0) return options;
        var severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var kv in options.Severities) severities[kv.Key] = kv.Value;
        foreach (var rule in RuleRegistry.Descriptors)
        {
            bool selected = selects.Any(s => rule.Id.StartsWith(s, StringComparison.OrdinalIgnoreCase));
            if (!selected) severities[rule.Id] = ConfiguredSeverity.None;
            else if (options.SeverityOf(rule) == ConfiguredSeverity.None) severities[rule.Id] = (ConfiguredSeverity)rule.DefaultSeverity;
        }
        return options with { Severities = severities };
    }

    // --severity and --ignore as config pairs (--ignore last, so it wins); bad severity words are usage errors.
    private IReadOnlyList<KeyValuePair<string, string>> ValidateFlags(ConfigFlags flags)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var kv in flags.Severities)
        {
            if (ConfigValues.ParseSeverity(kv.Value, out bool isDefault) is null && !isDefault)
                throw new CliException($"--severity {kv.Key}={kv.Value}: '{kv.Value}' is not a severity (error, warning, info, none or default)");
            if (RuleRegistry.Find(kv.Key) is null) { Warn($"--severity: unknown rule '{kv.Key}'"); continue; }
            pairs.Add(new KeyValuePair<string, string>(ConfigValues.DiagnosticPrefix + kv.Key + ".severity", kv.Value));
        }
        foreach (var id in flags.Ignores)
        {
            if (RuleRegistry.Find(id) is null) { Warn($"--ignore: unknown rule '{id}'"); continue; }
            pairs.Add(new KeyValuePair<string, string>(ConfigValues.DiagnosticPrefix + id + ".severity", "none"));
        }
        foreach (var prefix in flags.Selects)
        {
            if (!RuleRegistry.Descriptors.Any(r => r.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                Warn($"--select: no rule matches '{prefix}'");
        }
        return pairs;
    }
}
