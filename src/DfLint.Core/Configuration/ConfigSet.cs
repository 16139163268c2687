using System;
using System.Collections.Generic;
using DfLint.Linting;

namespace DfLint.Configuration;

/// <summary>
/// A fixed set of configuration files (the analyzer's: every config file the package's targets found above the project's
/// Dockerfiles), each parsed on first use, and resolved per Dockerfile with <see cref="DockerfileConfigResolver"/>.
/// Paths compare with <c>/</c> and <c>\</c> alike and ignoring case, as the compiler hands them over. Thread-safe.
/// </summary>
public sealed class ConfigSet
{
    public static readonly ConfigSet Empty = new(Array.Empty<ConfigSource>());

    private readonly Dictionary<string, Lazy<ConfigFile>> _files = new(StringComparer.OrdinalIgnoreCase);

    public ConfigSet(IEnumerable<ConfigSource> sources)
    {
        if (sources is null) throw new ArgumentNullException(nameof(sources));
        foreach (var source in sources)
        {
            var s = source;
            string key = ConfigPaths.Normalize(s.Path);
            if (!_files.ContainsKey(key)) _files[key] = new Lazy<ConfigFile>(() => ConfigFile.Parse(s));
        }
    }

    public int Count => _files.Count;

    /// <summary>The file named <paramref name="fileName"/> in <paramref name="directory"/>, parsed, or null when the set has none.</summary>
    public ConfigFile? Find(string directory, string fileName)
        => _files.TryGetValue(ConfigPaths.Combine(directory, fileName), out var file) ? file.Value : null;

    /// <summary>The file at <paramref name="path"/>, parsed, or null when the set has none.</summary>
    public ConfigFile? Get(string path)
        => _files.TryGetValue(ConfigPaths.Normalize(path), out var file) ? file.Value : null;

    public ConfigResolution Resolve(string dockerfilePath, LintOptions? baseOptions = null)
        => DockerfileConfigResolver.Resolve(dockerfilePath, Find, baseOptions);
}
