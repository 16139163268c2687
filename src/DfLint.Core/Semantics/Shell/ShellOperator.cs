namespace DfLint.Semantics.Shell;

/// <summary>The control operator that separates a command from the one before it in the same list.</summary>
public enum ShellOperator
{
    /// <summary>The first command of a script, of a command substitution, of an <c>sh -c</c> script or of a case arm.</summary>
    None,

    /// <summary><c>&amp;&amp;</c></summary>
    And,

    /// <summary><c>||</c></summary>
    Or,

    /// <summary><c>;</c> (and <c>;;</c> in a case statement)</summary>
    Semicolon,

    /// <summary><c>|</c> or <c>|&amp;</c></summary>
    Pipe,

    /// <summary>A newline.</summary>
    Newline,

    /// <summary><c>&amp;</c></summary>
    Background,
}
