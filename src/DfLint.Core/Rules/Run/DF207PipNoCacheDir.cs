using System;
using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>pip install</c> that keeps pip's download cache in a layer of the final image.</summary>
public sealed class DF207PipNoCacheDir : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF207", "Use --no-cache-dir with pip install",
        "'{command}' keeps pip's download cache in the layer; add '--no-cache-dir'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3042"), RuleEquivalent.Binnacle("pipUseNoCacheDir") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(RuleRegistration registration) => registration.OnCommand(ShellTool.Pip, "install", Analyze);

    private static void Analyze(CommandSite site, RuleContext context)
    {
        var pip = site.Command;
        if (pip.HasFlag("--no-cache-dir")) return;
        var run = site.Run;
        if (site.Stage is not { IsInFinalImage: true }) return;
        if (RuleHelpers.HasCacheMount(run, "/root/.cache/pip", "/root/.cache")) return;
        if (run.Mounts.Any(m => m.Type == "cache" && m.Target?.IndexOf("pip", StringComparison.OrdinalIgnoreCase) >= 0)) return;
        var env = context.Model.ValueOf("PIP_NO_CACHE_DIR", run);
        if (env is not null && !env.Equals("false", StringComparison.OrdinalIgnoreCase) && env != "0" && !env.Equals("off", StringComparison.OrdinalIgnoreCase)) return;
        if (site.RunCommands.All.Any(c => c.BaseName == "rm" && c.Arguments.Any(a => a.Value.IndexOf(".cache/pip", StringComparison.Ordinal) >= 0 || a.Value is "/root/.cache" or "~/.cache"))) return;
        var report = context.Report(site.Span, new MessageArgs { { "command", site.Text } });
        // Safe: the same packages are installed; only the download cache is not kept.
        if (RuleHelpers.InsertAfterCommand(context, pip, "--no-cache-dir") is { } edit)
            report.WithFix("Add '--no-cache-dir'", FixSafety.Safe, edit);
    }
}
