using System;
using System.Collections;
using System.Collections.Generic;
using DfLint.Syntax;

namespace DfLint.Semantics;

/// <summary>What the program a container starts with is, as far as the Dockerfile tells.</summary>
public enum StartCommandKind
{
    /// <summary>No program could be found (<c>CMD []</c>, <c>tini --</c> with nothing after it).</summary>
    None,

    /// <summary>An application or a tool (<c>dotnet App.dll</c>, <c>/app/server</c>, <c>npm start</c>, <c>java -jar app.jar</c>).</summary>
    Application,

    /// <summary>Only a shell (<c>bash</c>, <c>sh -l</c>, <c>cmd</c>, <c>powershell</c>).</summary>
    Shell,

    /// <summary>Only an interpreter or a REPL, without a script (<c>python3</c>, <c>node</c>, <c>irb</c>, <c>jshell</c>).</summary>
    Interpreter,

    /// <summary>Only prints a version or usage (<c>node --version</c>, <c>go version</c>, <c>dotnet --info</c>).</summary>
    Version,

    /// <summary>Only keeps the container alive (<c>sleep infinity</c>, <c>tail -f /dev/null</c>).</summary>
    KeepAlive,

    /// <summary>Runs tests (<c>npm test</c>, <c>pytest</c>, <c>go test ./...</c>).</summary>
    Tests,

    /// <summary>A process supervisor or init that starts services (<c>supervisord</c>, s6-overlay's <c>/init</c>, systemd).</summary>
    Supervisor,

    /// <summary>An entrypoint script with nothing for it to run (<c>ENTRYPOINT ["/entrypoint.sh"]</c> without CMD).</summary>
    EntrypointScript,
}

/// <summary>
/// The command a stage's image starts: the effective ENTRYPOINT and CMD (inherited through parent stages, with
/// BuildKit's rule that an ENTRYPOINT clears a CMD not set in the same stage), and the program that really runs once
/// wrappers are looked through: init processes (<c>tini</c>, <c>dumb-init</c>, s6-overlay's <c>/init</c>), entrypoint
/// scripts that run their arguments (<c>docker-entrypoint.sh</c>), user switchers (<c>gosu</c>, <c>su-exec</c>),
/// <c>exec</c>/<c>env</c>, and <c>sh -c</c> scripts (shell form included). Immutable.
/// </summary>
/// <remarks>
/// Only what the Dockerfile sets is known: a stage that sets neither ENTRYPOINT nor CMD (nor inherits one from a
/// parent stage) has no start command, although its base image may have one.
/// </remarks>
public sealed class StartCommand
{
    internal StartCommand(EntrypointInstruction? entrypoint, CmdInstruction? cmd, InstructionSyntax instruction, Stage definedIn,
        IReadOnlyList<string> words, string? program, IReadOnlyList<string> programArguments, IReadOnlyList<string> wrappers,
        StartCommandKind kind)
    {
        Entrypoint = entrypoint;
        Cmd = cmd;
        Instruction = instruction;
        DefinedIn = definedIn;
        Words = words;
        Program = program;
        ProgramArguments = programArguments;
        Wrappers = wrappers;
        Kind = kind;
    }

    /// <summary>The effective ENTRYPOINT, or null.</summary>
    public EntrypointInstruction? Entrypoint { get; }

    /// <summary>
    /// The effective CMD, or null (also when an ENTRYPOINT cleared an inherited CMD). A shell-form ENTRYPOINT ignores it.
    /// </summary>
    public CmdInstruction? Cmd { get; }

    /// <summary>
    /// The instruction that names <see cref="Program"/>: the ENTRYPOINT, or the CMD when there is no ENTRYPOINT or the
    /// ENTRYPOINT only wraps the CMD (<c>ENTRYPOINT ["tini", "--"]</c>).
    /// </summary>
    public InstructionSyntax Instruction { get; }

