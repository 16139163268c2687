using System.Text.RegularExpressions;
using DfLint.Syntax;

namespace DfLint.Rules.Security;

/// <summary>An ARG (in a stage) or ENV whose name looks like it holds a secret.</summary>
public sealed class DF501NoSecretsInArgOrEnv : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF501", "Do not put secrets in ARG or ENV",
        "'{0}' looks like a secret; {1} values are stored in the image metadata and history",
        RuleCategory.Security, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3064"), RuleEquivalent.BuildKit("SecretsUsedInArgOrEnv"), RuleEquivalent.Trivy("DS031") },
        tags: new[] { "security", "secrets" });

    public override RuleDescriptor Descriptor => Rule;

    // BuildKit's pattern: a secret word delimited by '_' or the ends of the name.
    private static readonly Regex Secret = new(@"(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token|private_key|access_key|secret_key)(?:_|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Names that carry a reference to a secret or public material, not the secret itself.
    private static readonly Regex Allowed = new(@"(?:_|^)(?:public|file|path|dir|version|url|uri|host|id|name|type|length|size|gpg|pgp|keyring|keyserver|keys|fingerprint|header|mode|enabled|enable|disable|allow|empty|random|policy|required|min|max|algorithm|alg)(?:_|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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

    // A GPG key ID or fingerprint (8, 16 or 40 hex digits, optionally in groups) is public, not a secret.
    private static readonly Regex KeyId = new(@"^(0x)?([0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|([0-9A-Fa-f]{4}\s){9}[0-9A-Fa-f]{4})$",
        RegexOptions.CultureInvariant);

    private static void Check(Token name, string? value, string kind, InstructionSyntax at, RuleContext context)
    {
        if (!Secret.IsMatch(name.Text) || Allowed.IsMatch(name.Text)) return;
        if (value is not null)
        {
            // Judge the value as the build sees it: ENV KEY=$KEY takes the ARG's value.
            string v = (context.Model.Expand(value, at) ?? value).Trim('"', '\'', ' ');
            // A switch or an empty value carries no secret.
            if (v.Length == 0 || v is "true" or "false" or "yes" or "no" or "0" or "1" or "on" or "off") return;
            if (KeyId.IsMatch(v)) return;
        }
        context.Report(name.Span, name.Text, kind);
    }
}
