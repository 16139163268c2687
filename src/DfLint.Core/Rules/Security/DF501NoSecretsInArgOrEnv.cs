using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Syntax;

namespace DfLint.Rules.Security;

/// <summary>An ARG (in a stage) or ENV whose name looks like it holds a secret.</summary>
public sealed class DF501NoSecretsInArgOrEnv : FileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF501", "Do not put secrets in ARG or ENV",
        "'{name}' looks like a secret; {kind} values are stored in the image metadata and history",
        RuleCategory.Security, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3064"), RuleEquivalent.BuildKit("SecretsUsedInArgOrEnv"), RuleEquivalent.Trivy("DS031", "fixed list of names such as `GITHUB_TOKEN`, final stage only") },
        tags: new[] { "security", "secrets" });

    public override RuleDescriptor Descriptor => Rule;

    // BuildKit's pattern, by name parts: a secret word delimited by '_' or the ends of the name.
    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token",
    };

    // Names that carry a reference to a secret or public material, not the secret itself.
    private static readonly HashSet<string> AllowedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "public", "file", "path", "dir", "version", "url", "uri", "host", "id", "name", "type", "length", "size", "gpg", "pgp",
        "keyring", "keyserver", "keys", "fingerprint", "header", "mode", "enabled", "enable", "disable", "allow", "empty",
        "random", "policy", "required", "min", "max", "algorithm", "alg",
    };

    internal static bool LooksSecret(string name)
    {
        var parts = name.Split('_');
        return parts.Any(SecretWords.Contains) && !parts.Any(AllowedWords.Contains);
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var i in stage.Instructions)
            {
                switch (i)
                {
                    case ArgInstruction arg:
                        foreach (var d in arg.Declarations) Check(d.Name, d.DefaultValue?.Text, "ARG", arg, context);
                        break;
                    case EnvInstruction env:
                        foreach (var p in env.Pairs) Check(p.Key, p.Value.Text, "ENV", env, context);
                        break;
                }
            }
        }
    }

    /// <summary>A GPG key ID or fingerprint (8, 16 or 40 hex digits, optionally 0x-prefixed or in groups of 4) is public, not a secret.</summary>
    private static bool IsKeyId(string v)
    {
        if (v.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) v = v.Substring(2);
        string compact = v.Length == 49 ? v.Replace(" ", "") : v;
        return compact.Length is 8 or 16 or 40 && compact.All(Uri.IsHexDigit);
    }

    private static void Check(Token name, string? value, string kind, InstructionSyntax at, RuleContext context)
    {
        if (!LooksSecret(name.Text)) return;
        if (value is not null)
        {
            // Judge the value as the build sees it: ENV KEY=$KEY takes the ARG's value.
            string v = (context.Model.Expand(value, at) ?? value).Trim('"', '\'', ' ');
            // A switch or an empty value carries no secret.
            if (v.Length == 0 || v is "true" or "false" or "yes" or "no" or "0" or "1" or "on" or "off") return;
            if (IsKeyId(v)) return;
        }
        context.Report(name.Span, new MessageArgs { { "name", name.Text }, { "kind", kind } });
    }
}
