using System.Collections.Generic;
using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary>Consecutive RUN instructions (same flags, no heredocs) that could be one layer.</summary>
public sealed class DF201CombineConsecutiveRuns : FileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF201", "Combine consecutive RUN instructions",
        "This RUN directly follows '{previous}' and could be combined with it into one layer",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3059", "pairs of single-command RUNs only") },
        tags: new[] { "size", "layers" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var instructions = context.Syntax.Instructions;
        for (int i = 1; i < instructions.Count; i++)
        {
            if (instructions[i] is not RunInstruction run || instructions[i - 1] is not RunInstruction previous) continue;
            if (run.Heredocs.Count > 0 || previous.Heredocs.Count > 0) continue;
            if (run.Command is ExecFormSyntax || previous.Command is ExecFormSyntax) continue;
            // Two substantial steps (installs, downloads, builds, long scripts) are often kept apart on purpose, so each
            // is cached on its own; only two small steps are worth a report.
            if (!IsSmall(context, run) || !IsSmall(context, previous)) continue;
            var flags = string.Join(" ", run.Flags.Select(f => f.Text));
            if (flags != string.Join(" ", previous.Flags.Select(f => f.Text))) continue;
            var text = previous.ArgumentText?.Text.Trim() ?? "RUN";
            context.Report(run.Keyword.Span, new MessageArgs { { "previous", text.Length <= 40 ? text : text.Substring(0, 37) + "..." } });
        }
    }

    private static readonly HashSet<string> Heavy = new(System.StringComparer.Ordinal) { "curl", "wget", "git", "make", "cmake", "configure", "./configure" };

    private static bool IsSmall(RuleContext context, RunInstruction run)
    {
        var commands = context.Model.CommandsOf(run).Where(c => c.BaseName != "set").ToList();
        if (commands.Count > 2) return false;
        foreach (var c in commands)
            if (Heavy.Contains(c.BaseName)) return false;
        foreach (var r in context.Model.RecognizedCommandsOf(run))
            if (r.IsSystemPackageInstall || r.IsDependencyInstall || r.IsBuild || r.IsSystemUpgrade) return false;
        return true;
    }
}
