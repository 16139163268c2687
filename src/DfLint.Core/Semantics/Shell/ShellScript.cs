using System.Collections.Generic;
using DfLint.Syntax;

namespace DfLint.Semantics.Shell;

/// <summary>
/// The commands of a shell script (a shell-form RUN, or a heredoc body), for rules that look at what a RUN runs.
/// </summary>
/// <remarks>
/// The reader covers the POSIX/bash subset found in Dockerfiles. Compound commands are flattened: the commands in
/// subshells, <c>{ }</c> groups, <c>if</c>/<c>while</c>/<c>until</c>/<c>for</c>/<c>case</c> bodies, function bodies,
/// command substitutions (<c>$( )</c>, backticks, <c>&lt;( )</c>) and <c>sh -c</c>/<c>bash -c</c> scripts are listed
/// with the others, ordered by where they start. Heredoc bodies inside the script are skipped (they are data).
/// Expansions are never performed. Substitutions nested deeper than a fixed limit are kept as text but not read.
/// </remarks>
public sealed class ShellScript
{
    private ShellScript(MappedText text, IReadOnlyList<ShellCommand> commands)
    {
        Text = text;
        Commands = commands;
    }

    /// <summary>The script as given.</summary>
    public MappedText Text { get; }

    /// <summary>Every simple command, flattened, ordered by start position.</summary>
    public IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>Reads a script. Never throws; linear in the length of the text; recursion is bounded.</summary>
    public static ShellScript Parse(MappedText text) => new(text, ShellParser.Parse(text));

    /// <summary>Reads a script that is one contiguous piece of the file starting at <paramref name="fileStart"/>.</summary>
    public static ShellScript Parse(string text, int fileStart = 0) => Parse(MappedText.Contiguous(text, fileStart));
}
