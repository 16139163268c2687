using System;
using System.Collections.Generic;

namespace DfLint.Syntax;

/// <summary>A piece of text as it reads after continuations are joined (<see cref="Text"/>) and where it sits in the file.</summary>
public sealed record Token(string Text, SourceSpan Span)
{
    public override string ToString() => Text;
}

/// <summary>A comment line (<c># ...</c>). <see cref="Text"/> is what follows the <c>#</c>, trimmed.</summary>
public sealed record CommentSyntax(SourceSpan Span, string Text);

/// <summary>A parser directive at the top of the file (<c># syntax=</c>, <c># escape=</c>, <c># check=</c>).</summary>
public sealed record DirectiveSyntax(SourceSpan Span, Token Name, Token Value);

/// <summary>A problem the parser found, reported as DF000.</summary>
public sealed record ParseDiagnostic(SourceSpan Span, string Message);

/// <summary>
/// A builder flag such as <c>--from=build</c>. <see cref="Text"/> is the flag as BuildKit stores it (quotes and escapes removed);
/// <see cref="Name"/> is the name without dashes, <see cref="Value"/> the value after <c>=</c> (null for <c>--flag</c>).
/// </summary>
public sealed record FlagSyntax(SourceSpan Span, string Text, Token Name, Token? Value)
{
    public bool HasValue => Value is not null;
}

/// <summary>A heredoc (<c>&lt;&lt;EOF</c>) attached to a RUN, COPY or ADD (or to the ONBUILD that wraps one).</summary>
/// <param name="MarkerSpan">The <c>&lt;&lt;EOF</c> word on the instruction line.</param>
/// <param name="Span">The body and the terminator line.</param>
/// <param name="Content">The body as written (not chomped), with its original line endings.</param>
public sealed record HeredocSyntax(SourceSpan MarkerSpan, SourceSpan Span, string Name, int FileDescriptor, bool Expand, bool Chomp,
    MappedText Content)
{
    /// <summary>The body with leading tabs removed when the marker was <c>&lt;&lt;-</c>.</summary>
    public string ChompedContent => Chomp ? ChompTabs(Content.Text) : Content.Text;

    internal static string ChompTabs(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        bool atLineStart = true;
        foreach (var c in s)
        {
            if (atLineStart && c == '\t') continue;
            atLineStart = c == '\n';
            sb.Append(c);
        }
        return sb.ToString();
    }
}

/// <summary>The command of RUN, CMD, ENTRYPOINT, SHELL or HEALTHCHECK CMD: exec (JSON) form or shell form.</summary>
public abstract record CommandSyntax(SourceSpan Span);

/// <summary><c>["executable", "arg"]</c>: the items are the decoded JSON strings; each span covers the quoted string.</summary>
public sealed record ExecFormSyntax(SourceSpan Span, IReadOnlyList<Token> Items) : CommandSyntax(Span);

/// <summary>A command line handed to the shell, as written (quotes and escapes intact), mapped back to the file.</summary>
public sealed record ShellFormSyntax(SourceSpan Span, MappedText Text) : CommandSyntax(Span)
{
    public string Value => Text.Text;
}

/// <summary>A parsed image reference: <c>[registry/]path[:tag][@digest]</c>. Parts are null when absent.</summary>
public sealed record ImageReferenceSyntax(SourceSpan Span, string Text, Token? Registry, Token Path, Token? Tag, Token? Digest)
{
    /// <summary>The repository without registry and tag, e.g. <c>library/node</c> is reported as written (<c>node</c>).</summary>
    public string Repository => Path.Text;

    public bool HasVariables => Text.IndexOf('$') >= 0;
}

/// <summary>A <c>key=value</c> pair of ENV or LABEL. <see cref="Value"/> keeps quotes and escapes; <see cref="IsLegacy"/> is the <c>ENV key value</c> form.</summary>
public sealed record KeyValueSyntax(SourceSpan Span, Token Key, Token Value, bool IsLegacy);

/// <summary>One name of an ARG, with its default value (quotes kept) if it has one.</summary>
public sealed record ArgDeclarationSyntax(SourceSpan Span, Token Word, Token Name, Token? DefaultValue);

/// <summary>One entry of EXPOSE, such as <c>80/tcp</c>.</summary>
public sealed record PortSyntax(Token Word, Token Port, Token? Protocol);
