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
        "'{0}' keeps pip's download cache in the layer; add '--no-cache-dir'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3042"), RuleEquivalent.Binnacle("pipUseNoCacheDir") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        if (context.Model.StageOf(run) is not { IsInFinalImage: true }) return;
        if (RuleHelpers.HasCacheMount(run, "/root/.cache/pip", "/root/.cache")) return;
        if (run.Mounts.Any(m => m.Type == "cache" && m.Target?.IndexOf("pip", StringComparison.OrdinalIgnoreCase) >= 0)) return;
        var env = context.Model.ValueOf("PIP_NO_CACHE_DIR", run);
        if (env is not null && !env.Equals("false", StringComparison.OrdinalIgnoreCase) && env != "0" && !env.Equals("off", StringComparison.OrdinalIgnoreCase)) return;
        var commands = context.Model.CommandsOf(run).ToList();
        if (commands.Any(c => c.BaseName == "rm" && c.Arguments.Any(a => a.Value.IndexOf(".cache/pip", StringComparison.Ordinal) >= 0 || a.Value is "/root/.cache" or "~/.cache"))) return;
        foreach (var pip in RuleHelpers.Recognized(context.Model, run).Where(c => c.Tool == ShellTool.Pip && c.Subcommand == "install"))
        {
            if (pip.HasFlag("--no-cache-dir")) continue;
            context.Report(RuleHelpers.CommandSpan(pip), RuleHelpers.CommandText(pip));
        }
    }
}
