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
/// The order and the matching are <see cref="DockerfileConfigResolver"/>'s, which the analyzer uses too; this class adds
/// the file system, the cache and the command line. Thread-safe; each config file is read once. Problems that do not
/// stop linting are collected in <see cref="Warnings"/>.
/// </summary>
public sealed class ConfigResolver
{
    private readonly CliContext _context;
    private readonly ConfigFlags _flags;
    private readonly LintOptions _baseOptions;
    private readonly ConcurrentDictionary<string, Lazy<ConfigFile>> _configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ConfigFile>> _hadolint = new(StringComparer.Ordinal);
    // string values, not byte: a value-type instantiation would be JIT-compiled on every run (see Linter).
    private readonly ConcurrentDictionary<string, string> _warnings = new(StringComparer.Ordinal);
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

    /// <summary>The configuration of the Dockerfile at <paramref name="dockerfilePath"/> (for unnamed stdin, a virtual path).</summary>
    public ResolvedConfig Resolve(string dockerfilePath, out string? error)
    {
        var hadolint = _flags.HadolintConfigFile is not null ? LoadHadolintConfig(_context.FullPath(_flags.HadolintConfigFile)) : null;
        var explicitConfig = _flags.ConfigFile is not null ? LoadConfigFile(_context.FullPath(_flags.ConfigFile), ConfigFileKind.GlobalConfig) : null;
        var resolution = DockerfileConfigResolver.Resolve(dockerfilePath, Find, _baseOptions, hadolint, explicitConfig);
        foreach (var warning in resolution.Warnings) Warn(warning);
        error = resolution.Error;
        if (error is not null) return new ResolvedConfig(resolution.Options, null);

        var options = ApplySelect(resolution.Options, _flags.Selects);
        options = ConfigValues.Apply(options, _flagPairs);
        return new ResolvedConfig(options, resolution.FailureThreshold);
    }

    // The resolver asks, nearest directory first, for each file it may apply.
    private ConfigFile? Find(string directory, string fileName)
    {
        string candidate = Path.Combine(directory, fileName);
        if (!File.Exists(candidate)) return null;
        var kind = ConfigFile.KindOfName(fileName) ?? ConfigFileKind.GlobalConfig;
        return kind == ConfigFileKind.Hadolint ? LoadHadolintConfig(candidate) : LoadConfigFile(candidate, kind);
    }

    private void Warn(string message) => _warnings.TryAdd(message, message);

    private ConfigFile LoadConfigFile(string path, ConfigFileKind kind)
        => _configs.GetOrAdd(path, p => new Lazy<ConfigFile>(() => ReadConfigFile(p, kind))).Value;

    private ConfigFile LoadHadolintConfig(string path)
        => _hadolint.GetOrAdd(path, p => new Lazy<ConfigFile>(() => ReadConfigFile(p, ConfigFileKind.Hadolint))).Value;

    private ConfigFile ReadConfigFile(string path, ConfigFileKind kind)
    {
        string display = _context.DisplayPath(path);
        string? text = ReadText(path, display, out string? readError);
        return text is null ? ConfigFile.Unreadable(path, kind, readError!, display) : ConfigFile.Parse(path, text, kind, display);
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
