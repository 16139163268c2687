using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// <c>--chown</c> values of COPY and ADD: <c>user</c> or <c>user:group</c>, each a name, a numeric ID or text with
/// variables (<c>${UID}:${GID}</c>; a ':' inside <c>${X:-1000}</c> does not split). BuildKit splits at the first ':'
/// and reads each side as an ID when it is a number.
/// </summary>
internal static class ChownGrammar
{
    private sealed class Parts
    {
        public Piece User = null!;
        public Piece? Group;
        public int GroupStart = -1;
    }

    private static readonly Parser<Piece> Part = Lexical.Interpolated(c => c != ':', "user name or ID");

    private static readonly Parser<Parts> GroupTail =
        from colon in Lexical.Lit(":")
        from g in Lexical.Interpolated(c => c != ':', "group name or ID")
        select new Parts { Group = g };

    private static readonly Parser<Parts> Spec =
        from user in Part
        from tail in GroupTail.Or(Lexical.End.Return(new Parts())).Named("':' or end of input")
        from end in Lexical.End
        select new Parts { User = user, Group = tail.Group };

    /// <summary>Reads a <c>--chown</c> value. Never null; an invalid one has <see cref="ChownSpec.Error"/>.</summary>
    public static ChownSpec Parse(Token word)
    {
        var r = Spec.Try(word.Text);
        if (!r.WasSuccessful)
            return new ChownSpec(word, word, null, word.Text.IndexOf('$') >= 0, Lexical.Error(word, r));
        var p = r.Value;
        var user = Lexical.Sub(word, p.User.Start, p.User.End);
        var group = p.Group is null ? null : Lexical.Sub(word, p.Group.Start, p.Group.End);
        return new ChownSpec(word, user, group, p.User.HasVariables || (p.Group?.HasVariables ?? false), null);
    }

    /// <summary>Reads a <c>--chown</c> value; true when it is valid.</summary>
    public static bool TryParse(Token word, out ChownSpec spec)
    {
        spec = Parse(word);
        return spec.Error is null;
    }
}
