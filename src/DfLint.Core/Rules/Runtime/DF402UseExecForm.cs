using System.Linq;
using DfLint.Syntax;

namespace DfLint.Rules.Runtime;

/// <summary>CMD or ENTRYPOINT in shell form.</summary>
public sealed class DF402UseExecForm : FileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF402", "Use the exec form for CMD and ENTRYPOINT",
        "'{instruction}' uses the shell form, so the process runs under /bin/sh -c and does not receive stop signals",
        RuleCategory.Runtime, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3025", "also `HEALTHCHECK CMD`"), RuleEquivalent.BuildKit("JSONArgsRecommended") },
        tags: new[] { "signals" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            // Like BuildKit, a SHELL in the stage or a parent stage means the shell form is intended.
            bool hasShell = false;
            for (var s = stage; s is not null && !hasShell; s = s.Parent)
                hasShell = s.Instructions.Any(i => i is ShellInstruction);
            if (hasShell) continue;
            foreach (var i in stage.Instructions)
            {
                var command = i switch
                {
                    CmdInstruction cmd => cmd.Command,
                    EntrypointInstruction ep => ep.Command,
                    _ => null,
                };
                if (command is ShellFormSyntax shell && shell.Value.Length > 0)
                    context.Report(shell.Span, new MessageArgs { { "instruction", $"{i.Keyword.Text} {Shorten(shell.Value)}" } });
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s.Substring(0, 37) + "...";
}
