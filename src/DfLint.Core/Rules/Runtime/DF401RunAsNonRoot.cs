using System;
using DfLint.Syntax;

namespace DfLint.Rules.Runtime;

/// <summary>The final image runs as root: no USER (also none inherited from a parent stage), or the last USER is root/0.</summary>
public sealed class DF401RunAsNonRoot : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF401", "Run the final stage as a non-root user",
        "The final image runs as '{0}'; switch to a non-root user with USER",
        RuleCategory.Runtime, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3002"), RuleEquivalent.Trivy("DS002"), RuleEquivalent.Checkov("CKV_DOCKER_3"), RuleEquivalent.Checkov("CKV_DOCKER_8") },
        tags: new[] { "security" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null) return;
        var root = final;
        while (root.Parent is { } p) root = p;
        if (IsWindows(root.BaseImage.Resolved) || context.Syntax.EscapeToken == '`') return;
        var user = final.User;
        if (!user.IsRoot) return;
        if (user.Instruction is { Value: { } value })
        {
            context.Report(value.Span, user.Name);
        }
        else
        {
            var from = final.From;
            var span = from.Words.Count > 0 ? from.Words[0].Span : from.Keyword.Span;
            context.Report(span, "root");
        }
    }

    private static bool IsWindows(string? image)
        => image is not null && (image.IndexOf("windows", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("servercore", StringComparison.OrdinalIgnoreCase) >= 0);
}
