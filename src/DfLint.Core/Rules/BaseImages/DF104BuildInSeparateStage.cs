using System.Linq;
using DfLint.Semantics;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.BaseImages;

/// <summary>The final image builds the application, or is based on a compiler/SDK image.</summary>
public sealed class DF104BuildInSeparateStage : FileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF104", "Build the application in a separate stage",
        "'{command}' leaves the build toolchain in the final image; build in an earlier stage and copy only the result",
        RuleCategory.BaseImages, Severity.Warning,
        tags: new[] { "size", "security" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        var final = model.FinalStage;
        if (final is null) return;
        bool reported = false;
        foreach (var stage in model.Stages.Where(s => s.IsInFinalImage))
        {
            foreach (var run in stage.Instructions.OfType<RunInstruction>())
            {
                var commands = model.RecognizedCommandsOf(run);
                // Building from source and removing the build dependencies in the same layer leaves no toolchain behind.
                if (RemovesBuildDependencies(model, run)) continue;
                foreach (var build in commands.Where(c => c.IsBuild))
                {
                    context.Report(RuleHelpers.CommandSpan(build), new MessageArgs { { "command", RuleHelpers.CommandText(build) } });
                    reported = true;
                }
            }
        }
        if (reported) return;
        var root = final.Root;
        if (KnownImages.IsToolchain(root.BaseImage) && root.BaseImage.Reference is { } reference)
            context.Report(reference.Span, new MessageArgs { { "command", root.BaseImage.Resolved } });
    }

    private static bool RemovesBuildDependencies(SemanticModel model, RunInstruction run)
        => model.CommandsOf(run).Any(c =>
            (c.BaseName is "apk" && c.Arguments.Any(a => a.Value == "del"))
            || (c.BaseName is "apt-get" or "apt" && c.Arguments.Any(a => a.Value is "purge" or "remove" or "autoremove"))
            || (c.BaseName is "yum" or "dnf" && c.Arguments.Any(a => a.Value is "remove" or "erase" or "autoremove")));
}
