using System;
using System.Collections.Generic;
using System.Linq;

namespace DfLint.Syntax;

public enum InstructionKind
{
    Unknown,
    Invalid,
    From,
    Run,
    Cmd,
    Label,
    Maintainer,
    Expose,
    Env,
    Add,
    Copy,
    Entrypoint,
    Volume,
    User,
    Workdir,
    Arg,
    Onbuild,
    Stopsignal,
    Healthcheck,
    Shell,
}

/// <summary>
/// One Dockerfile instruction. <see cref="Span"/> runs from the keyword to the end of the last line of the instruction
/// (heredoc terminators included). <see cref="Arguments"/> is the argument text after the flags, as BuildKit reads it
/// (continuations joined). <see cref="Line"/> is the joined logical line.
/// </summary>
public abstract record InstructionSyntax(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line)
{
    public abstract InstructionKind Kind { get; }

    /// <summary>Heredocs whose bodies follow this instruction.</summary>
    public IReadOnlyList<HeredocSyntax> Heredocs { get; init; } = Array.Empty<HeredocSyntax>();

    /// <summary>Comment lines directly above (BuildKit's PrevComment): the text after <c>#</c>, trimmed.</summary>
    public IReadOnlyList<CommentSyntax> Comments { get; init; } = Array.Empty<CommentSyntax>();

    /// <summary>The arguments after the flags (trimmed), mapped to the file; empty when there are none.</summary>
    public MappedText? ArgumentText { get; init; }

    /// <summary>The keyword in upper case, whatever its spelling in the file.</summary>
    public string Name => Keyword.Text.ToUpperInvariant();

    public FlagSyntax? GetFlag(string name) => Flags.LastOrDefault(f => string.Equals(f.Name.Text, name, StringComparison.Ordinal));

    public IEnumerable<FlagSyntax> GetFlags(string name) => Flags.Where(f => string.Equals(f.Name.Text, name, StringComparison.Ordinal));
}

/// <summary>An instruction keyword BuildKit does not know. Reported as DF000 by the parser's validation.</summary>
public sealed record UnknownInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Unknown;
}

/// <summary>An instruction BuildKit's parser rejects (for example <c>ENV</c> with a key and no value). Carries the error.</summary>
public sealed record InvalidInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, ParseDiagnostic Error)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Invalid;
}

/// <summary><c>FROM [--platform=p] image [AS name]</c>. <see cref="Words"/> holds every whitespace-separated argument.</summary>
public sealed record FromInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line,
    IReadOnlyList<Token> Words, ImageReferenceSyntax? Image, Token? AsKeyword, Token? StageName)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.From;
    public FlagSyntax? Platform => GetFlag("platform");
}

/// <summary>RUN in shell or exec form, with its flags (<c>--mount</c>, <c>--network</c>, <c>--security</c>, ...).</summary>
public sealed record RunInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, CommandSyntax Command,
    IReadOnlyList<MountSyntax> Mounts)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Run;
}

/// <summary>One <c>--mount=type=cache,target=/root/.cache</c> of a RUN: its fields in order, keys lowercased.</summary>
public sealed record MountSyntax(FlagSyntax Flag, IReadOnlyList<MountFieldSyntax> Fields)
{
    /// <summary>The mount type: bind (the default), cache, tmpfs, secret or ssh.</summary>
    public string Type => Get("type")?.ToLowerInvariant() ?? "bind";

    public string? Target => Get("target") ?? Get("dst") ?? Get("destination");

    public string? Get(string key) => Fields.LastOrDefault(f => f.Key == key)?.Value;
}

public sealed record MountFieldSyntax(string Key, string? Value, SourceSpan Span);

/// <summary>CMD in shell or exec form.</summary>
public sealed record CmdInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, CommandSyntax Command)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Cmd;
}

/// <summary>ENTRYPOINT in shell or exec form.</summary>
public sealed record EntrypointInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, CommandSyntax Command)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Entrypoint;
}

/// <summary>SHELL; BuildKit requires the exec form.</summary>
public sealed record ShellInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, CommandSyntax Command)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Shell;
}

/// <summary>ENV with <c>k=v</c> pairs or the legacy <c>ENV k v</c> form.</summary>
public sealed record EnvInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, IReadOnlyList<KeyValueSyntax> Pairs)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Env;
}

