using System;
using System.Collections.Generic;

namespace DfLint.Semantics;

/// <summary>What a build stage is for.</summary>
public enum ImageRoleKind
{
    /// <summary>Nothing conclusive is known (for example the base image is an unresolved ARG and nothing is started).</summary>
    Unknown,

    /// <summary>The image that is built and shipped, and starts an application.</summary>
    ShippedApplication,

    /// <summary>
    /// An image meant to be built upon or used as a toolchain: no CMD/ENTRYPOINT of its own, or one that only starts a
    /// shell, a REPL or an interpreter, or prints a version (<c>CMD ["bash"]</c>, <c>CMD node --version</c>).
    /// </summary>
    BaseOrToolchain,

    /// <summary>A stage that is not the final one and that the final stage uses (<c>COPY --from</c>, <c>RUN --mount from=</c>, <c>FROM</c>).</summary>
    Builder,

    /// <summary><c>FROM scratch</c> that only copies files and starts nothing: an export stage (<c>docker build --output</c>).</summary>
    ArtifactExport,

    /// <summary>An image for tests, CI, linting or development (<c>FROM ... AS test</c>, <c>Dockerfile.ci</c>).</summary>
    TestOrCi,

    /// <summary>A stage that the final stage does not use.</summary>
    Unused,
}

/// <summary>How sure DfLint is of a role. Rules report at info instead of warning when a role is <see cref="Uncertain"/>.</summary>
public enum RoleConfidence
{
    Uncertain,
    Likely,
    Certain,
}

/// <summary>
/// The role of a build stage, how sure DfLint is of it, and why: one short human-readable sentence per piece of
/// evidence (<c>final stage; ENTRYPOINT starts 'dotnet'</c>). Immutable.
/// </summary>
/// <remarks>
/// The role is about the stage's purpose. Whether a stage's layers end up in the built image is
/// <see cref="Stage.IsInFinalImage"/>: a <see cref="ImageRoleKind.Builder"/> stage that the final stage builds on with
/// <c>FROM</c> is part of the shipped image. The role of the built image is the role of <see cref="SemanticModel.FinalStage"/>.
/// </remarks>
public sealed class ImageRole
{
    /// <summary>Used before roles are computed, and for stages about which nothing is known.</summary>
    public static readonly ImageRole Unknown = new(ImageRoleKind.Unknown, RoleConfidence.Uncertain, Array.Empty<string>());

    public ImageRole(ImageRoleKind kind, RoleConfidence confidence, IReadOnlyList<string> evidence)
    {
        Kind = kind;
        Confidence = confidence;
        Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
    }

    public ImageRoleKind Kind { get; }

    public RoleConfidence Confidence { get; }

    /// <summary>Why DfLint chose this role, most important first. Never null.</summary>
    public IReadOnlyList<string> Evidence { get; }

    public bool IsUncertain => Confidence == RoleConfidence.Uncertain;

    /// <summary>True when this is the image that is shipped and runs an application (at any confidence).</summary>
    public bool IsShippedApplication => Kind == ImageRoleKind.ShippedApplication;

    /// <summary>The evidence as one sentence (<c>final stage; ENTRYPOINT starts 'dotnet'</c>).</summary>
    public string Explanation => string.Join("; ", Evidence);

    public override string ToString() => Evidence.Count == 0
        ? Kind.ToString() + " (" + Confidence.ToString() + ")"
        : Kind.ToString() + " (" + Confidence.ToString() + "): " + Explanation;
}
