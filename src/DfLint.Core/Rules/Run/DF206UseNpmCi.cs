using System;
using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>npm install</c> without package names where a lock file was copied, or in the final image.</summary>
public sealed class DF206UseNpmCi : InstructionRule<RunInstruction>
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF206", "Use npm ci instead of npm install",
        "'{command}' can change the lock file and install different versions; use 'npm ci' {reason}",
        RuleCategory.Run, Severity.Info,
        tags: new[] { "reproducibility" });

    public override RuleDescriptor Descriptor => Rule;

    private static readonly string[] LockFiles = { "package-lock.json", "npm-shrinkwrap.json", "package*.json" };

    protected override void Analyze(RunInstruction run, RuleContext context)
    {
        var stage = context.Model.StageOf(run);
        if (stage is null) return;
        foreach (var npm in context.Model.RecognizedCommandsOf(run)
                     .Where(c => c.Tool == ShellTool.Npm && c.Subcommand == "install" && c.Packages.Count == 0))
        {
            if (npm.HasAnyFlag("-g", "--global")) continue;
            bool lockCopied = stage.Instructions
                .TakeWhile(i => !ReferenceEquals(i, run))
                .OfType<FileTransferInstruction>()
                .Where(ft => ft.From is null)
                .SelectMany(ft => ft.Sources)
                .Any(s => LockFiles.Any(l => s.Text.EndsWith(l, StringComparison.Ordinal)));
            if (lockCopied)
                context.Report(RuleHelpers.CommandSpan(npm), new MessageArgs { { "command", RuleHelpers.CommandText(npm) }, { "reason", "since the lock file is copied" } });
            else if (stage.IsInFinalImage)
                context.Report(RuleHelpers.CommandSpan(npm), new MessageArgs { { "command", RuleHelpers.CommandText(npm) }, { "reason", "in the final image" } });
        }
    }
}
