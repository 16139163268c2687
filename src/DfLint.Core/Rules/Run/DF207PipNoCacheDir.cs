using System;
using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>pip install</c> that keeps pip's download cache in a layer of the final image.</summary>
public sealed class DF207PipNoCacheDir : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF207", "Use --no-cache-dir with pip install",
        "'{command}' keeps pip's download cache in the layer; add '--no-cache-dir'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3042"), RuleEquivalent.Binnacle("pipUseNoCacheDir") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    // One handler per RUN: whether the RUN keeps no pip cache is a fact of the whole RUN, computed at most once.
    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        bool? keepsNoCache = null;
        foreach (var pip in context.Model.RecognizedCommandsOf(run))
        {
            if (pip.Tool != ShellTool.Pip || pip.Subcommand != "install" || pip.HasFlag("--no-cache-dir")) continue;
            keepsNoCache ??= KeepsNoCache(run, context);
            if (keepsNoCache.Value) return;
            var report = context.Report(RuleHelpers.CommandSpan(pip), new MessageArgs { { "command", RuleHelpers.CommandText(pip) } });
            // Safe: the same packages are installed; only the download cache is not kept.
            if (RuleHelpers.InsertAfterCommand(context, pip, "--no-cache-dir") is { } edit)
                report.WithFix("Add '--no-cache-dir'", FixSafety.Safe, edit);
        }
    }

    private static bool KeepsNoCache(RunInstruction run, RuleContext context)
    {
        if (context.Model.StageOf(run) is not { IsInFinalImage: true }) return true;
        if (RuleHelpers.HasCacheMount(run, "/root/.cache/pip", "/root/.cache")) return true;
        if (run.Mounts.Any(m => m.Type == "cache" && m.Target?.IndexOf("pip", StringComparison.OrdinalIgnoreCase) >= 0)) return true;
        var env = context.Model.ValueOf("PIP_NO_CACHE_DIR", run);
        if (env is not null && !env.Equals("false", StringComparison.OrdinalIgnoreCase) && env != "0" && !env.Equals("off", StringComparison.OrdinalIgnoreCase)) return true;
        return context.Model.CommandsOf(run).Any(c => c.BaseName == "rm"
            && c.Arguments.Any(a => a.Value.IndexOf(".cache/pip", StringComparison.Ordinal) >= 0 || a.Value is "/root/.cache" or "~/.cache"));
    }
}
