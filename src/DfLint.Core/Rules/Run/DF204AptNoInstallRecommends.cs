using System;
using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>apt-get install</c> without <c>--no-install-recommends</c>.</summary>
public sealed class DF204AptNoInstallRecommends : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF204", "Use --no-install-recommends with apt-get install",
        "'{command}' also installs every recommended package; add '--no-install-recommends'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3015"), RuleEquivalent.Binnacle("ruleAptGetInstallUseNoRec"), RuleEquivalent.Trivy("DS029") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(RuleRegistration registration)
    {
        registration.OnCommand(ShellTool.AptGet, Analyze);
        registration.OnCommand(ShellTool.Apt, Analyze);
    }

    private static void Analyze(CommandSite site, RuleContext context)
    {
        var install = site.Command;
        if (!install.IsSystemPackageInstall || install.HasFlag("--no-install-recommends")) return;
        var rec = install.GetAptOption("APT::Install-Recommends");
        if (rec is not null && (rec.Equals("false", StringComparison.OrdinalIgnoreCase) || rec == "0")) return;
        // Installing local .deb files only: there is no repository metadata to pull recommendations from.
        if (install.Packages.Count > 0 && install.Packages.All(p => p.Value.EndsWith(".deb", StringComparison.Ordinal))) return;
        var report = context.Report(site.Span, new MessageArgs { { "command", site.Text } });
        // Unsafe: a recommended package can be one the image needs at run time (curl recommends ca-certificates).
        if (RuleHelpers.InsertAfterCommand(context, install, "--no-install-recommends") is { } edit)
            report.WithFix("Add '--no-install-recommends'", FixSafety.Unsafe, edit);
    }
}
