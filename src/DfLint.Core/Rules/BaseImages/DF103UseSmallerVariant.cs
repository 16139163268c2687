using DfLint.Semantics;

namespace DfLint.Rules.BaseImages;

/// <summary>The final image is based on a full-size image where a smaller variant exists.</summary>
public sealed class DF103UseSmallerVariant : FileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF103", "Use a smaller variant for the final base image",
        "Final image is based on '{image}'; {variant} would be about {saving} MB smaller",
        RuleCategory.BaseImages, Severity.Info,
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null) return;
        var root = final.Root;
        var image = root.BaseImage;
        if (image.Reference is null || KnownImages.IsToolchain(image)) return; // DF104 covers toolchains
        if (KnownImages.FindSmallerVariant(image) is { } variant)
            context.Report(image.Reference.Span, new MessageArgs { { "image", image.Resolved }, { "variant", variant.Suggestion }, { "saving", variant.SavingMb } });
    }
}
