using DfLint.Syntax;

namespace DfLint.Rules.BaseImages;

/// <summary>FROM names an image with neither tag nor digest (not scratch, not a stage, not an unresolvable reference).</summary>
public sealed class DF102TagBaseImages : InstructionRule<FromInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF102", "Tag base images with a version",
        "Base image '{image}' has no tag, so it silently means 'latest'",
        RuleCategory.BaseImages, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3006"), RuleEquivalent.Trivy("DS001", "an untagged image is treated as `latest`"), RuleEquivalent.Checkov("CKV_DOCKER_7", "fails when the image has no `:`") },
        tags: new[] { "reproducibility" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(FromInstruction from, RuleContext context)
    {
        var image = context.Model.StageOf(from)?.BaseImage;
        if (image?.Reference is not { } reference) return;
        if (reference.Tag is null && reference.Digest is null)
            context.Report(reference.Span, new MessageArgs { { "image", image.Resolved } });
    }
}
