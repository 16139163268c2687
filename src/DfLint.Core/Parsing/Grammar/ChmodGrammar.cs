using System.Collections.Generic;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// <c>--chmod</c> values of COPY and ADD: an octal mode up to 07777 (<c>755</c>, <c>0644</c>), or, since Dockerfile
/// 1.14, a symbolic mode as chmod(1) writes it: comma-separated clauses <c>[ugoa]*([-+=]([rwxXst]*|[ugo]))+</c>
/// (<c>u+rwx,go=rx</c>). A value with variables is expanded at build time and not checked.
/// </summary>
internal static class ChmodGrammar
{
    private sealed class Parts
    {
        public string? Octal;
        public List<Located<ClauseParts>>? Clauses;
        public bool HasVariables;
    }

    private sealed class ClauseParts
    {
        public Located<string>? Who;
        public List<Located<string>[]> Operations = new();
    }

    private static readonly Parser<Parts> WithVariables =
        from p in Lexical.WithVariables(c => c != '$', "mode")
        from end in Lexical.End
        select new Parts { HasVariables = true };

    private static readonly Parser<Parts> Octal =
        from digits in Lexical.Run(c => c >= '0' && c <= '7', "octal digit")
        from end in Lexical.End
        select new Parts { Octal = digits };

    private static readonly Parser<Located<string>[]> Operation = input =>
    {
        // One operator character, then permission letters or one of u, g, o (copying that class's permissions).
        var t = (TextInput)input;
        if (t.AtEnd || "+-=".IndexOf(t.Current) < 0) return Lexical.Fail<Located<string>[]>(input, "'+', '-' or '='");
        int p = t.Position + 1, i = p;
        var s = t.Source;
        if (i < s.Length && "ugo".IndexOf(s[i]) >= 0) i++;
        else while (i < s.Length && "rwxXst".IndexOf(s[i]) >= 0) i++;
        var op = new Located<string>(s.Substring(t.Position, 1), t.Position, p);
        var perms = new Located<string>(s.Substring(p, i - p), p, i);
        return Result.Success(new[] { op, perms }, t.AdvanceBy(i - t.Position));
    };

    private static readonly Parser<ClauseParts> Clause =
        from who in Lexical.Run(c => c == 'u' || c == 'g' || c == 'o' || c == 'a', "who", 0).Locate()
        from ops in Operation.AtLeastOnce()
        select new ClauseParts { Who = who.Value.Length == 0 ? null : who, Operations = new List<Located<string>[]>(ops) };

    private static readonly Parser<Parts> Symbolic =
        from first in Clause.Locate()
        from rest in (from comma in Lexical.Lit(",") from c in Clause.Locate() select c).XMany()
        from end in Lexical.End.Named("'+', '-', '=', permission, ',' or end of input")
        select new Parts { Clauses = Prepend(first, rest) };

    private static List<Located<ClauseParts>> Prepend(Located<ClauseParts> first, IEnumerable<Located<ClauseParts>> rest)
    {
        var list = new List<Located<ClauseParts>> { first };
        list.AddRange(rest);
        return list;
    }

    private static readonly Parser<Parts> Mode = WithVariables.Or(Octal).Or(Symbolic).Named("octal or symbolic mode");

    /// <summary>Reads a <c>--chmod</c> value. Never null; an invalid one has <see cref="ChmodSpec.Error"/>.</summary>
    public static ChmodSpec Parse(Token word)
    {
        var none = System.Array.Empty<ChmodClause>();
        var r = Mode.Try(word.Text);
        if (!r.WasSuccessful) return new ChmodSpec(word, null, none, false, Lexical.Error(word, r));
        var p = r.Value;
        if (p.HasVariables) return new ChmodSpec(word, null, none, true, null);
        if (p.Octal is not null)
        {
            int value = 0;
            foreach (var c in p.Octal)
            {
                value = value * 8 + (c - '0');
                if (value > 4095) break;
            }
            return value > 4095
                ? new ChmodSpec(word, null, none, false, new ValueError(word.Span, $"unexpected '{word.Text}', expected an octal mode from 0 to 07777"))
                : new ChmodSpec(word, value, none, false, null);
        }
        var clauses = new List<ChmodClause>();
        foreach (var c in p.Clauses!)
        {
            var ops = new List<ChmodOperation>();
            foreach (var o in c.Value.Operations)
                ops.Add(new ChmodOperation(Lexical.Sub(word, o[0].Start, o[0].End), o[1].Start == o[1].End ? null : Lexical.Sub(word, o[1].Start, o[1].End)));
            var who = c.Value.Who is { } w ? Lexical.Sub(word, w.Start, w.End) : null;
            clauses.Add(new ChmodClause(Lexical.Sub(word, c.Start, c.End), who, ops));
        }
        return new ChmodSpec(word, null, clauses, false, null);
    }

    /// <summary>Reads a <c>--chmod</c> value; true when it is valid.</summary>
    public static bool TryParse(Token word, out ChmodSpec spec)
    {
        spec = Parse(word);
        return spec.Error is null;
    }
}
