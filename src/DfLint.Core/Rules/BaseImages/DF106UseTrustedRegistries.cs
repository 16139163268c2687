using System;
using System.Collections.Generic;
using DfLint.Parsing.Grammar;
using DfLint.Semantics;
using DfLint.Syntax;

namespace DfLint.Rules.BaseImages;

/// <summary>An image (FROM, <c>COPY --from</c>, <c>RUN --mount from=</c>) from a registry outside <c>dflint.trusted_registries</c>.</summary>
public sealed class DF106UseTrustedRegistries : DockerfileRule
{
    public static readonly RuleOption TrustedRegistries = RuleOption.List("trusted_registries",
        "Registries images may come from: exact names, `*.example.com`, `registry.example.com*` or `*`; empty turns the rule off.");

    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF106", "Use base images from trusted registries",
        "Image '{image}' comes from registry '{registry}', which is not in dflint.trusted_registries",
        RuleCategory.BaseImages, Severity.Error,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3026", "an image without a registry is allowed only by docker.io or hub.docker.com; `COPY --from=0` is flagged") },
        tags: new[] { "supply-chain", "security" },
        options: new[] { TrustedRegistries });

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(RuleRegistration registration)
    {
        registration.OnInstruction<FromInstruction>(CheckFrom);
        registration.OnInstruction<CopyInstruction>(CheckCopy);
        registration.OnInstruction<RunInstruction>(CheckMounts);
    }

    private static void CheckFrom(FromInstruction from, RuleContext context)
    {
        var trusted = context.GetList(TrustedRegistries);
        if (trusted.Count == 0) return;
        var image = context.Model.StageOf(from)?.BaseImage;
        if (image?.Reference is { } reference) Check(reference, image.Resolved!, trusted, context);
    }

    private static void CheckCopy(CopyInstruction copy, RuleContext context)
    {
        if (copy.From?.Value is { } value) CheckSource(value, copy, context, exactSpan: true);
    }

    private static void CheckMounts(RunInstruction run, RuleContext context)
    {
        foreach (var mount in run.Mounts)
        {
            MountFieldSyntax? from = null;
            foreach (var field in mount.Fields)
                if (field.Key == "from" && field.Value is not null) from = field;
            // The span is the whole 'from=…' field: not the exact text of the image, so the reference has no part spans.
            if (from is not null) CheckSource(new Token(from.Value!, from.Span), run, context, exactSpan: false);
        }
    }

    /// <summary>A <c>--from</c> value: a stage (by name or index) or the build context is trusted; anything else is an image.</summary>
    private static void CheckSource(Token source, InstructionSyntax at, RuleContext context, bool exactSpan)
    {
        var trusted = context.GetList(TrustedRegistries);
        if (trusted.Count == 0) return;
        var stage = context.Model.StageOf(at);
        var text = context.Model.Expand(source.Text, at);
        if (text is null || text.Length == 0 || text.Equals("scratch", StringComparison.OrdinalIgnoreCase)) return;
        if (context.Model.FindStage(text, stage?.Index ?? int.MaxValue) is not null) return;
        // A number names a stage by index; a later or missing index is BuildKit's error, not a registry question.
        if (IsDigits(text)) return;
        var exact = exactSpan && text == source.Text && source.Span.Length == source.Text.Length;
        Check(ImageReferenceParser.Parse(text, source.Span, exact), text, trusted, context);
    }

    private static void Check(ImageReferenceSyntax reference, string image, IReadOnlyList<string> trusted, RuleContext context)
    {
        if (reference.HasVariables) return;
        // Docker Hub's images have no registry in their name; 'docker.io' (or an alias of it) trusts them.
        string registry = reference.Registry?.Text.ToLowerInvariant() ?? "docker.io";
        if (registry is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com") registry = "docker.io";
        foreach (var pattern in trusted)
            if (Matches(pattern.ToLowerInvariant(), registry)) return;
        var span = reference.Registry?.Span ?? reference.Span;
        context.Report(span, new MessageArgs { { "image", image }, { "registry", registry } });
    }

    internal static bool Matches(string pattern, string registry)
    {
        if (pattern is "hub.docker.com" or "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com") pattern = "docker.io";
        if (pattern == "*") return true;
        if (pattern.StartsWith("*", StringComparison.Ordinal)) return registry.EndsWith(pattern.Substring(1), StringComparison.Ordinal);
        if (pattern.EndsWith("*", StringComparison.Ordinal)) return registry.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.Ordinal);
        return registry == pattern;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
            if (c < '0' || c > '9') return false;
        return s.Length > 0;
    }
}
