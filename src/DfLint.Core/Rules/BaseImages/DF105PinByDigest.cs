using DfLint.Syntax;

namespace DfLint.Rules.BaseImages;

/// <summary>A base image is not pinned by digest (off by default).</summary>
public sealed class DF105PinByDigest : InstructionRule<FromInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF105", "Pin base images by digest",
        "Base image '{image}' is not pinned by digest",
        RuleCategory.BaseImages, Severity.Info, enabledByDefault: false,
        tags: new[] { "reproducibility", "supply-chain" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(FromInstruction from, RuleContext context)
    {
        var image = context.Model.StageOf(from)?.BaseImage;
        if (image?.Reference is not { } reference || reference.Digest is not null) return;
        context.Report(reference.Span, new MessageArgs { { "image", image.Resolved } });
    }
}
