using System;
using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>apt-get install</c> without <c>--no-install-recommends</c>.</summary>
public sealed class DF204AptNoInstallRecommends : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF204", "Use --no-install-recommends with apt-get install",
        "'{0}' also installs every recommended package; add '--no-install-recommends'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3015"), RuleEquivalent.Binnacle("ruleAptGetInstallUseNoRec"), RuleEquivalent.Trivy("DS029") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        foreach (var install in RuleHelpers.Recognized(context.Model, run)
                     .Where(c => c.Tool is ShellTool.AptGet or ShellTool.Apt && c.IsSystemPackageInstall))
        {
            if (install.HasFlag("--no-install-recommends")) continue;
            var rec = install.GetAptOption("APT::Install-Recommends");
            if (rec is not null && (rec.Equals("false", StringComparison.OrdinalIgnoreCase) || rec == "0")) continue;
            // Installing local .deb files only: there is no repository metadata to pull recommendations from.
            if (install.Packages.Count > 0 && install.Packages.All(p => p.Value.EndsWith(".deb", StringComparison.Ordinal))) continue;
            context.Report(RuleHelpers.CommandSpan(install), RuleHelpers.CommandText(install));
        }
    }
}
