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
    private static readonly Regex Allowed = new(@"(?:_|^)(?:public|file|path|dir|version|url|uri|host|id|name|type|length|size|gpg|pgp|keyring|keyserver|keys|fingerprint|header|mode|enabled)(?:_|$)",
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
                        foreach (var d in arg.Declarations) Check(d.Name, "ARG", context);
                        break;
                    case EnvInstruction env:
                        foreach (var p in env.Pairs) Check(p.Key, "ENV", context);
                        break;
                }
            }
        }
    }

    private static void Check(Token name, string kind, RuleContext context)
    {
        if (Secret.IsMatch(name.Text) && !Allowed.IsMatch(name.Text))
            context.Report(name.Span, name.Text, kind);
    }
}
