using System;
using System.Collections.Generic;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Semantics;

/// <summary>The words of one ENTRYPOINT or CMD, computed once per instruction and shared by the stages that inherit it.</summary>
internal sealed class CommandWords
{
    private static readonly string[] PosixShell = { "/bin/sh", "-c" };
    private static readonly string[] WindowsShell = { "cmd", "/S", "/C" };

    public CommandWords(InstructionSyntax instruction, CommandSyntax command, string[]? shell, bool windows)
    {
        Instruction = instruction;
        if (command is ExecFormSyntax exec)
        {
            IsExec = true;
            var items = new string[exec.Items.Count];
            for (int i = 0; i < items.Length; i++) items[i] = exec.Items[i].Text;
            Words = items;
            Argv = items;
        }
        else
        {
            string text = command is ShellFormSyntax s ? s.Value : string.Empty;
            Words = StartCommandResolver.SplitWhitespace(text);
            if (Words.Length == 0)
            {
                Argv = Array.Empty<string>();
            }
            else
            {
                // Docker runs the shell form as the SHELL (default /bin/sh -c, cmd /S /C on Windows) plus the text.
                var sh = shell ?? (windows ? WindowsShell : PosixShell);
                var argv = new string[sh.Length + 1];
                Array.Copy(sh, argv, sh.Length);
                argv[sh.Length] = text;
                Argv = argv;
            }
        }
    }

    public InstructionSyntax Instruction { get; }

    public bool IsExec { get; }

    /// <summary>Exec-form items, or the shell-form text split at whitespace.</summary>
    public string[] Words { get; }

    /// <summary>What Docker executes for this instruction alone (the shell form with its shell).</summary>
    public string[] Argv { get; }
}

/// <summary>
/// Finds the program a start command really runs, looking through wrappers. Used while the model is built (one
/// thread); <c>sh -c</c> scripts are read once each, and looking through wrappers examines a bounded number of words,
/// so stages that inherit a long command cost little.
/// </summary>
internal sealed class StartCommandResolver
{
    private const int WordBudget = 256;

    private readonly SemanticModel _model;
    private readonly Dictionary<object, ScriptPick> _scripts = new(ReferenceEqualityComparer.Instance);

    public StartCommandResolver(SemanticModel model) => _model = model;

    private sealed class ScriptPick
    {
        public ScriptPick(string[] words, string[] wrappers)
        {
            Words = words;
            Wrappers = wrappers;
        }

        public string[] Words { get; }
        public string[] Wrappers { get; }
    }

    // Init processes that run their arguments as the command (s6-overlay's /init is matched by path).
    private static readonly HashSet<string> Inits = new(StringComparer.Ordinal) { "tini", "tini-static", "dumb-init", "catatonit", "docker-init" };

    private static readonly HashSet<string> PosixShells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh" };

    // Shell builtins that end scripts without being what the container is for (`app & wait`, `trap ... ; exec app`).
    private static readonly HashSet<string> Housekeeping = new(StringComparer.Ordinal)
    {
        "wait", "trap", "set", "echo", "printf", "true", "false", "export", "cd", ":", "[", "[[", "test", "source", ".",
        "ulimit", "umask", "unset", "shift", "exit", "mkdir", "chmod", "chown", "cp", "mv", "rm", "ln", "touch", "sed",
    };

