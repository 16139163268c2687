using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary>apt package lists left in the layer of an <c>apt-get install</c> that ends up in the final image.</summary>
public sealed class DF203RemoveAptLists : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF203", "Remove apt package lists in the same RUN as apt-get install",
        "'{0}' leaves the apt package lists in the layer; add 'rm -rf /var/lib/apt/lists/*' to the same RUN",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3009"), RuleEquivalent.Binnacle("ruleAptGetInstallThenRemoveAptLists") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        if (context.Model.StageOf(run) is not { IsInFinalImage: true }) return;
        if (RuleHelpers.HasCacheMount(run, "/var/lib/apt/lists", "/var/lib/apt")) return;
        var commands = context.Model.CommandsOf(run).ToList();
        if (commands.Any(CommandRecognizer.IsAptListsCleanup)) return;
        // apt 2.7+ removes the lists with 'apt-get dist-clean'.
        if (commands.Any(c => c.BaseName is "apt-get" or "apt" && c.Arguments.Any(a => a.Value == "dist-clean"))) return;
        foreach (var install in RuleHelpers.Recognized(context.Model, run)
                     .Where(c => c.Tool is ShellTool.AptGet or ShellTool.Apt && c.IsSystemPackageInstall))
            context.Report(RuleHelpers.CommandSpan(install), RuleHelpers.CommandText(install));
    }
}
