using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Rules;

namespace DfLint.Configuration;

/// <summary>The role of a configuration file, which its name gives.</summary>
public enum ConfigFileKind
{
    /// <summary><c>.editorconfig</c>: sections relative to its directory; the search stops at one with <c>root = true</c>.</summary>
    EditorConfig,

    /// <summary><c>.globalconfig</c> (and the CLI's <c>--config</c> file): same syntax, searched up to the file-system root.</summary>
    GlobalConfig,

    /// <summary><c>.hadolint.yaml</c>/<c>.hadolint.yml</c>: only the nearest one applies.</summary>
    Hadolint,
}

/// <summary>The text of one configuration file as a host found it: its full path, its text and its kind.</summary>
public sealed record ConfigSource(string Path, string Text, ConfigFileKind Kind);

/// <summary>
/// One configuration file, parsed once: an <c>.editorconfig</c>/<c>.globalconfig</c> with its section globs compiled, or a
/// <c>.hadolint.yaml</c> turned into config pairs. A file that cannot be read or parsed carries its first
/// <see cref="Error"/> and applies nothing. Pure: hosts read the text (the CLI from disk, the analyzer from additional files).
/// </summary>
public sealed class ConfigFile
{
    public const string EditorConfigName = ".editorconfig";
    public const string GlobalConfigName = ".globalconfig";

    /// <summary>The names of hadolint's config file, in the order hadolint prefers them within one directory.</summary>
    public static readonly IReadOnlyList<string> HadolintNames = new[] { ".hadolint.yaml", ".hadolint.yml" };

    private static readonly IReadOnlyList<(ConfigSection, EditorConfigGlob)> NoSections = Array.Empty<(ConfigSection, EditorConfigGlob)>();

    private ConfigFile(string path, string displayPath, ConfigFileKind kind)
    {
        Path = path;
        DisplayPath = displayPath;
        Kind = kind;
    }

    /// <summary>The path the host found the file at; directories and section globs are taken from it.</summary>
    public string Path { get; }

    /// <summary>How messages name the file (the CLI: relative to the working directory).</summary>
    public string DisplayPath { get; }

    public ConfigFileKind Kind { get; }

    /// <summary><c>root = true</c> in an <c>.editorconfig</c>: files further up do not apply.</summary>
    public bool IsRoot { get; private set; }

    /// <summary>The first problem that makes the file unusable, at a 1-based line (0 when it has none), or null.</summary>
    public ConfigError? Error { get; private set; }

    /// <summary><see cref="Error"/> as one line: <c>file:line: message</c>, or the host's message for a file it could not read.</summary>
    public string? ErrorText { get; private set; }

    /// <summary>Problems that do not stop linting and belong to the whole file (hadolint codes without a DfLint rule).</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = Array.Empty<string>();

    /// <summary>The <c>failure-threshold</c> of a <c>.hadolint.yaml</c>, in DfLint terms, or null.</summary>
    public Severity? FailureThreshold { get; private set; }

    internal IReadOnlyList<ConfigPair> Preamble { get; private set; } = Array.Empty<ConfigPair>();

    internal IReadOnlyList<(ConfigSection Section, EditorConfigGlob Glob)> Sections { get; private set; } = NoSections;

    /// <summary>The kind of a file by its name (<c>.editorconfig</c>, <c>.globalconfig</c>, <c>.hadolint.yaml</c>, <c>.hadolint.yml</c>), or null.</summary>
    public static ConfigFileKind? KindOfName(string fileName)
    {
        if (string.Equals(fileName, EditorConfigName, StringComparison.Ordinal)) return ConfigFileKind.EditorConfig;
        if (string.Equals(fileName, GlobalConfigName, StringComparison.Ordinal)) return ConfigFileKind.GlobalConfig;
        if (HadolintNames.Contains(fileName, StringComparer.Ordinal)) return ConfigFileKind.Hadolint;
        return null;
    }