    public StartCommand? Resolve(CommandWords? entrypoint, CommandWords? cmd)
    {
        if (entrypoint is null && cmd is null) return null;
        // What Docker executes: an exec-form ENTRYPOINT gets the CMD as arguments; a shell-form one ignores it.
        var head = entrypoint ?? cmd!;
        var tail = entrypoint is { IsExec: true } && cmd is not null ? cmd : null;
        int headLength = head.Argv.Length;
        var cur = new WordSlice(head.Argv, tail?.Argv ?? Array.Empty<string>(), 0);
        InstructionSyntax? scriptOrigin = null; // set once cur holds the words of a script

        var wrappers = new List<string>();
        int i = 0;
        int budget = WordBudget;
        string? program = null;
        var kind = StartCommandKind.None;
        while (i < cur.Count)
        {
            string word = cur[i];
            if (--budget < 0)
            {
                program = word;
                kind = StartCommandKind.Application;
                break;
            }
            string name = StartCommand.NameOf(word).ToLowerInvariant();
            int next;
            if (Inits.Contains(name) || word == "/init")
            {
                next = SkipOptions(cur, i + 1, name is "tini" or "tini-static" ? "elpw" : "", ref budget);
                if (next >= cur.Count)
                {
                    program = word;
                    kind = word == "/init" ? StartCommandKind.Supervisor : StartCommandKind.Application;
                    break;
                }
                wrappers.Add(word == "/init" ? "s6-overlay /init" : name);
                i = next;
                continue;
            }
            if (IsEntrypointScript(name))
            {
                // Without arguments, or with options for the default program (`docker-entrypoint.sh -M`), the script decides.
                if (i + 1 >= cur.Count || cur[i + 1].StartsWith("-", StringComparison.Ordinal))
                {
                    program = word;
                    kind = StartCommandKind.EntrypointScript;
                    break;
                }
                wrappers.Add(StartCommand.NameOf(word));
                i++;
                continue;
            }
            next = SkipUserSwitch(name, cur, i + 1, ref budget);
            if (next < 0 && WrapperCommands.Names.Contains(name))
            {
                next = WrapperCommands.Skip(name, cur, i + 1, new List<int>());
                if (next < 0) next = int.MaxValue; // `command -v`: a lookup, it runs nothing else
            }
            if (next >= 0)
            {
                if (next >= cur.Count)
                {
                    program = word;
                    kind = StartCommandKind.Application;
                    break;
                }
                wrappers.Add(name);
                i = next;
                continue;
            }
            if (PosixShells.Contains(name))
            {
                int j = i + 1;
                bool dashC = false;
                while (j < cur.Count && budget-- > 0)
                {
                    string w = cur[j];
                    if (w == "--") { j++; break; }
                    if (w.Length < 2 || (w[0] != '-' && w[0] != '+')) break;
                    if (w is "-o" or "+o") { j += 2; continue; }
                    if (w[0] == '-' && w[1] != '-' && w.IndexOf('c') > 0) dashC = true;
                    j++;
                }
                if (dashC && j < cur.Count)
                {
                    var pick = Pick(cur[j]);
                    wrappers.Add(name + " -c");
                    wrappers.AddRange(pick.Wrappers);
                    if (pick.Words.Length > 0 && pick.Words[0] is "$@" or "${@}" or "$*" or "${*}")
                    {
                        // sh -c 'exec "$@"' name args...: the program is the first positional argument ($0 is the word after the script).
                        i = j + 2;
                        continue;
                    }
                    scriptOrigin ??= j < headLength ? head.Instruction : tail!.Instruction;
                    cur = new WordSlice(pick.Words, Array.Empty<string>(), 0);
                    i = 0;
                    continue;
                }
                if (!dashC && j < cur.Count)
                {
                    // sh script.sh args: the script is the program.
                    wrappers.Add(name);
                    i = j;
                    continue;
                }
                program = word;
                kind = StartCommandKind.Shell;
                break;
            }
            if (name is "cmd" or "powershell" or "pwsh")
            {
                int script = WindowsScriptStart(name, cur, i + 1, ref budget);
                if (script >= 0 && script < cur.Count)
                {
                    wrappers.Add(name == "cmd" ? "cmd /c" : name + " -Command");
                    scriptOrigin ??= script < headLength ? head.Instruction : tail!.Instruction;
                    cur = new WordSlice(SplitWhitespace(Join(cur, script)), Array.Empty<string>(), 0);
                    i = 0;
                    continue;
                }
                if (script < 0)
                {
                    program = word; // only options (-NoLogo -ExecutionPolicy Bypass): an interactive shell
                    kind = StartCommandKind.Shell;
                    break;
                }
            }
            program = word;
            kind = Classify(name, cur, i);
            break;
        }

        // The instruction that names the program: the ENTRYPOINT unless it only wraps the CMD.
        var instruction = program is null ? head.Instruction
            : scriptOrigin ?? (i < headLength ? head.Instruction : tail!.Instruction);
        var words = ReferenceEquals(instruction, head.Instruction) ? head.Words : tail!.Words;
        IReadOnlyList<string> arguments = program is null ? WordSlice.Empty : cur.From(i + 1);
        return new StartCommand((EntrypointInstruction?)entrypoint?.Instruction, (CmdInstruction?)cmd?.Instruction,
            instruction, _model.StageOf(instruction)!, words, program, arguments, wrappers.ToArray(), kind);
    }

