using System;
using System.Collections.Generic;
using DfLint.Rules;

namespace DfLint.Linting;

/// <summary>What a host configured: severities per rule, rule options (<c>dflint.*</c> keys) and the target stage.</summary>
public sealed record LintOptions
{
    public static readonly LintOptions Default = new();

    /// <summary>Severity per rule ID. Rules not listed keep their default.</summary>
    public IReadOnlyDictionary<string, ConfiguredSeverity> Severities { get; init; } =
        new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rule options by key without the <c>dflint.</c> prefix, e.g. <c>trusted_registries</c>.</summary>
    public IReadOnlyDictionary<string, string> RuleOptions { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The stage that is built (<c>--target</c>); null means the last stage.</summary>
    public string? Target { get; init; }

    /// <summary>Build arguments (<c>--build-arg</c>) that override ARG defaults.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    public ConfiguredSeverity SeverityOf(RuleDescriptor rule)
        => Severities.TryGetValue(rule.Id, out var s) ? s : rule.DefaultConfiguredSeverity;
}

/// <summary>
/// What a host knows about the build context, so Core never touches the file system.
/// Hosts default to the Dockerfile's directory.
/// </summary>
public sealed record BuildContext
{
    /// <summary>A context whose contents are unknown: context-dependent rules stay silent.</summary>
    public static readonly BuildContext Unknown = new() { IsKnown = false };

    /// <summary>True when the host looked at the context; false when nothing is known about it.</summary>
    public bool IsKnown { get; init; } = true;

    /// <summary>True when a <c>.dockerignore</c> (or <c>&lt;Dockerfile&gt;.dockerignore</c>) applies to the build.</summary>
    public bool HasDockerignore { get; init; }

    /// <summary>The patterns of the applicable <c>.dockerignore</c>, in file order, comments and blank lines removed.</summary>
    public IReadOnlyList<string> DockerignorePatterns { get; init; } = Array.Empty<string>();

    /// <summary>Relative paths (forward slashes) of files present in the context root, when the host lists them.</summary>
    public IReadOnlyCollection<string> RootFiles { get; init; } = Array.Empty<string>();

    /// <summary>The Dockerfile's path as the host knows it (relative, forward slashes), a hint of its role (<c>ci/</c>, <c>Dockerfile.test</c>); null when unknown.</summary>
    public string? FilePath { get; init; }

    public static BuildContext FromDockerignore(string? dockerignoreText, IReadOnlyCollection<string>? rootFiles = null)
    {
        if (dockerignoreText is null)
            return new BuildContext { HasDockerignore = false, RootFiles = rootFiles ?? Array.Empty<string>() };
        var patterns = new List<string>();
        foreach (var raw in dockerignoreText.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            patterns.Add(line);
        }
        return new BuildContext { HasDockerignore = true, DockerignorePatterns = patterns, RootFiles = rootFiles ?? Array.Empty<string>() };
    }
}