    /// <summary>The stage <see cref="Instruction"/> is written in (a parent stage when inherited).</summary>
    public Stage DefinedIn { get; }

    /// <summary>ENTRYPOINT or CMD, after <see cref="Instruction"/>.</summary>
    public string InstructionName => Instruction.Name;

    /// <summary>True when <see cref="Instruction"/> is in exec (JSON) form.</summary>
    public bool IsExecForm => Instruction switch
    {
        CmdInstruction c => c.Command is ExecFormSyntax,
        EntrypointInstruction e => e.Command is ExecFormSyntax,
        _ => false,
    };

    /// <summary>
    /// The words of <see cref="Instruction"/>: the exec-form items, or the shell-form text split at whitespace (quotes kept).
    /// </summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The program that really runs, as written (<c>/usr/bin/dotnet</c>, <c>./server</c>); null when there is none.</summary>
    public string? Program { get; }

    /// <summary><see cref="Program"/> without its directory and without <c>.exe</c> (<c>dotnet</c>, <c>server</c>); null when there is none.</summary>
    public string? ProgramName => Program is null ? null : NameOf(Program);

    /// <summary>The words after <see cref="Program"/>.</summary>
    public IReadOnlyList<string> ProgramArguments { get; }

    /// <summary>
    /// The wrappers looked through to find <see cref="Program"/>, outermost first: <c>tini</c>, <c>docker-entrypoint.sh</c>,
    /// <c>gosu</c>, <c>sh -c</c>, <c>exec</c>, ...
    /// </summary>
    public IReadOnlyList<string> Wrappers { get; }

    public StartCommandKind Kind { get; }

    /// <summary>True when the container would start only a shell, an interpreter, or print a version.</summary>
    public bool StartsNothing => Kind is StartCommandKind.Shell or StartCommandKind.Interpreter or StartCommandKind.Version or StartCommandKind.None;

    /// <summary>True when a wrapper with this base name was looked through (<c>HasWrapper("gosu")</c>).</summary>
    public bool HasWrapper(string name)
    {
        foreach (var w in Wrappers)
            if (string.Equals(w, name, StringComparison.Ordinal) || w.StartsWith(name + " ", StringComparison.Ordinal)) return true;
        return false;
    }

    public override string ToString()
    {
        string text = InstructionName + " starts " + (Program is null ? "nothing" : "'" + ProgramName + "'");
        return Wrappers.Count == 0 ? text : text + " through " + string.Join(", ", Wrappers);
    }

    /// <summary>A program word without its directory (either slash) and without a trailing <c>.exe</c>.</summary>
    internal static string NameOf(string word)
    {
        int cut = Math.Max(word.LastIndexOf('/'), word.LastIndexOf('\\'));
        string name = cut >= 0 ? word.Substring(cut + 1) : word;
        if (name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 4);
        return name;
    }
}

/// <summary>
/// A read-only view of two word arrays joined (ENTRYPOINT then CMD), from an offset, so that stages that inherit a
/// command share its words instead of copying them.
/// </summary>
internal sealed class WordSlice : IReadOnlyList<string>
{
    public static readonly WordSlice Empty = new(Array.Empty<string>(), Array.Empty<string>(), 0);

    private readonly string[] _first;
    private readonly string[] _second;
    private readonly int _start;

    public WordSlice(string[] first, string[] second, int start)
    {
        _first = first;
        _second = second;
        _start = Math.Min(Math.Max(start, 0), first.Length + second.Length);
    }

    public int Count => _first.Length + _second.Length - _start;

    /// <summary>The same words from <paramref name="index"/> on (relative to this view).</summary>
    public WordSlice From(int index) => new(_first, _second, _start + index);

    public string this[int index]
    {
        get
        {
            if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index));
            int i = _start + index;
            return i < _first.Length ? _first[i] : _second[i - _first.Length];
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = _start; i < _first.Length + _second.Length; i++) yield return i < _first.Length ? _first[i] : _second[i - _first.Length];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
