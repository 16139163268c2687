using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Configuration;

/// <summary>
/// The configuration of one Dockerfile, from the files in the directories above it. <see cref="Error"/> is set when a
/// file that applies cannot be used; <see cref="FailedFile"/> is that file, and <see cref="Options"/> is then only what
/// was resolved before it.
/// </summary>
public sealed record ConfigResolution(LintOptions Options, Severity? FailureThreshold, IReadOnlyList<string> Warnings)
{
    /// <summary>The files applied, in the order they were applied (later wins).</summary>
    public IReadOnlyList<ConfigFile> Applied { get; init; } = Array.Empty<ConfigFile>();

    /// <summary>The first file that applies to the Dockerfile but cannot be used (unreadable, malformed), or null.</summary>
    public ConfigFile? FailedFile { get; init; }

    /// <summary><c>file:line: message</c> for <see cref="FailedFile"/>, or null.</summary>
    public string? Error => FailedFile?.ErrorText;

    /// <summary>
    /// The entries of the applied files that were ignored (an unknown rule or option, a value of the wrong type), with their
    /// file and line, for hosts that report at a place; <see cref="Warnings"/> has them as <c>file:line: message</c> text.
    /// </summary>
    public IReadOnlyList<ConfigProblem> Problems { get; init; } = Array.Empty<ConfigProblem>();
}

/// <summary>An entry of a configuration file that was ignored, and why. <see cref="Line"/> is 1-based, 0 when the entry has no line of its own.</summary>
public sealed record ConfigProblem(ConfigFile File, int Line, string Message);

/// <summary>
/// Resolves a Dockerfile's configuration as both the CLI and the analyzer must, in this order (later wins):
/// <list type="number">
/// <item>the base options (rule defaults, plus whatever the host knows before any file);</item>
/// <item>the nearest <c>.hadolint.yaml</c>/<c>.hadolint.yml</c> from the Dockerfile's directory up (or the host's explicit one);</item>
/// <item><c>.editorconfig</c> files from the Dockerfile's directory up to one with <c>root = true</c>, applied farthest
/// first (nearer files win; within a file, later matching sections win);</item>
/// <item><c>.globalconfig</c> files from the Dockerfile's directory up to the file-system root, farthest first (nearer wins);</item>
/// <item>the host's explicit config file (the CLI's <c>--config</c>).</item>
/// </list>
/// Files are looked up through the host (<c>find(directory, fileName)</c>) in that order, nearest first, and the walk
/// stops at the first file that cannot be used, so a broken file above a <c>root = true</c> one, or above the nearest
/// hadolint file, never matters. Pure.
/// </summary>
public static class DockerfileConfigResolver
{
    public static ConfigResolution Resolve(string dockerfilePath, Func<string, string, ConfigFile?> find,
        LintOptions? baseOptions = null, ConfigFile? hadolintFile = null, ConfigFile? explicitConfig = null)
    {
        if (dockerfilePath is null) throw new ArgumentNullException(nameof(dockerfilePath));
        if (find is null) throw new ArgumentNullException(nameof(find));
        var options = baseOptions ?? LintOptions.Default;
        var warnings = new List<string>();
        var problems = new List<ConfigProblem>();
        var applied = new List<ConfigFile>();
        var directories = ConfigPaths.DirectoriesAbove(dockerfilePath).ToList();
        Severity? threshold = null;

        ConfigResolution Failed(ConfigFile file) => new(options, null, warnings) { Applied = applied, FailedFile = file, Problems = problems };

        var hadolint = hadolintFile ?? directories.Select(d => FindFirst(find, d, ConfigFile.HadolintNames)).FirstOrDefault(f => f is not null);
        if (hadolint is not null)
        {
            if (hadolint.Error is not null) return Failed(hadolint);
            warnings.AddRange(hadolint.Warnings);
            options = Apply(options, hadolint, null, dockerfilePath, warnings, problems);
            applied.Add(hadolint);
            threshold = hadolint.FailureThreshold;
        }

        // Every file of one name from the Dockerfile's directory up (an .editorconfig walk stops at root = true), applied
        // farthest first; the first unusable one is returned and nothing of that name is applied. Sections match relative
        // to the directory the walk found a file in, which is a prefix of the Dockerfile's path.
        ConfigFile? ApplyAll(string fileName, bool stopAtRoot)
        {
            var found = new List<(ConfigFile File, string Directory)>();
            foreach (var directory in directories)
            {
                var file = find(directory, fileName);
                if (file is null) continue;
                if (file.Error is not null) return file;
                found.Add((file, directory));
                if (stopAtRoot && file.IsRoot) break;
            }
            for (int i = found.Count - 1; i >= 0; i--)
            {
                options = Apply(options, found[i].File, found[i].Directory, dockerfilePath, warnings, problems);
                applied.Add(found[i].File);
            }
            return null;
        }

        if (ApplyAll(ConfigFile.EditorConfigName, stopAtRoot: true) is { } badEditorConfig) return Failed(badEditorConfig);
        if (ApplyAll(ConfigFile.GlobalConfigName, stopAtRoot: false) is { } badGlobalConfig) return Failed(badGlobalConfig);

        if (explicitConfig is not null)
        {
            if (explicitConfig.Error is not null) return Failed(explicitConfig);
            options = Apply(options, explicitConfig, null, dockerfilePath, warnings, problems);
            applied.Add(explicitConfig);
        }

        return new ConfigResolution(options, threshold, warnings) { Applied = applied, Problems = problems };
    }

    private static ConfigFile? FindFirst(Func<string, string, ConfigFile?> find, string directory, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var file = find(directory, name);
            if (file is not null) return file;
        }
        return null;
    }

    /// <summary>Applies the pairs of <paramref name="file"/> that match the Dockerfile; problems with a pair become warnings at its line.</summary>
    private static LintOptions Apply(LintOptions options, ConfigFile file, string? directory, string dockerfilePath, List<string> warnings,
        List<ConfigProblem> problems)
    {
        var pairs = file.PairsFor(dockerfilePath, directory);
        if (pairs.Count == 0) return options;
        foreach (var pair in pairs)
        {
            var problem = ConfigValues.Validate(pair.Key, pair.Value);
            if (problem is null) continue;
            warnings.Add(pair.Line > 0 ? $"{file.DisplayPath}:{pair.Line}: {problem}" : $"{file.DisplayPath}: {problem}");
            problems.Add(new ConfigProblem(file, pair.Line, problem));
        }
        return ConfigValues.Apply(options, pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
    }
}
