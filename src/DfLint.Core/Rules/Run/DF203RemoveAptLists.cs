using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary>apt package lists left in the layer of an <c>apt-get install</c> that ends up in the final image.</summary>
public sealed class DF203RemoveAptLists : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF203", "Remove apt package lists in the same RUN as apt-get install",
        "'{command}' leaves the apt package lists in the layer; add 'rm -rf /var/lib/apt/lists/*' to the same RUN",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3009", "triggered by `apt-get update`; final stage and reused stages"), RuleEquivalent.Binnacle("ruleAptGetInstallThenRemoveAptLists") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(RuleRegistration registration)
    {
        registration.OnCommand(ShellTool.AptGet, Analyze);
        registration.OnCommand(ShellTool.Apt, Analyze);
    }

    private static void Analyze(CommandSite site, RuleContext context)
    {
        if (!site.Command.IsSystemPackageInstall) return;
        if (site.Stage is not { IsInFinalImage: true }) return;
        if (RuleHelpers.HasCacheMount(site.Run, "/var/lib/apt/lists", "/var/lib/apt")) return;
        var commands = site.RunCommands.All;
        if (commands.Any(CommandRecognizer.IsAptListsCleanup)) return;
        // apt 2.7+ removes the lists with 'apt-get dist-clean'.
        if (commands.Any(c => c.BaseName is "apt-get" or "apt" && c.Arguments.Any(a => a.Value == "dist-clean"))) return;
        context.Report(site.Span, new MessageArgs { { "command", site.Text } });
    }
}