    public static ConfigFile Parse(ConfigSource source, string? displayPath = null)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        return Parse(source.Path, source.Text, source.Kind, displayPath);
    }

    public static ConfigFile Parse(string path, string text, ConfigFileKind kind, string? displayPath = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (text is null) throw new ArgumentNullException(nameof(text));
        var file = new ConfigFile(path, displayPath ?? path, kind);
        if (kind == ConfigFileKind.Hadolint) file.ReadHadolint(text);
        else file.ReadIni(text);
        return file;
    }

    /// <summary>A file the host could not read; <paramref name="message"/> is shown as it is.</summary>
    public static ConfigFile Unreadable(string path, ConfigFileKind kind, string message, string? displayPath = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return new ConfigFile(path, displayPath ?? path, kind) { Error = new ConfigError(0, message), ErrorText = message };
    }

    private void Fail(int line, string message)
    {
        Error = new ConfigError(line, message);
        ErrorText = $"{DisplayPath}:{line}: {message}";
        Preamble = Array.Empty<ConfigPair>();
        Sections = NoSections;
        Warnings = Array.Empty<string>();
        FailureThreshold = null;
    }

    private void ReadIni(string text)
    {
        var document = ConfigFileParser.Parse(text);
        if (document.Errors.Count > 0)
        {
            Fail(document.Errors[0].Line, document.Errors[0].Message);
            return;
        }
        var sections = new List<(ConfigSection, EditorConfigGlob)>(document.Sections.Count);
        foreach (var section in document.Sections)
        {
            var glob = EditorConfigGlob.TryCreate(section.Header, out string? globError);
            if (glob is null)
            {
                Fail(section.Line, globError!);
                return;
            }
            sections.Add((section, glob));
        }
        IsRoot = document.IsRoot;
        Preamble = document.Preamble;
        Sections = sections;
    }

    private void ReadHadolint(string text)
    {
        var config = HadolintConfig.Parse(text);
        if (config.Errors.Count > 0)
        {
            Fail(config.Errors[0].Line, config.Errors[0].Message);
            return;
        }
        var unmapped = new List<HadolintCode>();
        Preamble = config.ToConfigPairs(unmapped);
        FailureThreshold = config.DfLintFailureThreshold;
        if (unmapped.Count > 0)
        {
            var codes = unmapped.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase);
            Warnings = new[] { $"{DisplayPath}: no DfLint rule is equivalent to {string.Join(", ", codes)}; those entries are ignored" };
        }
    }

    /// <summary>
    /// The pairs of this file that apply to <paramref name="dockerfilePath"/>, in file order: the preamble, then every
    /// matching section (later ones win when applied). A section glob is matched against the Dockerfile's path relative
    /// to <paramref name="directory"/> (default: this file's directory); a section that starts with <c>/</c> also matches
    /// the absolute path (Roslyn writes <c>.globalconfig</c> sections that way). A hadolint file has no sections.
    /// </summary>
    public IReadOnlyList<ConfigPair> PairsFor(string dockerfilePath, string? directory = null)
    {
        if (dockerfilePath is null) throw new ArgumentNullException(nameof(dockerfilePath));
        if (Sections.Count == 0) return Preamble;
        directory ??= ConfigPaths.Parent(Path) ?? string.Empty;
        string? rel = ConfigPaths.RelativeBelow(directory, dockerfilePath);
        string absolute = dockerfilePath.Replace('\\', '/').TrimStart('/');
        var pairs = new List<ConfigPair>(Preamble);
        foreach (var (section, glob) in Sections)
        {
            bool match = (rel is not null && glob.IsMatch(rel))
                || (section.Header.StartsWith("/", StringComparison.Ordinal) && glob.IsMatch(absolute));
            if (match) pairs.AddRange(section.Pairs);
        }
        return pairs;
    }

    public override string ToString() => DisplayPath;
}
