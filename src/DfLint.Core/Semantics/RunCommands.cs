using System.Collections.Generic;
using DfLint.Semantics.Shell;

namespace DfLint.Semantics;

/// <summary>
/// What one RUN executes, computed once per RUN and kept in the semantic model: its shell scripts, every simple command
/// in order, and the commands <see cref="CommandRecognizer"/> recognised.
/// </summary>
public sealed class RunCommands
{
    internal RunCommands(IReadOnlyList<ShellScript> scripts)
    {
        Scripts = scripts;
        var all = new List<ShellCommand>();
        var recognized = new List<RecognizedCommand>();
        foreach (var script in scripts)
        {
            foreach (var command in script.Commands)
            {
                all.Add(command);
                if (CommandRecognizer.Recognize(command) is { } r) recognized.Add(r);
            }
        }
        All = all;
        Recognized = recognized;
    }

    /// <summary>The shell scripts: the shell-form command, shell heredoc bodies, or the <c>sh -c</c> of the exec form.</summary>
    public IReadOnlyList<ShellScript> Scripts { get; }

    /// <summary>Every simple command, in order.</summary>
    public IReadOnlyList<ShellCommand> All { get; }

    /// <summary>The recognised commands (package managers, build tools), in order.</summary>
    public IReadOnlyList<RecognizedCommand> Recognized { get; }

    /// <summary>True when any command has this base name (<c>rm</c>, <c>apt-get</c>).</summary>
    public bool Any(string baseName)
    {
        foreach (var c in All)
            if (c.BaseName == baseName) return true;
        return false;
    }
}
