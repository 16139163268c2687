using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Semantics;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>Small queries several rules share.</summary>
internal static class RuleHelpers
{
    /// <summary>The span of a command's name and its subcommand words (<c>apt-get install</c>, <c>npm run build</c>).</summary>
    public static SourceSpan CommandSpan(RecognizedCommand command)
    {
        var words = SubcommandWords(command);
        var span = command.Command.Name.Span;
        return words.Count == 0 ? span : SourceSpan.FromBounds(span.Start, Math.Max(span.End, words[words.Count - 1].Span.End));
    }

    /// <summary>How the command reads in a message: <c>apt-get install</c>, <c>npm run build</c>.</summary>
    public static string CommandText(RecognizedCommand command)
        => string.Join(" ", new[] { command.Command.Name.Value }.Concat(SubcommandWords(command).Select(w => w.Value)));

    /// <summary>The arguments that spell the subcommand, in order (aliases such as <c>npm i</c> included).</summary>
    private static IReadOnlyList<ShellWord> SubcommandWords(RecognizedCommand command)
    {
        // make's targets (and -j values) are not subcommands worth naming.
        if (command.Tool == ShellTool.Make) return Array.Empty<ShellWord>();
        var parts = command.Subcommand.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count == 1 && parts[0] == "run" && command.Targets.Count > 0) parts.Add(command.Targets[0].Value);
        var result = new List<ShellWord>();
        var operands = command.Command.Arguments.Where(a => !a.Value.StartsWith("-", StringComparison.Ordinal)).ToList();
        int j = 0;
        foreach (var part in parts)
        {
            // The first subcommand word may follow a module path (python -m pip install) and may be an alias (npm i).
            int limit = result.Count == 0 ? Math.Min(operands.Count, 2) : Math.Min(operands.Count, j + 1);
            int found = -1;
            for (int k = j; k < limit && found < 0; k++)
                if (string.Equals(operands[k].Value, part, StringComparison.OrdinalIgnoreCase) || (result.Count == 0 && IsAlias(operands[k].Value, part)))
                    found = k;
            if (found < 0) break;
            result.Add(operands[found]);
            j = found + 1;
        }
        return result;
    }

    private static bool IsAlias(string written, string canonical)
        => canonical.StartsWith(written, StringComparison.OrdinalIgnoreCase) || (written, canonical) is ("i", "install") or ("in", "install") or ("ci", "ci") or ("add", "install");

    /// <summary>
    /// An edit that inserts <paramref name="option"/> right after a command's subcommand (<c>apt-get install</c> becomes
    /// <c>apt-get install --no-install-recommends</c>), or null when the command's words are not written verbatim in the
    /// file (an exec-form RUN, a word with quotes or escapes), where an insertion could not be placed exactly.
    /// </summary>
    public static TextEdit? InsertAfterCommand(RuleContext context, RecognizedCommand command, string option)
    {
        var words = SubcommandWords(command);
        var last = words.Count > 0 ? words[words.Count - 1] : command.Command.Name;
        var source = context.Syntax.Source;
        if (last.Span.End > source.Length || last.Raw != last.Value || source.ToString(last.Span) != last.Raw) return null;
        return TextEdit.Insert(last.Span.End, " " + option);
    }

    /// <summary>True when the RUN mounts a cache at (or above/below) a path, e.g. <c>/var/cache/apt</c>.</summary>
    public static bool HasCacheMount(RunInstruction run, params string[] paths)
        => run.Mounts.Any(m => m.Type == "cache" && m.Target is { } t && paths.Any(p => PathOverlaps(t, p)));

    private static bool PathOverlaps(string mount, string path)
    {
        string a = mount.TrimEnd('/'), b = path.TrimEnd('/');
        return a == b || b.StartsWith(a + "/", StringComparison.Ordinal) || a.StartsWith(b + "/", StringComparison.Ordinal)
            || (a.StartsWith("$", StringComparison.Ordinal) && a.EndsWith(b.Substring(b.LastIndexOf('/')), StringComparison.Ordinal));
    }

    /// <summary>True for a source that is the whole build context: <c>.</c>, <c>./</c>, <c>*</c>.</summary>
    public static bool IsWholeContext(string source)
        => source is "." or "./" or "*" or "./*" or ".*" || source == "$PWD";
}