/// <summary>LABEL with <c>k=v</c> pairs or the legacy <c>LABEL k v</c> form.</summary>
public sealed record LabelInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, IReadOnlyList<KeyValueSyntax> Pairs)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Label;
}

/// <summary>MAINTAINER (deprecated); <see cref="Value"/> is the whole rest of the line.</summary>
public sealed record MaintainerInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, Token? Value)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Maintainer;
}

/// <summary>EXPOSE with one or more ports.</summary>
public sealed record ExposeInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, IReadOnlyList<PortSyntax> Ports)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Expose;
}

/// <summary>ADD or COPY: sources and destination, from the JSON form (<see cref="IsJson"/>) or whitespace-split words.</summary>
public abstract record FileTransferInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line,
    IReadOnlyList<Token> Paths, bool IsJson)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    /// <summary>Every path but the last.</summary>
    public IReadOnlyList<Token> Sources => Paths.Count <= 1 ? Array.Empty<Token>() : Paths.Take(Paths.Count - 1).ToArray();

    /// <summary>The last path, or null when there is none.</summary>
    public Token? Destination => Paths.Count >= 2 ? Paths[Paths.Count - 1] : null;

    public FlagSyntax? From => GetFlag("from");
}

public sealed record AddInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, IReadOnlyList<Token> Paths, bool IsJson)
    : FileTransferInstruction(Span, Keyword, Flags, Line, Paths, IsJson)
{
    public override InstructionKind Kind => InstructionKind.Add;
}

public sealed record CopyInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, IReadOnlyList<Token> Paths, bool IsJson)
    : FileTransferInstruction(Span, Keyword, Flags, Line, Paths, IsJson)
{
    public override InstructionKind Kind => InstructionKind.Copy;
}

/// <summary>VOLUME with JSON items or whitespace-split paths.</summary>
public sealed record VolumeInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, IReadOnlyList<Token> Paths, bool IsJson)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Volume;
}

/// <summary>USER user[:group]. <see cref="Value"/> is the whole rest of the line.</summary>
public sealed record UserInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, Token? Value, Token? User, Token? Group)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.User;
}

/// <summary>WORKDIR path. <see cref="Value"/> is the whole rest of the line.</summary>
public sealed record WorkdirInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, Token? Value)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Workdir;
}

/// <summary>ARG with one or more names, each with an optional default.</summary>
public sealed record ArgInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, IReadOnlyList<ArgDeclarationSyntax> Declarations)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Arg;
}

/// <summary>ONBUILD with its trigger instruction (parsed like any instruction), or null when there is none.</summary>
public sealed record OnbuildInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, InstructionSyntax? Trigger)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Onbuild;
}

/// <summary>STOPSIGNAL signal. <see cref="Value"/> is the whole rest of the line.</summary>
public sealed record StopsignalInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, Token? Value)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Stopsignal;
}

/// <summary>HEALTHCHECK NONE, or HEALTHCHECK [options] CMD command. <see cref="Type"/> is the word after the flags.</summary>
public sealed record HealthcheckInstruction(SourceSpan Span, Token Keyword, IReadOnlyList<FlagSyntax> Flags, MappedText Line, Token? Type, CommandSyntax? Command)
    : InstructionSyntax(Span, Keyword, Flags, Line)
{
    public override InstructionKind Kind => InstructionKind.Healthcheck;
    public bool IsNone => Type is not null && string.Equals(Type.Text, "NONE", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A whole Dockerfile: directives, instructions in order, comments, and what the parser reported.</summary>
public sealed record DockerfileSyntax(
    SourceText Source,
    char EscapeToken,
    IReadOnlyList<DirectiveSyntax> Directives,
    IReadOnlyList<InstructionSyntax> Instructions,
    IReadOnlyList<CommentSyntax> Comments,
    IReadOnlyList<ParseDiagnostic> Diagnostics,
    IReadOnlyList<ParseDiagnostic> Warnings)
{
    public DirectiveSyntax? GetDirective(string name)
        => Directives.FirstOrDefault(d => string.Equals(d.Name.Text, name, StringComparison.OrdinalIgnoreCase));
}
