using System.Collections.Generic;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// Durations as Go's <c>time.ParseDuration</c> reads them, which BuildKit uses for HEALTHCHECK's <c>--interval</c>,
/// <c>--timeout</c>, <c>--start-period</c> and <c>--start-interval</c>: an optional sign, then <c>0</c> alone or one or
/// more parts, each a decimal number (<c>3</c>, <c>3.5</c>, <c>.5</c>, <c>5.</c>) and a unit (<c>ns</c>, <c>us</c>,
/// <c>µs</c>, <c>μs</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>), at most 2^63-1 nanoseconds. BuildKit does not expand
/// variables in these flags, so a variable is an error here.
/// </summary>
internal static class DurationGrammar
{
    private const long MaxNanoseconds = long.MaxValue;

    private static readonly string[] Units = { "ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "m", "h" };
    private static readonly long[] UnitNanoseconds = { 1, 1000, 1000, 1000, 1000000, 1000000000, 60000000000, 3600000000000 };

    private static readonly Parser<string> Sign = Lexical.Lit("+").Or(Lexical.Lit("-"));

    /// <summary>Digits with an optional fraction; at least one digit on either side of the point.</summary>
    private static readonly Parser<string> Number = input =>
    {
        var t = (TextInput)input;
        var s = t.Source;
        int i = t.Position;
        while (i < s.Length && Lexical.IsDigit(s[i])) i++;
        int digits = i - t.Position;
        if (i < s.Length && s[i] == '.')
        {
            int f = ++i;
            while (i < s.Length && Lexical.IsDigit(s[i])) i++;
            digits += i - f;
        }
        if (digits == 0) return Lexical.Fail<string>(input, "number");
        return Result.Success(s.Substring(t.Position, i - t.Position), t.AdvanceBy(i - t.Position));
    };

    /// <summary>A unit: everything up to the next digit or point, which must be one of the known units.</summary>
    private static readonly Parser<string> Unit = input =>
    {
        var t = (TextInput)input;
        var s = t.Source;
        int i = t.Position;
        while (i < s.Length && !Lexical.IsDigit(s[i]) && s[i] != '.') i++;
        string u = s.Substring(t.Position, i - t.Position);
        if (System.Array.IndexOf(Units, u) < 0)
            return u.Length == 0
                ? Lexical.Fail<string>(input, "unit")
                : Result.Failure<string>(input, $"unexpected unit '{u}'", new[] { "ns, us, µs, ms, s, m or h" });
        return Result.Success(u, t.AdvanceBy(i - t.Position));
    };

    private static readonly Parser<Located<string>[]> Part =
        from n in Number.Locate()
        from u in Unit.Locate()
        select new[] { n, u };

    private static readonly Parser<IEnumerable<Located<string>[]>> Zero =
        from z in Lexical.Lit("0", "number")
        from end in Lexical.End
        select (IEnumerable<Located<string>[]>)System.Array.Empty<Located<string>[]>();

    private static readonly Parser<IEnumerable<Located<string>[]>> Parts =
        from parts in Part.XAtLeastOnce()
        from end in Lexical.End.Named("number or end of input")
        select parts;

    private static readonly Parser<Located<string>[]> Duration =
        from sign in Sign.Locate().Optional()
        from parts in Zero.Or(Parts)
        select Flatten(sign.GetOrDefault(), parts);

    private static Located<string>[] Flatten(Located<string>? sign, IEnumerable<Located<string>[]> parts)
    {
        var list = new List<Located<string>>();
        list.Add(sign ?? new Located<string>(string.Empty, -1, -1));
        foreach (var p in parts) list.AddRange(p);
        return list.ToArray();
    }

    /// <summary>Reads a duration. Never null; an invalid one has <see cref="DurationSpec.Error"/> and no value.</summary>
    public static DurationSpec Parse(Token word)
    {
        var r = Duration.Try(word.Text);
        if (!r.WasSuccessful)
            return new DurationSpec(word, null, System.Array.Empty<DurationPart>(), null, Lexical.Error(word, r));
        var items = r.Value;
        Token? sign = items[0].Start < 0 ? null : Lexical.Sub(word, items[0].Start, items[0].End);
        var parts = new DurationPart[(items.Length - 1) / 2];
        decimal total = 0;
        for (int k = 0; k < parts.Length; k++)
        {
            var n = items[1 + 2 * k];
            var u = items[2 + 2 * k];
            parts[k] = new DurationPart(Lexical.Sub(word, n.Start, n.End), Lexical.Sub(word, u.Start, u.End));
            total += Nanoseconds(n.Value, UnitNanoseconds[System.Array.IndexOf(Units, u.Value)]);
            if (total > MaxNanoseconds + 1m) break;
        }
        bool negative = sign?.Text == "-";
        if (total > MaxNanoseconds + (negative ? 1m : 0m))
            return new DurationSpec(word, sign, parts, null,
                new ValueError(word.Span, $"unexpected '{word.Text}', expected a duration of at most 2562047h47m16.854775807s"));
        long ns = negative ? (total == MaxNanoseconds + 1m ? long.MinValue : -(long)total) : (long)total;
        return new DurationSpec(word, sign, parts, ns, null);
    }

    /// <summary>Reads a duration; true when it is valid.</summary>
    public static bool TryParse(Token word, out DurationSpec spec)
    {
        spec = Parse(word);
        return spec.Error is null;
    }

    /// <summary>A number of units in nanoseconds, the fraction truncated as Go does.</summary>
    private static decimal Nanoseconds(string number, long unit)
    {
        int dot = number.IndexOf('.');
        string whole = dot < 0 ? number : number.Substring(0, dot);
        string fraction = dot < 0 ? string.Empty : number.Substring(dot + 1);
        decimal w = 0;
        foreach (var c in whole)
        {
            w = w * 10 + (c - '0');
            if (w > MaxNanoseconds + 1m) return MaxNanoseconds + 2m; // already too large
        }
        if (w > (MaxNanoseconds + 1m) / unit) return MaxNanoseconds + 2m;
        decimal f = 0, scale = 1;
        foreach (var c in fraction)
        {
            if (scale >= 1e18m) break; // Go stops reading digits that no longer change the value
            f = f * 10 + (c - '0');
            scale *= 10;
        }
        return w * unit + decimal.Truncate(f * unit / scale);
    }
}
