using System;
using System.Collections.Generic;

namespace DfLint.Semantics.Shell;

/// <summary>Commands that run another command given as their arguments (<c>sudo apt-get ...</c>), and their options.</summary>
internal static class WrapperCommands
{
    public static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "sudo", "env", "time", "nice", "exec", "command", "builtin", "nohup", "xargs", "timeout",
    };

    private static readonly HashSet<string> SudoLongWithValue = new(StringComparer.Ordinal)
    {
        "--user", "--group", "--chdir", "--host", "--prompt", "--role", "--type", "--other-user", "--close-from", "--command-timeout", "--chroot",
    };

    private static readonly HashSet<string> XargsLongWithValue = new(StringComparer.Ordinal)
    {
        "--arg-file", "--delimiter", "--max-args", "--max-lines", "--max-procs", "--max-chars", "--process-slot-var",
    };

    private static readonly HashSet<string> TimeLongWithValue = new(StringComparer.Ordinal) { "--format", "--output" };

    private static readonly HashSet<string> NiceLongWithValue = new(StringComparer.Ordinal) { "--adjustment" };

    private static readonly HashSet<string> EnvLongWithValue = new(StringComparer.Ordinal) { "--unset", "--chdir", "--split-string" };

    private static readonly HashSet<string> TimeoutLongWithValue = new(StringComparer.Ordinal) { "--signal", "--kill-after" };

    private static readonly HashSet<string> None = new(StringComparer.Ordinal);

    /// <summary>
    /// Skips the options of wrapper <paramref name="name"/> in <paramref name="words"/> from <paramref name="start"/>.
    /// Returns the index of the wrapped command's name, or -1 when the wrapper is used on its own terms
    /// (<c>command -v</c>). <c>env</c>'s <c>NAME=value</c> words are added to <paramref name="assignments"/>.
    /// </summary>
    public static int Skip(string name, IReadOnlyList<string> words, int start, List<int> assignments)
    {
        switch (name)
        {
            case "sudo":
                return SkipOptions(words, start, "ugCDhprtUT", SudoLongWithValue);
            case "env":
            {
                int i = SkipOptions(words, start, "uCS", EnvLongWithValue);
                while (i < words.Count && IsEnvAssignment(words[i]))
                {
                    assignments.Add(i);
                    i++;
                }
                return i;
            }
            case "time":
                return SkipOptions(words, start, "fo", TimeLongWithValue);
            case "nice":
                return SkipOptions(words, start, "n", NiceLongWithValue);
            case "exec":
                return SkipOptions(words, start, "a", None);
            case "command":
                for (int i = start; i < words.Count && words[i].Length > 1 && words[i][0] == '-'; i++)
                {
                    if (words[i] == "--") break;
                    if (words[i].IndexOf('v') >= 0 || words[i].IndexOf('V') >= 0) return -1; // a lookup, not a run
                }
                return SkipOptions(words, start, "", None);
            case "xargs":
                return SkipOptions(words, start, "adEILnPs", XargsLongWithValue);
            case "timeout":
            {
                int i = SkipOptions(words, start, "ks", TimeoutLongWithValue);
                return i + 1; // the duration
            }
            default: // builtin, nohup
                return SkipOptions(words, start, "", None);
        }
    }

    /// <summary>Skips options (POSIX style: they stop at the first operand or after <c>--</c>).</summary>
    private static int SkipOptions(IReadOnlyList<string> words, int i, string shortWithValue, HashSet<string> longWithValue)
    {
        while (i < words.Count)
        {
            string w = words[i];
            if (w == "--") return i + 1;
            if (w.Length < 2 || w[0] != '-') return i;
            if (w[1] == '-')
            {
                i += w.IndexOf('=') < 0 && longWithValue.Contains(w) ? 2 : 1;
                continue;
            }
            bool valueInNext = false;
            for (int k = 1; k < w.Length; k++)
            {
                if (shortWithValue.IndexOf(w[k]) < 0) continue;
                valueInNext = k == w.Length - 1;
                break;
            }
            i += valueInNext ? 2 : 1;
        }
        return i;
    }

    private static bool IsEnvAssignment(string word)
    {
        int eq = word.IndexOf('=');
        if (eq <= 0) return false;
        if (!(word[0] == '_' || char.IsLetter(word[0]))) return false;
        for (int k = 1; k < eq; k++)
        {
            if (!(word[k] == '_' || char.IsLetterOrDigit(word[k]))) return false;
        }
        return true;
    }
}
