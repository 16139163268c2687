using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DfLint.Rules;
using Microsoft.CodeAnalysis;

namespace DfLint.Analyzers;

/// <summary>
/// The only place that creates <see cref="DiagnosticDescriptor"/>s: one per rule of <see cref="RuleRegistry.Descriptors"/>,
/// plus <see cref="ConfigError"/> for a configuration file DfLint cannot use and <see cref="InternalError"/> for a crash
/// inside DfLint (both reported instead of the compiler's AD0001).
/// </summary>
public static class DescriptorMap
{
    public const string ConfigErrorId = "DF998";
    public const string InternalErrorId = "DF999";

    /// <summary>
    /// Reported at the line of a configuration file (<c>.editorconfig</c>, <c>.globalconfig</c>, <c>.hadolint.yaml</c>
    /// above a Dockerfile) that cannot be read. Never a rule: it is not in the registry. An error by default, because the
    /// Dockerfiles that file configures are not linted, just as the CLI stops on it with exit code 2.
    /// </summary>
    public static readonly DiagnosticDescriptor ConfigError = new(
        ConfigErrorId,
        "DfLint cannot read a configuration file",
        "DfLint cannot read this configuration file, so the Dockerfiles it configures are not linted: {0}",
        "Configuration",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/dflint/dflint/blob/main/README.md#configuration-one-set-of-files-for-the-cli-and-the-build");

    /// <summary>
    /// Reported at an entry of a configuration file that DfLint ignores (an unknown rule or <c>dflint.*</c> option, a value
    /// of the wrong type), where the CLI prints a warning. Same ID, category and default severity as
    /// <see cref="ConfigError"/> (release tracking knows DF998 as one rule), so one severity setting covers both; it is
    /// reported with the effective severity warning (<see cref="ReportConfigWarning"/>), because the Dockerfiles are still
    /// linted. Not in <see cref="All"/>: the compiler checks reported diagnostics against the supported IDs.
    /// </summary>
    public static readonly DiagnosticDescriptor ConfigWarning = new(
        ConfigErrorId,
        "DfLint ignores an entry of a configuration file",
        "DfLint ignores this entry: {0}",
        "Configuration",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/dflint/dflint/blob/main/README.md#configuration-one-set-of-files-for-the-cli-and-the-build");

    /// <summary>A <see cref="ConfigWarning"/> at <paramref name="location"/>, as a warning.</summary>
    public static Diagnostic ReportConfigWarning(Location location, string message)
        => Diagnostic.Create(ConfigWarning, location, DiagnosticSeverity.Warning, additionalLocations: null, properties: null, message);

    /// <summary>Reported on a Dockerfile when DfLint itself failed on it. Never a rule: it is not in the registry.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        InternalErrorId,
        "DfLint failed to analyze the Dockerfile",
        "DfLint failed to analyze this Dockerfile: {0}",
        "Internal",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/dflint/dflint/blob/main/README.md#use-in-dotnet-build",
        customTags: WellKnownDiagnosticTags.NotConfigurable);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    // Rules that are off by default, described as on: see ForReport.
    private static readonly Dictionary<string, DiagnosticDescriptor> EnabledById = RuleRegistry.Descriptors
        .Where(r => !r.EnabledByDefault).ToDictionary(r => r.Id, r => Create(r, enabled: true), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every descriptor the analyzer can report: the registry's rules in registry order, then <see cref="ConfigError"/> and <see cref="InternalError"/>.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = BuildAll();

    public static DiagnosticDescriptor Get(RuleDescriptor rule)
        => ById.TryGetValue(rule.Id, out var d) ? d : throw new ArgumentException($"'{rule.Id}' is not in the rule registry.", nameof(rule));

    /// <summary>
    /// The descriptor to report a finding of <paramref name="rule"/> with. Core runs a rule only when the configuration
    /// turned it on, but the compiler drops diagnostics whose descriptor is off by default unless <em>it</em> was told to
    /// turn them on (a <c>.globalconfig</c>, <c>/warnaserror+</c>); an <c>.editorconfig</c> or <c>.hadolint.yaml</c> that
    /// turns such a rule on is invisible to it. So a finding of a rule that is off by default is reported through a twin
    /// descriptor that is on (same ID, which is what the compiler checks against <see cref="All"/>). NoWarn and a
    /// <c>.globalconfig</c> <c>none</c> still suppress it.
    /// </summary>
    public static DiagnosticDescriptor ForReport(RuleDescriptor rule)
        => EnabledById.TryGetValue(rule.Id, out var d) ? d : Get(rule);

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    // Rule tags are not passed as custom tags: Roslyn gives some tags a meaning (NotConfigurable, CompilationEnd, ...).
    private static DiagnosticDescriptor Create(RuleDescriptor rule, bool enabled = false) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category.ToString(),
        ToRoslyn(rule.DefaultSeverity),
        enabled || rule.EnabledByDefault,
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
        var b = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(RuleRegistry.Descriptors.Count + 2);
        foreach (var rule in RuleRegistry.Descriptors) b.Add(ById[rule.Id]);
        b.Add(ConfigError);
        b.Add(InternalError);
        return b.ToImmutable();
    }
}