    private static bool IsEntrypointScript(string name)
        => name.IndexOf("entrypoint", StringComparison.Ordinal) >= 0;

    /// <summary>Skips user-switching wrappers (gosu user cmd); -1 when <paramref name="name"/> is not one.</summary>
    private static int SkipUserSwitch(string name, WordSlice words, int i, ref int budget)
    {
        switch (name)
        {
            case "gosu":
            case "su-exec":
            case "s6-setuidgid":
                return i + 1;
            case "chpst":
                return SkipOptions(words, i, "uUenlLmdofcrtp", ref budget);
            case "runuser":
                return SkipOptions(words, i, "ugG", ref budget);
            case "setpriv":
                return SkipOptions(words, i, "", ref budget);
            default:
                return -1;
        }
    }

    /// <summary>Skips options; a short option in <paramref name="withValue"/> takes the next word. Stops after <c>--</c>.</summary>
    private static int SkipOptions(WordSlice words, int i, string withValue, ref int budget)
    {
        while (i < words.Count && budget-- > 0)
        {
            string w = words[i];
            if (w == "--") return i + 1;
            if (w.Length < 2 || w[0] != '-') return i;
            bool takesValue = w.Length == 2 && w[1] != '-' && withValue.IndexOf(w[1]) >= 0;
            i += takesValue ? 2 : 1;
        }
        return i;
    }

    /// <summary>
    /// Where the command starts in <c>cmd /S /C text</c>, <c>powershell -Command text</c>, <c>powershell -File x</c> or
    /// <c>powershell ./start.ps1</c> (the first operand is the command); -1 when there is none (an interactive shell).
    /// </summary>
    private static int WindowsScriptStart(string name, WordSlice words, int i, ref int budget)
    {
        while (i < words.Count && budget-- > 0)
        {
            string w = words[i];
            if (name == "cmd")
            {
                if (w.Equals("/c", StringComparison.OrdinalIgnoreCase) || w.Equals("/k", StringComparison.OrdinalIgnoreCase)) return i + 1;
                if (w.Length == 0 || w[0] != '/') return -1;
            }
            else
            {
                if (w.Equals("-Command", StringComparison.OrdinalIgnoreCase) || w.Equals("-c", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("-File", StringComparison.OrdinalIgnoreCase) || w.Equals("-f", StringComparison.OrdinalIgnoreCase)) return i + 1;
                if (w.Length == 0 || w[0] != '-') return i;
                if (w.Equals("-ExecutionPolicy", StringComparison.OrdinalIgnoreCase) || w.Equals("-InputFormat", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("-OutputFormat", StringComparison.OrdinalIgnoreCase) || w.Equals("-WindowStyle", StringComparison.OrdinalIgnoreCase))
                    i++;
            }
            i++;
        }
        return -1;
    }

    private static string Join(WordSlice words, int start)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = start; k < words.Count; k++)
        {
            if (k > start) sb.Append(' ');
            sb.Append(words[k]);
        }
        return sb.ToString();
    }

