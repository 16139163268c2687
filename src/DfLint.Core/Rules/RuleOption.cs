using System;
using System.Collections.Generic;
using System.Globalization;

namespace DfLint.Rules;

/// <summary>The type of a rule option's value.</summary>
public enum RuleOptionType
{
    /// <summary>Any text.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number, at least 0.</summary>
    Integer,

    /// <summary>A comma-separated list; items are trimmed and empty ones dropped.</summary>
    List,
}

/// <summary>
/// An option a rule declares: configured as <c>dflint.&lt;key&gt; = value</c> in <c>.editorconfig</c>/<c>.globalconfig</c>
/// (or mapped from <c>.hadolint.yaml</c>). Configuration validates keys and values against the declarations, and the
/// rule page's <c>## Options</c> section is checked against them.
/// </summary>
public sealed class RuleOption
{
    private RuleOption(string key, RuleOptionType type, string defaultValue, string description)
    {
        if (string.IsNullOrEmpty(key)) throw new ArgumentException("an option needs a key", nameof(key));
        foreach (var c in key)
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                throw new ArgumentException($"option keys are lower-case snake_case, not '{key}'", nameof(key));
        Key = key;
        Type = type;
        DefaultValue = defaultValue;
        Description = description;
        if (Validate(defaultValue) is { } error) throw new ArgumentException($"the default of option '{key}' is invalid: {error}");
    }

    /// <summary>The key without the <c>dflint.</c> prefix, e.g. <c>trusted_registries</c>.</summary>
    public string Key { get; }

    public RuleOptionType Type { get; }

    /// <summary>The value when nothing configures it, as it would be written in configuration.</summary>
    public string DefaultValue { get; }

    /// <summary>One line for the rule page and <c>dflint rules</c>.</summary>
    public string Description { get; }

    /// <summary>The configuration key: <c>dflint.&lt;key&gt;</c>.</summary>
    public string ConfigKey => "dflint." + Key;

    public static RuleOption String(string key, string defaultValue, string description) => new(key, RuleOptionType.String, defaultValue, description);

    public static RuleOption Boolean(string key, bool defaultValue, string description)
        => new(key, RuleOptionType.Boolean, defaultValue ? "true" : "false", description);

    public static RuleOption Integer(string key, int defaultValue, string description)
        => new(key, RuleOptionType.Integer, defaultValue.ToString(CultureInfo.InvariantCulture), description);

    public static RuleOption List(string key, string description, string defaultValue = "") => new(key, RuleOptionType.List, defaultValue, description);

    /// <summary>Null when the value is valid for this option, else what is wrong with it.</summary>
    public string? Validate(string value)
    {
        switch (Type)
        {
            case RuleOptionType.Boolean:
                return ParseBoolean(value) is null ? $"'{value}' is not true or false" : null;
            case RuleOptionType.Integer:
                return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : $"'{value}' is not a whole number";
            default:
                return null;
        }
    }

    internal static bool? ParseBoolean(string value)
    {
        var v = value.Trim();
        if (v.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (v.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        return null;
    }

    internal static IReadOnlyList<string> SplitList(string value)
    {
        var list = new List<string>();
        foreach (var part in value.Split(','))
        {
            var t = part.Trim();
            if (t.Length > 0) list.Add(t);
        }
        return list;
    }

    public override string ToString() => ConfigKey;
}
