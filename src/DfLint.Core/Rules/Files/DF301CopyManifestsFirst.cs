using System.Linq;
using DfLint.Semantics;
using DfLint.Syntax;

namespace DfLint.Rules.Files;

/// <summary>The whole source is copied before a dependency install that only needs the manifests.</summary>
public sealed class DF301CopyManifestsFirst : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF301", "Copy dependency manifests before the whole source",
        "'{copy}' copies the whole source before '{install}', so every code change re-installs all dependencies; copy the manifests first",
        RuleCategory.Files, Severity.Warning,
        tags: new[] { "cache" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(RuleRegistration registration) => registration.OnStage(Analyze);

    private static void Analyze(Stage stage, RuleContext context)
    {
        var model = context.Model;
        for (int i = 0; i < stage.Instructions.Count; i++)
        {
            if (stage.Instructions[i] is not FileTransferInstruction copy || copy.From is not null) continue;
            var whole = copy.Sources.FirstOrDefault(s => RuleHelpers.IsWholeContext(s.Text));
            if (whole is null) continue;
            var install = stage.Instructions.Skip(i + 1).OfType<RunInstruction>()
                .SelectMany(run => model.RecognizedCommandsOf(run))
                .FirstOrDefault(c => c.IsManifestOnlyInstall);
            if (install is null) continue;
            context.Report(whole.Span, new MessageArgs { { "copy", $"{copy.Keyword.Text} {whole.Text}" }, { "install", RuleHelpers.CommandText(install) } });
        }
    }
}
