using System;
using System.Collections.Generic;
using System.Linq;

namespace DfLint.Rules;

/// <summary>
/// Every rule DfLint has, sorted by ID: the one list that docs, the CLI, SARIF and the analyzer read. The list itself is
/// generated at build time from the files <c>Rules/&lt;Category&gt;/DFnnn&lt;Name&gt;.cs</c> (see RuleRegistry.targets).
/// </summary>
public static partial class RuleRegistry
{
    public static IReadOnlyList<DockerfileRule> All { get; } = Sorted(CreateAll());

    private static DockerfileRule[] Sorted(DockerfileRule[] rules)
    {
        Array.Sort(rules, (a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return rules;
    }

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
