using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>apt-get update</c> and <c>apt-get install</c> in different RUN instructions.</summary>
public sealed class DF202AptUpdateWithInstall : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF202", "Run apt-get update in the same RUN as apt-get install",
        "'{command}' is not in the same RUN as {other}, so a cached layer can install from stale package lists",
        RuleCategory.Run, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Binnacle("ruleAptGetUpdatePrecedesInstall"), RuleEquivalent.Trivy("DS017", "also yum, apk, dnf, zypper"), RuleEquivalent.Checkov("CKV_DOCKER_5", "any package manager; counts update vs install RUNs") },
        tags: new[] { "cache", "reproducibility" });

    public override RuleDescriptor Descriptor => Rule;

    private static bool IsApt(RecognizedCommand c) => c.Tool is ShellTool.AptGet or ShellTool.Apt;

    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        var apt = context.Model.RecognizedCommandsOf(run).Where(IsApt).ToList();
        // apt 3 can refresh the lists as part of the install: 'apt-get install --update'.
        var updates = apt.Where(c => c.IsPackageIndexUpdate || (c.IsSystemPackageInstall && c.HasFlag("--update"))).ToList();
        var installs = apt.Where(c => c.IsSystemPackageInstall || c.IsSystemUpgrade).ToList();
        if (updates.Count > 0 && installs.Count == 0 && !updates.Any(u => u.IsSystemPackageInstall))
            foreach (var u in updates)
                context.Report(RuleHelpers.CommandSpan(u), new MessageArgs { { "command", RuleHelpers.CommandText(u) }, { "other", "an install" } });
        if (installs.Count > 0 && updates.Count == 0)
            foreach (var i in installs.Where(c => c.IsSystemPackageInstall))
                context.Report(RuleHelpers.CommandSpan(i), new MessageArgs { { "command", RuleHelpers.CommandText(i) }, { "other", "'apt-get update'" } });
    }
}
