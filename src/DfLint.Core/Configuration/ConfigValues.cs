using System;
using System.Collections.Generic;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Configuration;

/// <summary>
/// Turns the key/value pairs of <c>.globalconfig</c>/<c>.editorconfig</c> (as the compiler or the CLI read them) into
/// <see cref="LintOptions"/>. The CLI and the analyzer both go through here, so one file configures both alike.
/// </summary>
public static class ConfigValues
{
    public const string DiagnosticPrefix = "dotnet_diagnostic.";
    public const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
    public const string AllAnalyzersKey = "dotnet_analyzer_diagnostic.severity";
    public const string OptionPrefix = "dflint.";

    /// <summary>Parses a severity word as .NET config uses it; null when the word is not one.</summary>
    public static ConfiguredSeverity? ParseSeverity(string value, out bool isDefault)
    {
        isDefault = false;
        switch (value.Trim().ToLowerInvariant())
        {
            case "error": return ConfiguredSeverity.Error;
            case "warning": return ConfiguredSeverity.Warning;
            case "suggestion":
            case "info": return ConfiguredSeverity.Info;
            case "silent":
            case "hidden":
            case "none": return ConfiguredSeverity.None;
            case "default": isDefault = true; return null;
            default: return null;
        }
    }

    /// <summary>
    /// What is wrong with one config pair as <see cref="Apply"/> would read it (an unknown rule ID or category, a word
    /// that is not a severity), or null when nothing is. Keys DfLint does not own (other analyzers, editor settings) are fine.
    /// Hosts that know line numbers use this to report each problem at its line.
    /// </summary>
    public static string? Validate(string key, string value)
    {
        key = key.Trim();
        value = value.Trim();
        if (key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
        {
            string id = key.Substring(DiagnosticPrefix.Length, key.Length - DiagnosticPrefix.Length - ".severity".Length);
            if (!id.StartsWith("DF", StringComparison.OrdinalIgnoreCase)) return null;
            if (ParseSeverity(value, out bool isDefault) is null && !isDefault)
                return $"'{value}' is not a severity (error, warning, suggestion, none or default) for {id}";
            return RuleRegistry.Find(id) is null && !RuleRegistry.IsHostDiagnostic(id) ? $"unknown rule '{id}'" : null;
        }
        if (key.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
        {
            string cat = key.Substring(CategoryPrefix.Length, key.Length - CategoryPrefix.Length - ".severity".Length);
            // Categories of other analyzers (Style, Performance, ...) are not ours to judge.
            if (!Enum.TryParse<RuleCategory>(cat, true, out _)) return null;
            return ParseSeverity(value, out _) is null ? $"'{value}' is not a severity (error, warning, suggestion or none) for category {cat}" : null;
        }
        if (string.Equals(key, AllAnalyzersKey, StringComparison.OrdinalIgnoreCase))
            return ParseSeverity(value, out _) is null ? $"'{value}' is not a severity (error, warning, suggestion or none)" : null;
        if (key.StartsWith(OptionPrefix, StringComparison.OrdinalIgnoreCase))
            return ValidateOption(key.Substring(OptionPrefix.Length), value);
        return null;
    }

    /// <summary>
    /// What is wrong with a <c>dflint.&lt;key&gt;</c> option: a key no rule declares, or a value of the wrong type. Rule
    /// options share one namespace; two rules that read one key declare it alike.
    /// </summary>
    public static string? ValidateOption(string key, string value)
    {
        RuleOption? declared = null;
        foreach (var rule in RuleRegistry.Descriptors)
            if (rule.FindOption(key) is { } o) { declared = o; break; }
        if (declared is null) return $"unknown option '{OptionPrefix}{key}'{KnownOptionsHint()}";
        return declared.Validate(value) is { } error ? $"{error} for option '{declared.ConfigKey}'" : null;
    }

    private static string KnownOptionsHint()
    {
        var keys = new List<string>();
        foreach (var rule in RuleRegistry.Descriptors)
            foreach (var o in rule.Options)
                if (!keys.Contains(o.ConfigKey)) keys.Add(o.ConfigKey);
        return keys.Count == 0 ? "" : " (known options: " + string.Join(", ", keys) + ")";
    }

    /// <summary>
    /// Applies config pairs on top of <paramref name="baseOptions"/>. Precedence, as in Roslyn: a rule's own
    /// <c>dotnet_diagnostic.ID.severity</c> beats its category's, which beats <c>dotnet_analyzer_diagnostic.severity</c>.
    /// Unknown rule IDs and unparsable values are ignored here; <paramref name="problems"/> collects them for hosts that report.
    /// </summary>
    public static LintOptions Apply(LintOptions baseOptions, IEnumerable<KeyValuePair<string, string>> pairs, IList<string>? problems = null)
    {
        var severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var kv in baseOptions.Severities) severities[kv.Key] = kv.Value;
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var kv in baseOptions.RuleOptions) options[kv.Key] = kv.Value;

        ConfiguredSeverity? all = null;
        var byCategory = new Dictionary<RuleCategory, ConfiguredSeverity>();
        var byRule = new Dictionary<string, ConfiguredSeverity?>(StringComparer.OrdinalIgnoreCase);

        foreach (var kv in pairs)
        {
            string key = kv.Key.Trim();
            string value = kv.Value.Trim();
            if (key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
            {
                string id = key.Substring(DiagnosticPrefix.Length, key.Length - DiagnosticPrefix.Length - ".severity".Length);
                if (!id.StartsWith("DF", StringComparison.OrdinalIgnoreCase)) continue;
                var sev = ParseSeverity(value, out bool isDefault);
                if (sev is null && !isDefault) { problems?.Add($"'{value}' is not a severity (error, warning, suggestion, none or default) for {id}"); continue; }
                if (RuleRegistry.Find(id) is null)
                {
                    if (!RuleRegistry.IsHostDiagnostic(id)) problems?.Add($"unknown rule '{id}'");
                    continue;
                }
                byRule[id] = sev;
            }
            else if (key.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
            {
                string cat = key.Substring(CategoryPrefix.Length, key.Length - CategoryPrefix.Length - ".severity".Length);
                var sev = ParseSeverity(value, out _);
                if (sev is not null && Enum.TryParse<RuleCategory>(cat, true, out var category)) byCategory[category] = sev.Value;
            }
            else if (string.Equals(key, AllAnalyzersKey, StringComparison.OrdinalIgnoreCase))
            {
                var sev = ParseSeverity(value, out _);
                if (sev is not null) all = sev;
            }
            else if (key.StartsWith(OptionPrefix, StringComparison.OrdinalIgnoreCase))
            {
                options[key.Substring(OptionPrefix.Length)] = value;
            }
        }

        foreach (var rule in RuleRegistry.Descriptors)
        {
            if (byRule.TryGetValue(rule.Id, out var own))
            {
                if (own is null) severities.Remove(rule.Id); else severities[rule.Id] = own.Value;
            }
            else if (byCategory.TryGetValue(rule.Category, out var cat))
            {
                severities[rule.Id] = cat;
            }
            else if (all is not null && rule.EnabledByDefault)
            {
                // Like Roslyn, the global bulk setting does not turn on rules that are disabled by default.
                severities[rule.Id] = all.Value;
            }
        }

        return baseOptions with { Severities = severities, RuleOptions = options };
    }
}
