using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>apk add</c> without <c>--no-cache</c> in a layer of the final image.</summary>
public sealed class DF205ApkNoCache : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF205", "Use --no-cache with apk add",
        "'{0}' keeps the apk index in the layer; add '--no-cache'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3019"), RuleEquivalent.Binnacle("apkAddUseNoCache"), RuleEquivalent.Trivy("DS025") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        if (context.Model.StageOf(run) is not { IsInFinalImage: true }) return;
        if (RuleHelpers.HasCacheMount(run, "/var/cache/apk", "/etc/apk/cache")) return;
        var commands = context.Model.CommandsOf(run).ToList();
        bool removesCache = commands.Any(c => c.BaseName == "rm" && c.Arguments.Any(a => a.Value.StartsWith("/var/cache/apk", System.StringComparison.Ordinal)))
            || commands.Any(c => c.BaseName == "apk" && c.Arguments.Any(a => a.Value == "cache") && c.Arguments.Any(a => a.Value is "clean" or "purge"));
        if (removesCache) return;
        foreach (var add in RuleHelpers.Recognized(context.Model, run).Where(c => c.Tool == ShellTool.Apk && c.IsSystemPackageInstall))
        {
            // --no-network installs from packages already on disk: nothing is downloaded, nothing is cached.
            if (add.HasFlag("--no-cache") || add.HasFlag("--no-network")) continue;
            context.Report(RuleHelpers.CommandSpan(add), RuleHelpers.CommandText(add));
        }
    }
}