    /// <summary>Splits at whitespace; quotes stay as written.</summary>
    internal static string[] SplitWhitespace(string text)
    {
        var words = new List<string>();
        int k = 0;
        while (k < text.Length)
        {
            while (k < text.Length && IsSpace(text[k])) k++;
            int start = k;
            while (k < text.Length && !IsSpace(text[k])) k++;
            if (k > start) words.Add(text.Substring(start, k - start));
        }
        return words.ToArray();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Reads a <c>sh -c</c> script once and picks the command the container is for.</summary>
    private ScriptPick Pick(string script)
    {
        if (_scripts.TryGetValue(script, out var cached)) return cached;
        var commands = ShellScript.Parse(script).Commands;
        ShellCommand? chosen = null, lastTop = null, lastUseful = null;
        int topEnd = -1;
        foreach (var c in commands)
        {
            if (c.Span.Start < topEnd) continue; // inside a command substitution or sh -c of a top-level command
            topEnd = c.Span.Start + c.Span.Length;
            lastTop = c;
            if (!Housekeeping.Contains(c.BaseName)) lastUseful = c;
            if (chosen is null && HasExec(c)) chosen = c;
        }
        chosen ??= lastUseful ?? lastTop;
        ScriptPick pick;
        if (chosen is null)
        {
            pick = new ScriptPick(Array.Empty<string>(), Array.Empty<string>());
        }
        else
        {
            var words = new string[chosen.Arguments.Count + 1];
            words[0] = chosen.Name.Value;
            for (int k = 0; k < chosen.Arguments.Count; k++) words[k + 1] = chosen.Arguments[k].Value;
            var wrappers = new string[chosen.Wrappers.Count];
            for (int k = 0; k < wrappers.Length; k++) wrappers[k] = ShellCommand.GetBaseName(chosen.Wrappers[k].Value);
            pick = new ScriptPick(words, wrappers);
        }
        _scripts[script] = pick;
        return pick;
    }

    private static bool HasExec(ShellCommand c)
    {
        foreach (var w in c.Wrappers)
            if (w.Value == "exec") return true;
        return false;
    }

    // --- What the program does ---

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal)
    {
        "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "fish", "tcsh", "csh", "cmd", "powershell", "pwsh", "nu",
    };

    /// <summary>Interpreters and REPLs that start interactively when given no script.</summary>
    internal static readonly HashSet<string> Interpreters = new(StringComparer.Ordinal)
    {
        "python", "python2", "python3", "pypy", "pypy3", "ipython", "node", "nodejs", "deno", "bun", "irb", "ruby", "jruby",
        "julia", "jshell", "ghci", "iex", "erl", "php", "lua", "luajit", "perl", "r", "scala", "groovysh", "groovy", "clojure",
        "clj", "bb", "lein", "racket", "guile", "ocaml", "utop", "swift", "kotlin", "kotlinc", "elixir", "raku", "rakudo",
        "sbcl", "gore", "tclsh", "octave", "sqlite3", "mongosh", "psql", "mysql", "dotnet", "java", "go", "cargo", "rustc",
        "mvn", "gradle", "gcc", "g++", "clang", "make", "cmake", "npm", "yarn", "pnpm", "pip", "pip3", "conda", "mamba",
    };

    // Of the above, the ones that are compilers or build tools rather than REPLs: started alone they print usage.
    private static readonly HashSet<string> Toolchain = new(StringComparer.Ordinal)
    {
        "dotnet", "java", "go", "cargo", "rustc", "mvn", "gradle", "gcc", "g++", "clang", "make", "cmake", "npm", "yarn",
        "pnpm", "pip", "pip3", "conda", "mamba", "kotlinc",
    };

    private static readonly HashSet<string> VersionWords = new(StringComparer.Ordinal)
    {
        "--version", "-version", "version", "--help", "-help", "help", "--info", "info",
    };

    private static readonly HashSet<string> ShortVersionWords = new(StringComparer.Ordinal) { "-v", "-V", "-h", "-i" };

    private static readonly HashSet<string> Supervisors = new(StringComparer.Ordinal)
    {
        "supervisord", "runsvdir", "s6-svscan", "systemd", "init", "circusd", "my_init",
    };

    private static readonly HashSet<string> TestRunners = new(StringComparer.Ordinal)
    {
        "pytest", "py.test", "tox", "nox", "jest", "mocha", "vitest", "karma", "rspec", "phpunit", "pest", "behave", "robot",
        "cucumber", "cucumber-js", "ctest", "newman", "nosetests", "ginkgo", "gotestsum", "bats",
    };

    private static readonly HashSet<string> TestVerbs = new(StringComparer.Ordinal) { "test", "tests", "check", "verify", "lint", "e2e" };

