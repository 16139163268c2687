using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DfLint.Rules;
using Microsoft.CodeAnalysis;

namespace DfLint.Analyzers;

/// <summary>
/// The only place that creates <see cref="DiagnosticDescriptor"/>s: one per rule of <see cref="RuleRegistry.Descriptors"/>,
/// plus <see cref="InternalError"/> for a crash inside DfLint (reported instead of the compiler's AD0001).
/// </summary>
public static class DescriptorMap
{
    public const string InternalErrorId = "DF999";

    /// <summary>Reported on a Dockerfile when DfLint itself failed on it. Never a rule: it is not in the registry.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        InternalErrorId,
        "DfLint failed to analyze the Dockerfile",
        "DfLint failed to analyze this Dockerfile: {0}",
        "Internal",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: RuleDescriptor.HelpUriBase + "README.md",
        customTags: WellKnownDiagnosticTags.NotConfigurable);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    /// <summary>Every descriptor the analyzer can report: the registry's rules in registry order, then <see cref="InternalError"/>.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = BuildAll();

    public static DiagnosticDescriptor Get(RuleDescriptor rule)
        => ById.TryGetValue(rule.Id, out var d) ? d : throw new ArgumentException($"'{rule.Id}' is not in the rule registry.", nameof(rule));

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    // Rule tags are not passed as custom tags: Roslyn gives some tags a meaning (NotConfigurable, CompilationEnd, ...).
    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category.ToString(),
        ToRoslyn(rule.DefaultSeverity),
        rule.EnabledByDefault,
        description: null,
        helpLinkUri: rule.HelpUri);

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in RuleRegistry.Descriptors) map[rule.Id] = Create(rule);
        return map;
    }

    private static ImmutableArray<DiagnosticDescriptor> BuildAll()
    {
        var b = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(RuleRegistry.Descriptors.Count + 1);
        foreach (var rule in RuleRegistry.Descriptors) b.Add(ById[rule.Id]);
        b.Add(InternalError);
        return b.ToImmutable();
    }
}
