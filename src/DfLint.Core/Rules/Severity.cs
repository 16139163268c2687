namespace DfLint.Rules;

/// <summary>How serious a finding is. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>A configured severity: a severity, or <see cref="None"/> for a rule that is turned off.</summary>
public enum ConfiguredSeverity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public enum RuleCategory
{
    Syntax,
    BaseImages,
    Run,
    Files,
    Runtime,
    Security,
}
