using System;
using System.Collections.Generic;

namespace DfLint.Semantics.Shell;

/// <summary>
/// How a command reads its options, so that flag queries know which options take a value. Without a spec every
/// short option is a plain flag (<c>-yq</c> is <c>-y -q</c>) and a long option has a value only with <c>=</c>.
/// </summary>
public sealed class ShellOptionSpec
{
    private readonly string _shortWithValue;
    private readonly HashSet<string> _longWithValue;
    private readonly HashSet<string> _singleDashLong;

    /// <param name="shortWithValue">Short options that take a value, attached (<c>-oFoo</c>) or as the next word (<c>-o Foo</c>).</param>
    /// <param name="longWithValue">Long option names (no dashes) that take a value, as <c>--name=v</c> or <c>--name v</c>.</param>
    /// <param name="singleDashLong">Names written with one dash that are one option, not a cluster (Maven's <c>-pl</c>).</param>
    /// <param name="allSingleDashLong">Every single-dash word is one long option (Go: <c>-ldflags</c>, <c>-o</c>).</param>
    /// <param name="stopAtFirstOperand">Options end at the first operand (POSIX <c>getopt</c>; wrappers like <c>sudo</c>).</param>
    public ShellOptionSpec(string shortWithValue = "", IEnumerable<string>? longWithValue = null,
        IEnumerable<string>? singleDashLong = null, bool allSingleDashLong = false, bool stopAtFirstOperand = false)
    {
        _shortWithValue = shortWithValue ?? "";
        _longWithValue = new HashSet<string>(longWithValue ?? Array.Empty<string>(), StringComparer.Ordinal);
        _singleDashLong = new HashSet<string>(singleDashLong ?? Array.Empty<string>(), StringComparer.Ordinal);
        AllSingleDashLong = allSingleDashLong;
        StopAtFirstOperand = stopAtFirstOperand;
    }

    /// <summary>No option takes a value; options and operands may be mixed.</summary>
    public static ShellOptionSpec Default { get; } = new();

    public bool AllSingleDashLong { get; }

    public bool StopAtFirstOperand { get; }

    internal bool ShortTakesValue(char c) => _shortWithValue.IndexOf(c) >= 0;

    internal bool LongTakesValue(string name) => _longWithValue.Contains(name);

    internal bool IsSingleDashLong(string name) => AllSingleDashLong || _singleDashLong.Contains(name);
}

internal enum OptionKind
{
    Short,
    Long,
    Operand,
}

/// <summary>One option or operand found in an argument list.</summary>
internal sealed class ParsedOption
{
    public ParsedOption(OptionKind kind, string name, string? value, int index)
    {
        Kind = kind;
        Name = name;
        Value = value;
        Index = index;
    }

    public OptionKind Kind { get; }

    /// <summary>The option name without dashes (one character for a short option); the word for an operand.</summary>
    public string Name { get; }

    public string? Value { get; }

    /// <summary>Index of the argument the option (or operand) was read from.</summary>
    public int Index { get; }
}

/// <summary>A flag as a caller names it: <c>-y</c>/<c>y</c> (short), <c>--yes</c>/<c>yes</c>/<c>-pl</c> (long).</summary>
internal readonly struct FlagQuery
{
    private FlagQuery(bool isShort, string name, bool singleDash)
    {
        IsShort = isShort;
        Name = name;
        SingleDash = singleDash;
    }

    public bool IsShort { get; }

    public string Name { get; }

    /// <summary>Written as <c>-name</c> with more than one character (matched as a whole word too).</summary>
    public bool SingleDash { get; }

    public static FlagQuery From(string flag)
    {
        flag ??= "";
        if (flag.StartsWith("--", StringComparison.Ordinal)) return new FlagQuery(false, flag.Substring(2), false);
        if (flag.Length > 0 && flag[0] == '-')
        {
            string rest = flag.Substring(1);
            return rest.Length == 1 ? new FlagQuery(true, rest, false) : new FlagQuery(false, rest, true);
        }
        return flag.Length == 1 ? new FlagQuery(true, flag, false) : new FlagQuery(false, flag, false);
    }

    public bool Matches(in ParsedOption option) => option.Kind switch
    {
        OptionKind.Short => IsShort && option.Name.Length == 1 && option.Name[0] == Name[0],
        OptionKind.Long => !IsShort && string.Equals(option.Name, Name, StringComparison.Ordinal),
        _ => false,
    };
}

internal static class OptionScanner
{
    /// <summary>
    /// Reads <paramref name="args"/> from <paramref name="from"/>: options (clusters split), their values and operands.
    /// <c>--</c> ends the options. <paramref name="query"/>, when given, is read as taking a value.
    /// </summary>
    public static List<ParsedOption> Scan(IReadOnlyList<ShellWord> args, int from, ShellOptionSpec spec, FlagQuery? query = null)
    {
        var result = new List<ParsedOption>();
        bool endOfOptions = false;
        for (int i = from; i < args.Count; i++)
        {
            string a = args[i].Value;
            if (endOfOptions || a.Length < 2 || a[0] != '-')
            {
                result.Add(new ParsedOption(OptionKind.Operand, a, null, i));
                if (spec.StopAtFirstOperand) endOfOptions = true;
                continue;
            }
            if (a == "--")
            {
                endOfOptions = true;
                continue;
            }

            bool doubleDash = a[1] == '-';
            int eq = a.IndexOf('=');
            string longName = doubleDash
                ? (eq < 0 ? a.Substring(2) : a.Substring(2, eq - 2))
                : (eq < 0 ? a.Substring(1) : a.Substring(1, eq - 1));
            if (doubleDash || (longName.Length > 1 && spec.IsSingleDashLong(longName)))
            {
                string? value = eq < 0 ? null : a.Substring(eq + 1);
                bool takesValue = spec.LongTakesValue(longName)
                    || (query is { IsShort: false } q && string.Equals(q.Name, longName, StringComparison.Ordinal));
                if (value == null && takesValue && i + 1 < args.Count)
                    value = args[++i].Value;
                result.Add(new ParsedOption(OptionKind.Long, longName, value, i));
                continue;
            }

            for (int k = 1; k < a.Length; k++)
            {
                char c = a[k];
                bool takesValue = spec.ShortTakesValue(c) || (query is { IsShort: true } q && q.Name[0] == c);
                if (!takesValue)
                {
                    result.Add(new ParsedOption(OptionKind.Short, c.ToString(), null, i));
                    continue;
                }
                int at = i;
                string? value = k + 1 < a.Length ? a.Substring(k + 1) : (i + 1 < args.Count ? args[++i].Value : null);
                result.Add(new ParsedOption(OptionKind.Short, c.ToString(), value, at));
                break;
            }
        }
        return result;
    }
}