    private static StartCommandKind Classify(string name, WordSlice argv, int index)
    {
        int argc = argv.Count - index - 1;
        string? a0 = argc > 0 ? argv[index + 1] : null;
        bool optionsOnly = true;
        for (int k = index + 1; k < argv.Count && optionsOnly; k++)
        {
            string w = argv[k];
            optionsOnly = w.Length > 1 && (w[0] == '-' || (w[0] == '/' && name == "cmd"));
        }
        if (name == "sleep" && argc == 1 && IsLongSleep(a0!)) return StartCommandKind.KeepAlive;
        if (name == "tail" && argc >= 2 && argv[argv.Count - 1] == "/dev/null") return StartCommandKind.KeepAlive;
        if (Supervisors.Contains(name)) return StartCommandKind.Supervisor;
        // A subcommand given to an entrypoint script (CMD ["help"], CMD ["repl"]).
        if (index > 0 && VersionWords.Contains(name)) return StartCommandKind.Version;
        if (index > 0 && name is "repl" or "console") return StartCommandKind.Interpreter;
        if (TestRunners.Contains(name)) return StartCommandKind.Tests;
        if (IsTestInvocation(name, argv, index)) return StartCommandKind.Tests;
        if (argc == 1 && (VersionWords.Contains(a0!) || (ShortVersionWords.Contains(a0!) && Interpreters.Contains(name) && a0 != "-i")))
            return StartCommandKind.Version;
        if (Shells.Contains(name) && (argc == 0 || optionsOnly)) return StartCommandKind.Shell;
        if (IsInterpreter(name))
        {
            if (argc == 0) return Toolchain.Contains(name) ? StartCommandKind.Version : StartCommandKind.Interpreter;
            if (optionsOnly && !Toolchain.Contains(name)) return StartCommandKind.Interpreter;
            if (argc == 1 && a0 is "repl" or "console" or "shell" or "-i") return StartCommandKind.Interpreter;
        }
        return StartCommandKind.Application;
    }

    internal static bool IsInterpreter(string name)
    {
        if (Interpreters.Contains(name)) return true;
        // python3.12, pypy3.10, ruby3.2
        int end = name.Length;
        while (end > 0 && (char.IsDigit(name[end - 1]) || name[end - 1] == '.')) end--;
        return end < name.Length && end > 0 && Interpreters.Contains(name.Substring(0, end));
    }

    private static bool IsLongSleep(string arg)
    {
        if (arg is "infinity" or "inf" or "Infinity") return true;
        if (arg.EndsWith("d", StringComparison.Ordinal) || arg.EndsWith("h", StringComparison.Ordinal)) return true;
        return long.TryParse(arg, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long seconds) && seconds >= 3600;
    }

    private static bool IsTestInvocation(string name, WordSlice argv, int index)
    {
        int argc = argv.Count - index - 1;
        if (argc == 0) return false;
        string a0 = argv[index + 1];
        switch (name)
        {
            case "npm":
            case "yarn":
            case "pnpm":
            case "bun":
                if (TestVerbs.Contains(a0) || a0 is "t" or "cit" or "install-test") return true;
                return a0 == "run" && argc >= 2 && IsTestWord(argv[index + 2]);
            case "go":
            case "cargo":
            case "dotnet":
            case "mvn":
            case "mvnw":
            case "gradle":
            case "gradlew":
            case "mix":
            case "sbt":
            case "swift":
            case "deno":
            case "make":
            case "rake":
            case "lein":
            case "tox":
                for (int k = index + 1; k < argv.Count && k < index + 8; k++)
                    if (TestVerbs.Contains(argv[k])) return true;
                return false;
            case "python":
            case "python3":
                return a0 == "-m" && argc >= 2 && argv[index + 2] is "pytest" or "unittest" or "tox" or "nose";
            case "bundle":
                return a0 == "exec" && argc >= 2 && (TestRunners.Contains(argv[index + 2]) || argv[index + 2] == "rake" && argc >= 3 && TestVerbs.Contains(argv[index + 3]));
            default:
                return false;
        }
    }

    private static bool IsTestWord(string script)
    {
        foreach (var token in script.Split(':', '-', '_', '.'))
            if (TestVerbs.Contains(token)) return true;
        return false;
    }
}
