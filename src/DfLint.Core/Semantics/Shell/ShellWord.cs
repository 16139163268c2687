using DfLint.Syntax;

namespace DfLint.Semantics.Shell;

/// <summary>
/// One word of a shell command.
/// </summary>
/// <param name="Value">
/// The word after quote removal: quotes and backslash escapes are removed, <c>\&lt;newline&gt;</c> disappears.
/// Expansions (<c>$VAR</c>, <c>${VAR}</c>, <c>$(cmd)</c>, backticks, <c>$((1+1))</c>) are not performed and stay as
/// written, so <c>apt-get install "$PKGS"</c> has the package <c>$PKGS</c>.
/// </param>
/// <param name="Raw">The word as written in the shell text, quotes included.</param>
/// <param name="Span">The file span from the first to the last character of the word.</param>
public sealed record ShellWord(string Value, string Raw, SourceSpan Span)
{
    public override string ToString() => Raw;
}
