using DfLint.Syntax;

namespace DfLint.Rules.BaseImages;

/// <summary>FROM uses the <c>latest</c> tag, after ARG resolution.</summary>
public sealed class DF101AvoidLatestTag : InstructionRule<FromInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF101", "Do not use the latest tag for base images",
        "Base image '{image}' uses the 'latest' tag, which changes without notice",
        RuleCategory.BaseImages, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3007"), RuleEquivalent.Trivy("DS001"), RuleEquivalent.Checkov("CKV_DOCKER_7") },
        tags: new[] { "reproducibility" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(FromInstruction from, RuleContext context)
    {
        var image = context.Model.StageOf(from)?.BaseImage;
        if (image?.Reference is not { } reference || reference.Digest is not null) return;
        if (reference.Tag is { Text: "latest" } tag)
            context.Report(tag.Span, new MessageArgs { { "image", image.Resolved } });
    }
}
