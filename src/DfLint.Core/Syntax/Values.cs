using System.Collections.Generic;

namespace DfLint.Syntax;

// The value languages inside instructions (port specs, durations, signals, --chown/--chmod/--platform values, mount
// specs, label keys), as the grammars in DfLint.Parsing.Grammar read them. Each keeps what was written (tokens with
// their spans) and carries an Error when the value is not valid, so rules can report invalid values.

/// <summary>Why a value is not valid, and where: "unexpected &lt;what&gt;, expected &lt;what&gt;".</summary>
public sealed record ValueError(SourceSpan Span, string Message);

/// <summary>
/// One EXPOSE entry, <c>[host:]port[-port][/protocol]</c>. <see cref="Start"/> and <see cref="End"/> are the numbers
/// when they are written as digits (null when they hold variables or do not parse); <see cref="End"/> equals
/// <see cref="Start"/> for a single port. <see cref="Host"/> is everything before the last ':' (an IP or host port,
/// which EXPOSE should not have), <see cref="Protocol"/> the text after '/', as written.
/// </summary>
public sealed record PortSpec(Token Word, Token? Host, Token? StartPort, Token? EndPort, Token? Protocol, int? Start, int? End,
    bool HasVariables, ValueError? Error)
{
    public bool IsRange => EndPort is not null;
}

/// <summary>One unit of a duration: <c>3.5s</c> is the number <c>3.5</c> and the unit <c>s</c>.</summary>
public sealed record DurationPart(Token Number, Token Unit);

/// <summary>
/// A Go <c>time.ParseDuration</c> value (<c>1h2m3.5s</c>, <c>300ms</c>, <c>0</c>). <see cref="Nanoseconds"/> is null
/// when the value is not valid.
/// </summary>
public sealed record DurationSpec(Token Word, Token? Sign, IReadOnlyList<DurationPart> Parts, long? Nanoseconds, ValueError? Error);

/// <summary>
/// A STOPSIGNAL value: a number (<see cref="Number"/>) or a name with or without <c>SIG</c> (<see cref="Name"/> is the
/// canonical upper-case name with <c>SIG</c>, such as <c>SIGRTMIN+3</c>). Both are null when the value has variables.
/// </summary>
public sealed record SignalSpec(Token Word, string? Name, int? Number, bool HasVariables, ValueError? Error);

/// <summary>A <c>--chown</c> value, <c>user[:group]</c>; each part may be a name, a numeric ID or hold variables.</summary>
public sealed record ChownSpec(Token Word, Token User, Token? Group, bool HasVariables, ValueError? Error)
{
    public bool UserIsNumeric => IsNumeric(User);
    public bool GroupIsNumeric => Group is not null && IsNumeric(Group);

    private static bool IsNumeric(Token t)
    {
        if (t.Text.Length == 0) return false;
        foreach (var c in t.Text) if (c < '0' || c > '9') return false;
        return true;
    }
}

/// <summary>One clause of a symbolic mode, such as <c>u+rwx</c> or <c>go=rx</c>: who, then one or more operations.</summary>
public sealed record ChmodClause(Token Text, Token? Who, IReadOnlyList<ChmodOperation> Operations);

/// <summary>One operation of a symbolic mode clause: <c>+</c>, <c>-</c> or <c>=</c> and the permissions (<c>rwxXst</c>, or one of <c>ugo</c>).</summary>
public sealed record ChmodOperation(Token Operator, Token? Permissions);

/// <summary>
/// A <c>--chmod</c> value: octal (<see cref="Octal"/>, at most 07777) or symbolic (<see cref="Clauses"/>, accepted by
/// BuildKit since Dockerfile 1.14). <see cref="Clauses"/> is empty for an octal mode.
/// </summary>
public sealed record ChmodSpec(Token Word, int? Octal, IReadOnlyList<ChmodClause> Clauses, bool HasVariables, ValueError? Error)
{
    public bool IsSymbolic => Clauses.Count > 0;
}

/// <summary>One platform, <c>os[/arch[/variant]]</c>, or a variable such as <c>$BUILDPLATFORM</c>.</summary>
public sealed record PlatformSyntax(Token Text, Token? Os, Token? Architecture, Token? Variant, bool HasVariables);

/// <summary>A <c>--platform</c> value: one platform or a comma-separated list.</summary>
public sealed record PlatformSpec(Token Word, IReadOnlyList<PlatformSyntax> Platforms, ValueError? Error)
{
    public bool HasVariables
    {
        get
        {
            foreach (var p in Platforms) if (p.HasVariables) return true;
            return false;
        }
    }
}

/// <summary>
/// One CSV field of a <c>--mount</c> value. <see cref="Text"/> is the field after CSV unquoting; <see cref="Key"/> is
/// the text before the first '=' lower-cased (BuildKit's reading), <see cref="Value"/> the rest, or null without '='.
/// </summary>
public sealed record MountField(SourceSpan Span, string Text, string Key, string? Value);

/// <summary>A <c>--mount</c> value read as one CSV record, with the CSV error BuildKit would report, if any.</summary>
public sealed record MountSpec(Token Word, IReadOnlyList<MountField> Fields, ValueError? Error);

/// <summary>
/// A LABEL key, checked against the label-key conventions: lower-case letters, digits, '.' and '-', starting and
/// ending with a letter or digit, no ".." or "--" (<see cref="Error"/> otherwise). <see cref="IsReserved"/> tells
/// whether it is in a namespace Docker reserves (<c>com.docker.*</c>, <c>io.docker.*</c>, <c>org.dockerproject.*</c>).
/// Keys with variables are not checked.
/// </summary>
public sealed record LabelKeySpec(Token Key, IReadOnlyList<Token> Segments, bool IsReserved, bool HasVariables, ValueError? Error);
