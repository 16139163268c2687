using System;
using System.Collections.Generic;
using System.Linq;

namespace DfLint.Rules;

/// <summary>Every rule DfLint has, sorted by ID. The one list that docs, the CLI, SARIF and the analyzer read.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<DockerfileRule> All { get; } = new DockerfileRule[]
    {
        new Syntax.DF000SyntaxError(),
        new BaseImages.DF101AvoidLatestTag(),
        new BaseImages.DF102TagBaseImages(),
        new BaseImages.DF103UseSmallerVariant(),
        new BaseImages.DF104BuildInSeparateStage(),
        new BaseImages.DF105PinByDigest(),
        new Run.DF201CombineConsecutiveRuns(),
        new Run.DF202AptUpdateWithInstall(),
        new Run.DF203RemoveAptLists(),
        new Run.DF204AptNoInstallRecommends(),
        new Run.DF205ApkNoCache(),
        new Run.DF206UseNpmCi(),
        new Run.DF207PipNoCacheDir(),
        new Files.DF301CopyManifestsFirst(),
        new Files.DF302AddDockerignore(),
        new Runtime.DF401RunAsNonRoot(),
        new Runtime.DF402UseExecForm(),
        new Security.DF501NoSecretsInArgOrEnv(),
    };

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(r => r.Descriptor).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById =
        Descriptors.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;

    /// <summary>
    /// IDs the build integration reports itself, which are not rules: DF998 (a configuration file that cannot be read) and
    /// DF999 (DfLint failed on a Dockerfile). Configuration may set their severity like any diagnostic's; the CLI accepts
    /// such keys without a warning and has nothing to apply them to.
    /// </summary>
    public static IReadOnlyList<string> HostDiagnosticIds { get; } = new[] { "DF998", "DF999" };

    public static bool IsHostDiagnostic(string id)
    {
        foreach (var h in HostDiagnosticIds)
            if (string.Equals(h, id, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>DfLint rules that are equivalent to another tool's rule (e.g. hadolint DL3007).</summary>
    public static IEnumerable<RuleDescriptor> FindByEquivalent(EquivalentTool tool, string id)
        => Descriptors.Where(d => d.Equivalents.Any(e => e.Tool == tool && string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase)));
}
