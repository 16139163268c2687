using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>apk add</c> without <c>--no-cache</c> in a layer of the final image.</summary>
public sealed class DF205ApkNoCache : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF205", "Use --no-cache with apk add",
        "'{command}' keeps the apk index in the layer; add '--no-cache'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3019"), RuleEquivalent.Binnacle("apkAddUseNoCache"), RuleEquivalent.Trivy("DS025") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    // One handler per RUN: whether the RUN keeps no apk cache is a fact of the whole RUN, computed at most once.
    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        bool? keepsNoCache = null;
        foreach (var add in context.Model.RecognizedCommandsOf(run))
        {
            if (add.Tool != ShellTool.Apk || !add.IsSystemPackageInstall) continue;
            // --no-network installs from packages already on disk: nothing is downloaded, nothing is cached.
            if (add.HasFlag("--no-cache") || add.HasFlag("--no-network")) continue;
            keepsNoCache ??= KeepsNoCache(run, context);
            if (keepsNoCache.Value) return;
            var report = context.Report(RuleHelpers.CommandSpan(add), new MessageArgs { { "command", RuleHelpers.CommandText(add) } });
            // Safe: the same packages are installed; only the index is not kept.
            if (RuleHelpers.InsertAfterCommand(context, add, "--no-cache") is { } edit)
                report.WithFix("Add '--no-cache'", FixSafety.Safe, edit);
        }
    }

    private static bool KeepsNoCache(RunInstruction run, RuleContext context)
    {
        if (context.Model.StageOf(run) is not { IsInFinalImage: true }) return true;
        if (RuleHelpers.HasCacheMount(run, "/var/cache/apk", "/etc/apk/cache")) return true;
        var commands = context.Model.CommandsOf(run);
        return commands.Any(c => c.BaseName == "rm" && c.Arguments.Any(a => a.Value.StartsWith("/var/cache/apk", System.StringComparison.Ordinal)))
            || commands.Any(c => c.BaseName == "apk" && c.Arguments.Any(a => a.Value == "cache") && c.Arguments.Any(a => a.Value is "clean" or "purge"));
    }
}
