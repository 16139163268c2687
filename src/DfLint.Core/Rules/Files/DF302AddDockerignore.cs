using System.Linq;
using DfLint.Syntax;

namespace DfLint.Rules.Files;

/// <summary>The whole build context is copied and the context has no <c>.dockerignore</c>.</summary>
public sealed class DF302AddDockerignore : InstructionRule<FileTransferInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF302", "Add a .dockerignore when copying the whole build context",
        "'{copy}' copies the whole build context, and no .dockerignore keeps .git, secrets and build output out of the image",
        RuleCategory.Files, Severity.Warning,
        tags: new[] { "security", "size" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(FileTransferInstruction copy, RuleContext context)
    {
        if (!context.BuildContext.IsKnown || context.BuildContext.HasDockerignore || copy.From is not null) return;
        var whole = copy.Sources.FirstOrDefault(s => RuleHelpers.IsWholeContext(s.Text));
        if (whole is not null)
            context.Report(whole.Span, new MessageArgs { { "copy", $"{copy.Keyword.Text} {whole.Text}" } });
    }
}
