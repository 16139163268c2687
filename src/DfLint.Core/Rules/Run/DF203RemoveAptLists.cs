using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary>apt package lists left in the layer of an <c>apt-get install</c> that ends up in the final image.</summary>
public sealed class DF203RemoveAptLists : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF203", "Remove apt package lists in the same RUN as apt-get install",
        "'{command}' leaves the apt package lists in the layer; add 'rm -rf /var/lib/apt/lists/*' to the same RUN",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3009", "triggered by `apt-get update`; final stage and reused stages"), RuleEquivalent.Binnacle("ruleAptGetInstallThenRemoveAptLists") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    // One handler per RUN, not per command: whether the RUN cleans the lists is a fact of the whole RUN, computed at most
    // once however many installs it has (a per-command check rescanned the RUN for each install).
    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        bool? keepsNoLists = null;
        foreach (var install in context.Model.RecognizedCommandsOf(run))
        {
            if (install.Tool is not (ShellTool.AptGet or ShellTool.Apt) || !install.IsSystemPackageInstall) continue;
            keepsNoLists ??= KeepsNoLists(run, context);
            if (keepsNoLists.Value) return;
            context.Report(RuleHelpers.CommandSpan(install), new MessageArgs { { "command", RuleHelpers.CommandText(install) } });
        }
    }

    private static bool KeepsNoLists(RunInstruction run, RuleContext context)
    {
        if (context.Model.StageOf(run) is not { IsInFinalImage: true }) return true;
        if (RuleHelpers.HasCacheMount(run, "/var/lib/apt/lists", "/var/lib/apt")) return true;
        var commands = context.Model.CommandsOf(run);
        // apt 2.7+ removes the lists with 'apt-get dist-clean'.
        return commands.Any(CommandRecognizer.IsAptListsCleanup)
            || commands.Any(c => c.BaseName is "apt-get" or "apt" && c.Arguments.Any(a => a.Value == "dist-clean"));
    }
}
