using System;
using System.Collections.Generic;
using DfLint.Syntax;
using Sprache;

namespace DfLint.Parsing.Grammar;

/// <summary>
/// <c>--platform</c> values: one platform or a comma-separated list, each <c>os[/arch[/variant]]</c> with components
/// of letters, digits, '_', '.' and '-' (containerd's platform specifier), or variables (<c>$BUILDPLATFORM</c>,
/// <c>${TARGETOS}/${TARGETARCH}</c>). A single component is the architecture when it names one (<c>arm64</c>),
/// otherwise the operating system.
/// </summary>
internal static class PlatformGrammar
{
    private static readonly string[] Architectures =
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "aarch64", "armhf", "armel", "i386", "loong64",
        "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "wasm", "x86_64", "x86-64",
    };

    private static bool IsComponentChar(char c) => Lexical.IsAsciiLetter(c) || Lexical.IsDigit(c) || c == '_' || c == '.' || c == '-';

    private static readonly Parser<Piece> Component = Lexical.Interpolated(IsComponentChar, "platform component");

    private static readonly Parser<Piece> NextComponent = from slash in Lexical.Lit("/") from c in Component select c;

    /// <summary>"/arch" and an optional "/variant".</summary>
    private static readonly Parser<List<Piece>> Tail =
        from arch in NextComponent
        from variant in NextComponent.XOptional()
        select variant.IsDefined ? new List<Piece> { arch, variant.Get() } : new List<Piece> { arch };

    private static readonly Parser<List<Piece>> Platform =
        from first in Component
        from tail in Tail.XOptional()
        select Prepend(first, tail.GetOrDefault());

    private static List<Piece> Prepend(Piece first, List<Piece>? rest)
    {
        var list = new List<Piece> { first };
        if (rest is not null) list.AddRange(rest);
        return list;
    }

    private static readonly Parser<List<List<Piece>>> List =
        from first in Platform
        from rest in (from comma in Lexical.Lit(",") from p in Platform select p).XMany()
        from end in Lexical.End.Named("'/', ',' or end of input")
        select Prepend(first, rest);

    private static List<List<Piece>> Prepend(List<Piece> first, IEnumerable<List<Piece>> rest)
    {
        var list = new List<List<Piece>> { first };
        list.AddRange(rest);
        return list;
    }

    /// <summary>Reads a <c>--platform</c> value. Never null; an invalid one has <see cref="PlatformSpec.Error"/> and no platforms.</summary>
    public static PlatformSpec Parse(Token word)
    {
        var r = List.Try(word.Text);
        if (!r.WasSuccessful) return new PlatformSpec(word, Array.Empty<PlatformSyntax>(), Lexical.Error(word, r));
        var platforms = new List<PlatformSyntax>();
        foreach (var parts in r.Value)
        {
            Token Tok(Piece p) => Lexical.Sub(word, p.Start, p.End);
            bool vars = false;
            foreach (var p in parts) vars |= p.HasVariables;
            var text = Lexical.Sub(word, parts[0].Start, parts[parts.Count - 1].End);
            if (parts.Count == 1)
            {
                var only = parts[0];
                bool isArch = !only.HasVariables && Array.IndexOf(Architectures, only.Text.ToLowerInvariant()) >= 0;
                platforms.Add(new PlatformSyntax(text, only.HasVariables || isArch ? null : Tok(only), isArch ? Tok(only) : null, null, vars));
                continue;
            }
            platforms.Add(new PlatformSyntax(text, Tok(parts[0]), Tok(parts[1]), parts.Count > 2 ? Tok(parts[2]) : null, vars));
        }
        return new PlatformSpec(word, platforms, null);
    }

    /// <summary>Reads a <c>--platform</c> value; true when it is valid.</summary>
    public static bool TryParse(Token word, out PlatformSpec spec)
    {
        spec = Parse(word);
        return spec.Error is null;
    }
}
