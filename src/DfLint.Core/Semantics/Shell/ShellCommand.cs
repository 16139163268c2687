using System;
using System.Collections.Generic;
using DfLint.Syntax;

namespace DfLint.Semantics.Shell;

/// <summary>
/// One simple command of a shell script, after the prefix is taken off: leading variable assignments
/// (<see cref="Assignments"/>) and wrappers such as <c>sudo</c> or <c>env</c> (<see cref="Wrappers"/>).
/// Redirections (<c>&gt; file</c>, <c>2&gt;&amp;1</c>, <c>&lt;&lt;EOF</c>) are not arguments.
/// </summary>
/// <param name="Name">The command word (<c>apt-get</c>, <c>/usr/bin/pip</c>, <c>./gradlew</c>).</param>
/// <param name="Arguments">The words after the name, in order.</param>
/// <param name="Span">The whole simple command: assignments, wrappers, arguments and redirections.</param>
/// <param name="PrecededBy">
/// The operator between this command and the previous one of the same list. Keywords and parentheses of compound
/// commands are transparent (<c>a &amp;&amp; (b)</c> and <c>if a; then b; fi</c> give <c>b</c> And and Semicolon); the first
/// command of a script, a command substitution, an <c>sh -c</c> script or a case arm has None.
/// </param>
public sealed record ShellCommand(ShellWord Name, IReadOnlyList<ShellWord> Arguments, SourceSpan Span, ShellOperator PrecededBy)
{
    /// <summary>Variable assignments before the command (<c>DEBIAN_FRONTEND=noninteractive</c>), including those given to <c>env</c>.</summary>
    public IReadOnlyList<ShellWord> Assignments { get; init; } = Array.Empty<ShellWord>();

    /// <summary>Wrapper commands that were skipped to find <see cref="Name"/> (<c>sudo</c>, <c>env</c>, <c>xargs</c>, ...), outermost first.</summary>
    public IReadOnlyList<ShellWord> Wrappers { get; init; } = Array.Empty<ShellWord>();

    /// <summary>The command name without its directory: <c>/usr/bin/apt-get</c> gives <c>apt-get</c>.</summary>
    public string BaseName => GetBaseName(Name.Value);

    /// <summary>
    /// Whether an option is present. <paramref name="flag"/> is <c>-y</c> or <c>y</c> (short; found in clusters such as
    /// <c>-yq</c>), or <c>--yes</c> or <c>yes</c> (long; <c>--yes=...</c> counts). A single-dash multi-letter name such as
    /// <c>-pl</c> matches that exact word. Options after <c>--</c> are operands.
    /// </summary>
    public bool HasFlag(string flag) => HasFlag(flag, ShellOptionSpec.Default);

    /// <inheritdoc cref="HasFlag(string)"/>
    public bool HasFlag(string flag, ShellOptionSpec spec) => CountFlag(flag, spec) > 0;

    /// <summary>How many times an option occurs (<c>-qq</c> counts <c>q</c> twice).</summary>
    public int CountFlag(string flag, ShellOptionSpec? spec = null)
    {
        var query = FlagQuery.From(flag);
        if (query.Name.Length == 0) return 0;
        int count = 0;
        foreach (var option in OptionScanner.Scan(Arguments, 0, spec ?? ShellOptionSpec.Default))
        {
            if (query.Matches(option)) count++;
        }
        if (count == 0 && query.SingleDash)
        {
            string word = "-" + query.Name;
            foreach (var arg in Arguments)
            {
                if (arg.Value == "--") break;
                if (arg.Value == word || arg.Value.StartsWith(word + "=", StringComparison.Ordinal)) count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The value of the first occurrence of an option: <c>--name=v</c>, <c>--name v</c>, <c>-ov</c> or <c>-o v</c>.
    /// The queried option is read as taking a value. Null when absent or when it has no value.
    /// </summary>
    public string? GetFlagValue(string flag, ShellOptionSpec? spec = null)
    {
        var values = GetFlagValues(flag, spec);
        return values.Count > 0 ? values[0] : null;
    }

    /// <summary>The values of every occurrence of an option, in order (<c>-o A=1 -o B=2</c>).</summary>
    public IReadOnlyList<string> GetFlagValues(string flag, ShellOptionSpec? spec = null)
    {
        var query = FlagQuery.From(flag);
        var values = new List<string>();
        if (query.Name.Length == 0) return values;
        foreach (var option in OptionScanner.Scan(Arguments, 0, spec ?? ShellOptionSpec.Default, query))
        {
            if (query.Matches(option) && option.Value != null) values.Add(option.Value);
        }
        return values;
    }

    /// <summary>The arguments that are not options nor option values, from argument <paramref name="start"/> on.</summary>
    public IReadOnlyList<ShellWord> GetOperands(ShellOptionSpec? spec = null, int start = 0)
    {
        var operands = new List<ShellWord>();
        foreach (var option in OptionScanner.Scan(Arguments, start, spec ?? ShellOptionSpec.Default))
        {
            if (option.Kind == OptionKind.Operand) operands.Add(Arguments[option.Index]);
        }
        return operands;
    }

    /// <summary>Whether some argument, after quote removal, equals <paramref name="value"/> exactly.</summary>
    public bool HasArgument(string value)
    {
        foreach (var arg in Arguments)
        {
            if (string.Equals(arg.Value, value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public override string ToString() => Arguments.Count == 0 ? Name.Value : Name.Value + " " + string.Join(" ", Values(Arguments));

    internal static string GetBaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static IEnumerable<string> Values(IReadOnlyList<ShellWord> words)
    {
        foreach (var w in words) yield return w.Value;
    }
}
