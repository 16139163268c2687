using System;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// STOPSIGNAL values as Docker reads them (moby/sys <c>signal.ParseSignal</c>, Apache-2.0): a positive number, or a
/// Linux signal name in any case with or without <c>SIG</c> (<c>SIGTERM</c>, <c>term</c>, <c>SIGRTMIN+3</c>,
/// <c>RTMAX-2</c>). A value with variables (<c>$SIGNAL</c>, <c>SIG${NAME}</c>) is expanded at build time and not checked.
/// </summary>
internal static class StopSignalGrammar
{
    private static readonly string[] Names =
    {
        "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL",
        "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1",
        "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX",
    };

    private sealed class Parts
    {
        public string? Name;
        public string? Offset;
        public string? Number;
        public bool HasVariables;
    }

    private static bool IsNameChar(char c) => Lexical.IsAsciiLetter(c) || Lexical.IsDigit(c);

    private static readonly Parser<Parts> WithVariables =
        from p in Lexical.WithVariables(c => IsNameChar(c) || c == '+' || c == '-', "signal")
        from end in Lexical.End
        select new Parts { HasVariables = true };

    private static readonly Parser<Parts> Number =
        from n in Lexical.Run(Lexical.IsDigit, "signal number")
        from end in Lexical.End
        select new Parts { Number = n };

    private static readonly Parser<string> Offset =
        from op in Lexical.Lit("+").Or(Lexical.Lit("-"))
        from n in Lexical.Run(Lexical.IsDigit, "number")
        select op + n;

    private static readonly Parser<Parts> Name =
        from prefix in Lexical.LitIgnoreCase("SIG", "'SIG'").Optional()
        from name in Lexical.Run(IsNameChar, "signal name")
        from offset in Offset.XOptional()
        from end in Lexical.End.Named("'+', '-' or end of input")
        select new Parts { Name = name, Offset = offset.GetOrDefault() };

    private static readonly Parser<Parts> Signal = WithVariables.Or(Number).Or(Name).Named("signal name or number");

    /// <summary>Reads a STOPSIGNAL value. Never null; an unknown signal has <see cref="SignalSpec.Error"/>.</summary>
    public static SignalSpec Parse(Token word)
    {
        var r = Signal.Try(word.Text);
        if (!r.WasSuccessful) return new SignalSpec(word, null, null, false, Lexical.Error(word, r));
        var p = r.Value;
        if (p.HasVariables) return new SignalSpec(word, null, null, true, null);
        if (p.Number is not null)
        {
            bool ok = int.TryParse(p.Number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0;
            return new SignalSpec(word, null, ok ? n : null, false,
                ok ? null : new ValueError(word.Span, $"unexpected '{word.Text}', expected a signal number from 1"));
        }
        string name = p.Name!.ToUpperInvariant();
        string full = name + p.Offset;
        bool known = Array.IndexOf(Names, name) >= 0 && (p.Offset is null || IsRealTime(name, p.Offset));
        return known
            ? new SignalSpec(word, "SIG" + full, null, false, null)
            : new SignalSpec(word, null, null, false, new ValueError(word.Span, $"unexpected '{word.Text}', expected a signal name such as SIGTERM"));
    }

    /// <summary>Reads a STOPSIGNAL value; true when it is a known signal or has variables.</summary>
    public static bool TryParse(Token word, out SignalSpec spec)
    {
        spec = Parse(word);
        return spec.Error is null;
    }

    /// <summary>Linux names the real-time signals RTMIN+1..RTMIN+15 and RTMAX-14..RTMAX-1.</summary>
    private static bool IsRealTime(string name, string offset)
    {
        if (!int.TryParse(offset.Substring(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            || offset.Length > 3 || offset[1] == '0')
            return false;
        return (name == "RTMIN" && offset[0] == '+' && n >= 1 && n <= 15) || (name == "RTMAX" && offset[0] == '-' && n >= 1 && n <= 14);
    }
}
