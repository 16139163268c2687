using System;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// EXPOSE entries, <c>[host:]port[-port][/protocol]</c>, as Docker's port-spec parser reads them (go-connections
/// <c>nat.ParsePortSpec</c>, Apache-2.0): ports 0-65535, protocols tcp, udp and sctp (any case: casing is a rule's
/// business), an empty protocol after '/' means tcp. Ports and protocols may hold variables (<c>${PORT}</c>,
/// <c>$PORT/udp</c>), which are not checked. An invalid entry still yields a <see cref="PortSpec"/>, with its error.
/// </summary>
internal static class ExposeGrammar
{
    private sealed class Parts
    {
        public Located<string>? Host;
        public Piece Start = null!;
        public Piece? End;
        public Piece? Protocol;
        public int ProtocolStart = -1;
    }

    /// <summary>Everything through the last ':' before the first '/' (both outside variables), or nothing.</summary>
    private static readonly Parser<Located<string>?> HostPrefix = input =>
    {
        var t = (TextInput)input;
        var s = t.Source;
        int lastColon = -1;
        for (int i = t.Position; i < s.Length && s[i] != '/'; i++)
        {
            int v = Lexical.ScanVariable(s, i);
            if (v > 0) { i = v - 1; continue; }
            if (s[i] == ':') lastColon = i;
        }
        if (lastColon < 0) return Result.Success<Located<string>?>(null, input);
        return Result.Success<Located<string>?>(new Located<string>(s.Substring(t.Position, lastColon - t.Position), t.Position, lastColon),
            t.AdvanceBy(lastColon + 1 - t.Position));
    };

    private static readonly Parser<Piece> Port = Lexical.Interpolated(Lexical.IsDigit, "port number");

    private static readonly Parser<Piece> Protocol = Lexical.Interpolated(_ => true, "protocol");

    private static readonly Parser<Parts> ProtocolTail =
        from slash in Lexical.Lit("/")
        from proto in Protocol.Optional()
        select new Parts { Protocol = proto.GetOrDefault(), ProtocolStart = slash.Length };

    private static readonly Parser<Parts> Tail = ProtocolTail.Or(Lexical.End.Return(new Parts()));
    private static readonly Parser<Parts> TailAfterPort = Tail.Named("'-', '/' or end of input");
    private static readonly Parser<Parts> TailAfterRange = Tail.Named("'/' or end of input");

    private static readonly Parser<Parts> Spec =
        from host in HostPrefix
        from start in Port
        from end in (from dash in Lexical.Lit("-") from p in Port select p).XOptional()
        from tail in (end.IsDefined ? TailAfterRange : TailAfterPort)
        select new Parts { Host = host, Start = start, End = end.GetOrDefault(), Protocol = tail.Protocol, ProtocolStart = tail.ProtocolStart };

    /// <summary>Reads one EXPOSE word. Never null; an invalid entry has <see cref="PortSpec.Error"/>.</summary>
    public static PortSpec Parse(Token word)
    {
        var r = Spec.Try(word.Text);
        if (!r.WasSuccessful)
        {
            bool vars = word.Text.IndexOf('$') >= 0;
            return new PortSpec(word, null, null, null, null, null, null, vars, Lexical.Error(word, r));
        }
        var p = r.Value;
        var host = p.Host is null ? null : Lexical.Sub(word, p.Host.Start, p.Host.End);
        var startTok = Lexical.Sub(word, p.Start.Start, p.Start.End);
        var endTok = p.End is null ? null : Lexical.Sub(word, p.End.Start, p.End.End);
        Token? proto = null;
        if (p.ProtocolStart >= 0)
        {
            int ps = (p.End?.End ?? p.Start.End) + 1;
            proto = p.Protocol is null ? Lexical.Sub(word, ps, ps) : Lexical.Sub(word, p.Protocol.Start, p.Protocol.End);
        }
        bool hasVars = (p.Host is not null && p.Host.Value.IndexOf('$') >= 0) || p.Start.HasVariables
            || (p.End?.HasVariables ?? false) || (p.Protocol?.HasVariables ?? false);
        int? start = p.Start.HasVariables ? null : Number(p.Start.Text);
        int? end = p.End is null ? start : p.End.HasVariables ? null : Number(p.End.Text);

        ValueError? error = null;
        if (start is > 65535) error = OutOfRange(startTok);
        else if (end is > 65535 && endTok is not null) error = OutOfRange(endTok);
        else if (start is { } a && end is { } b && b < a)
            error = new ValueError(SourceSpan.FromBounds(startTok.Span.Start, endTok!.Span.End),
                $"unexpected '{startTok.Text}-{endTok.Text}', expected a range from a lower to a higher port");
        else if (proto is not null && !(p.Protocol?.HasVariables ?? false) && proto.Text.Length > 0 && !IsProtocol(proto.Text))
            error = new ValueError(proto.Span, $"unexpected '{proto.Text}', expected tcp, udp or sctp");
        return new PortSpec(word, host, startTok, endTok, proto, start, end, hasVars, error);
    }

    /// <summary>Reads one EXPOSE word; true when it is valid.</summary>
    public static bool TryParse(Token word, out PortSpec spec)
    {
        spec = Parse(word);
        return spec.Error is null;
    }

    private static ValueError OutOfRange(Token t) => new(t.Span, $"unexpected '{t.Text}', expected a port number from 0 to 65535");

    private static bool IsProtocol(string p)
        => p.Equals("tcp", StringComparison.OrdinalIgnoreCase) || p.Equals("udp", StringComparison.OrdinalIgnoreCase)
           || p.Equals("sctp", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of a digit string, capped above 65535 (so long runs of digits do not overflow).</summary>
    private static int Number(string digits)
    {
        int n = 0;
        foreach (var c in digits)
        {
            n = n * 10 + (c - '0');
            if (n > 65536) return 65536 + 1;
        }
        return n;
    }
}
