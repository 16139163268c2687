using System;
using System.Collections.Generic;
using DfLint.Syntax;

namespace DfLint.Semantics;

/// <summary>What a FROM refers to after ARG resolution.</summary>
public sealed class BaseImage
{
    internal BaseImage(string rawText, string? resolved, ImageReferenceSyntax? reference, Stage? stage, bool isScratch)
    {
        RawText = rawText;
        Resolved = resolved;
        Reference = reference;
        Stage = stage;
        IsScratch = isScratch;
    }

    /// <summary>The image text as written (<c>${BASE}</c>, <c>node:20</c>).</summary>
    public string RawText { get; }

    /// <summary>The text after ARG expansion, or null when it depends on a value DfLint cannot know.</summary>
    public string? Resolved { get; }

    public bool IsResolved => Resolved is not null;

    /// <summary>The parsed reference of an image (null for stages, scratch and unresolved references).</summary>
    public ImageReferenceSyntax? Reference { get; }

    /// <summary>The earlier stage this FROM builds on, if it names one.</summary>
    public Stage? Stage { get; }

    public bool IsScratch { get; }

    /// <summary>True when this is a registry image (not a stage, not scratch) with a known reference.</summary>
    public bool IsImage => Reference is not null;

    /// <summary>The repository path in lower case without registry (e.g. <c>library/node</c> is given as <c>node</c>).</summary>
    public string? Repository => Reference?.Path.Text.ToLowerInvariant();

    public string? Registry => Reference?.Registry?.Text.ToLowerInvariant();

    public string? Tag => Reference?.Tag?.Text;

    public string? Digest => Reference?.Digest?.Text;

    /// <summary>The last path component (<c>dotnet/sdk</c> gives <c>sdk</c>).</summary>
    public string? Name
    {
        get
        {
            var repo = Repository;
            if (repo is null) return null;
            int slash = repo.LastIndexOf('/');
            return slash < 0 ? repo : repo.Substring(slash + 1);
        }
    }

    public override string ToString() => Resolved ?? RawText;
}

/// <summary>Who a stage runs as at its end.</summary>
public sealed record EffectiveUser(string? Name, UserInstruction? Instruction, Stage? DefinedIn, bool IsKnown)
{
    /// <summary>True when the user is root: no USER anywhere (and the base image is not known to be non-root), or USER root/0.</summary>
    public bool IsRoot => IsKnown && (Name is null || IsRootName(Name));

    internal static bool IsRootName(string user)
    {
        string u = user.Trim();
        int colon = u.IndexOf(':');
        if (colon >= 0) u = u.Substring(0, colon);
        return u == "root" || u == "0";
    }
}

/// <summary>A build stage: its FROM and the instructions up to the next FROM.</summary>
public sealed class Stage
{
    internal Stage(int index, FromInstruction from, IReadOnlyList<InstructionSyntax> instructions)
    {
        Index = index;
        From = from;
        Instructions = instructions;
    }

    public int Index { get; }

    public FromInstruction From { get; }

    /// <summary>The stage name in lower case (stage names are case-insensitive), or null.</summary>
    public string? Name => From.StageName?.Text.ToLowerInvariant();

    /// <summary>Instructions of the stage after its FROM.</summary>
    public IReadOnlyList<InstructionSyntax> Instructions { get; }

    public BaseImage BaseImage { get; internal set; } = null!;

    /// <summary>The stage this one builds on (<c>FROM build</c>), or null.</summary>
    public Stage? Parent => BaseImage.Stage;

    /// <summary>The first stage of the FROM chain this stage builds on (itself when its base is not a stage).</summary>
    public Stage Root
    {
        get
        {
            var root = this;
            while (root.Parent is { } p) root = p;
            return root;
        }
    }

    /// <summary>The image at the root of the FROM chain (through parent stages).</summary>
    public BaseImage RootImage => Root.BaseImage;

    /// <summary>Stages this one uses: its parent, COPY --from and RUN --mount from= sources.</summary>
    public IReadOnlyList<Stage> Dependencies { get; internal set; } = Array.Empty<Stage>();

    public bool IsFinal { get; internal set; }

    /// <summary>True for the final stage and the stages it builds on with FROM: their layers end up in the image.</summary>
    public bool IsInFinalImage { get; internal set; }

    /// <summary>True when the final stage depends on this stage (directly or not), or it is the final stage.</summary>
    public bool IsReachable { get; internal set; }

    /// <summary>The user at the end of the stage, inherited from a parent stage when it has no USER of its own.</summary>
    public EffectiveUser User { get; internal set; } = new(null, null, null, false);

    /// <summary>
    /// The command the stage's image starts: its ENTRYPOINT/CMD or those of the stages it builds on, with the program
    /// that really runs. Null when neither this stage nor a parent stage sets one (the base image may still have one).
    /// </summary>
    public StartCommand? StartCommand { get; internal set; }

    /// <summary>What the stage is for (shipped application, base image, builder, export, test/CI, unused), how sure, and why.</summary>
    public ImageRole Role { get; internal set; } = ImageRole.Unknown;

    /// <summary>The human name of the stage: its name, or its index.</summary>
    public string DisplayName => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"stage {DisplayName} FROM {BaseImage}";
}
