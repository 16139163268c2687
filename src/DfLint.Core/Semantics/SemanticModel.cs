using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Linting;
using DfLint.Parsing.Grammar;
using DfLint.Parsing.Shell;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Semantics;

/// <summary>
/// What a Dockerfile means: its stages, which one is final and what it depends on, the ARG/ENV values in scope at each
/// instruction (expanded with BuildKit's rules), who each stage runs as, and what each RUN executes. Immutable once
/// built, so rules can share it across threads.
/// </summary>
public sealed class SemanticModel
{
    /// <summary>ARGs BuildKit defines in the global scope; their values depend on the build machine, so they are unknown.</summary>
    public static readonly IReadOnlyCollection<string> PlatformArgs = new[]
    {
        "BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH", "BUILDVARIANT",
        "TARGETPLATFORM", "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
    };

    private readonly Dictionary<InstructionSyntax, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InstructionSyntax, Stage> _stageOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<RunInstruction, RunCommands> _runs = new(ReferenceEqualityComparer.Instance);
    private readonly LintOptions _options;
    // Stages by lower-case name, in file order (a name can repeat; the last one before a point wins).
    private readonly Dictionary<string, List<Stage>> _stagesByName = new(StringComparer.Ordinal);

    private SemanticModel(DockerfileSyntax syntax, LintOptions options, BuildContext context)
    {
        Syntax = syntax;
        _options = options;
        BuildContext = context;
    }

    public DockerfileSyntax Syntax { get; }
    public BuildContext BuildContext { get; }

    /// <summary>ARG instructions before the first FROM.</summary>
    public IReadOnlyList<ArgInstruction> GlobalArgs { get; private set; } = Array.Empty<ArgInstruction>();

    public IReadOnlyList<Stage> Stages { get; private set; } = Array.Empty<Stage>();

    /// <summary>The stage that is built: the <c>--target</c> stage when given and found, else the last one.</summary>
    public Stage? FinalStage { get; private set; }

    /// <summary>The global scope (after all global ARGs): known values, and names declared without a known value.</summary>
    internal Scope GlobalScope { get; private set; } = Scope.Empty;

    public static SemanticModel Create(DockerfileSyntax syntax, LintOptions? options = null, BuildContext? context = null)
    {
        var model = new SemanticModel(syntax, options ?? LintOptions.Default, context ?? BuildContext.Unknown);
        model.Build();
        return model;
    }

    public Stage? StageOf(InstructionSyntax instruction) => _stageOf.TryGetValue(instruction, out var s) ? s : null;

    /// <summary>Finds a stage by name (case-insensitive) or index, as <c>COPY --from</c> and <c>FROM</c> do.</summary>
    public Stage? FindStage(string nameOrIndex, int beforeIndex = int.MaxValue)
    {
        if (int.TryParse(nameOrIndex, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
            return index < Stages.Count && index < beforeIndex ? Stages[index] : null;
        return LastNamed(nameOrIndex.ToLowerInvariant(), beforeIndex);
    }

    private Stage? LastNamed(string lowerName, int beforeIndex)
    {
        if (!_stagesByName.TryGetValue(lowerName, out var list)) return null;
        for (int i = list.Count - 1; i >= 0; i--)
            if (list[i].Index < beforeIndex) return list[i];
        return null;
    }

    /// <summary>Expands a word with the ARG/ENV values in scope just before an instruction; null when a value is unknown.</summary>
    public string? Expand(string word, InstructionSyntax at)
        => Expand(word, _scopes.TryGetValue(at, out var scope) ? scope : GlobalScope);

    /// <summary>True when the variable is declared (ARG or ENV) in scope before the instruction.</summary>
    public bool IsDeclared(string name, InstructionSyntax at)
        => (_scopes.TryGetValue(at, out var scope) ? scope : GlobalScope).IsDeclared(name);

    /// <summary>The known value of a variable before an instruction (null when unset or unknown).</summary>
    public string? ValueOf(string name, InstructionSyntax at)
        => (_scopes.TryGetValue(at, out var scope) ? scope : GlobalScope).Known.TryGetValue(name, out var v) ? v : null;

    /// <summary>What a RUN executes: its scripts, every simple command, and the recognised ones. Computed once per RUN.</summary>
    public RunCommands Commands(RunInstruction run)
    {
        lock (_runs)
        {
            if (_runs.TryGetValue(run, out var cached)) return cached;
        }
        var commands = new RunCommands(BuildScripts(run));
        lock (_runs)
        {
            if (_runs.TryGetValue(run, out var other)) return other;
            _runs[run] = commands;
        }
        return commands;
    }

    /// <summary>The shell scripts a RUN executes: its shell-form command, its shell heredoc bodies, or <c>sh -c</c> of the exec form.</summary>
    public IReadOnlyList<ShellScript> ScriptsOf(RunInstruction run) => Commands(run).Scripts;

    /// <summary>Every simple command a RUN executes, in order.</summary>
    public IReadOnlyList<ShellCommand> CommandsOf(RunInstruction run) => Commands(run).All;

    /// <summary>Every recognised command of a RUN, in order.</summary>
    public IReadOnlyList<RecognizedCommand> RecognizedCommandsOf(RunInstruction run) => Commands(run).Recognized;

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh" };

    private static IReadOnlyList<ShellScript> BuildScripts(RunInstruction run)
    {
        var list = new List<ShellScript>();
        switch (run.Command)
        {
            case ShellFormSyntax shell:
            {
                var main = ShellScript.Parse(shell.Text);
                list.Add(main);
                foreach (var h in run.Heredocs)
                {
                    bool bodyIsScript = main.Commands.Count == 0 || main.Commands.Any(c => Shells.Contains(c.BaseName))
                        || shell.Value.Trim().StartsWith("<<", StringComparison.Ordinal) || char.IsDigit(shell.Value.TrimStart()[0]);
                    var body = h.Content.Text;
                    if (body.StartsWith("#!", StringComparison.Ordinal))
                    {
                        var firstLine = body.Split('\n')[0];
                        bodyIsScript = Shells.Any(s => firstLine.EndsWith("/" + s, StringComparison.Ordinal) || firstLine.EndsWith(" " + s, StringComparison.Ordinal));
                    }
                    if (bodyIsScript) list.Add(ShellScript.Parse(h.Content));
                }
                break;
            }
            case ExecFormSyntax exec when exec.Items.Count > 0:
            {
                var items = exec.Items;
                string first = items[0].Text;
                int slash = first.LastIndexOf('/');
                string baseName = slash >= 0 ? first.Substring(slash + 1) : first;
                if (Shells.Contains(baseName) && items.Count >= 3 && items[1].Text == "-c")
                {
                    var script = items[2];
                    bool exact = script.Span.Length == script.Text.Length + 2;
                    list.Add(ShellScript.Parse(exact ? MappedText.Contiguous(script.Text, script.Span.Start + 1)
                        : new MappedText(script.Text, new[] { 0 }, new[] { script.Span.Start })));
                }
                else
                {
                    // An exec-form command: quote each item so the shell model sees the same words.
                    var joined = string.Join(" ", items.Select(i => "'" + i.Text.Replace("'", "'\\''") + "'"));
                    list.Add(ShellScript.Parse(new MappedText(joined, new[] { 0 }, new[] { exec.Span.Start })));
                }
                break;
            }
        }
        return list;
    }

    private void Build()
    {
        var globalArgs = new List<ArgInstruction>();
        var scope = Scope.Empty;
        foreach (var p in PlatformArgs) scope = scope.WithUnknown(p);
        var stageInstructions = new List<(FromInstruction From, List<InstructionSyntax> Body)>();
        foreach (var instruction in Syntax.Instructions)
        {
            if (instruction is FromInstruction from)
            {
                stageInstructions.Add((from, new List<InstructionSyntax>()));
                continue;
            }
            if (stageInstructions.Count == 0)
            {
                _scopes[instruction] = scope;
                if (instruction is ArgInstruction arg)
                {
                    globalArgs.Add(arg);
                    scope = DeclareArgs(arg, scope, inherited: null);
                }
                continue;
            }
            stageInstructions[stageInstructions.Count - 1].Body.Add(instruction);
        }
        GlobalArgs = globalArgs;
        GlobalScope = scope;

        var stages = new List<Stage>();
        foreach (var (from, body) in stageInstructions)
        {
            var stage = new Stage(stages.Count, from, body);
            _stageOf[from] = stage;
            _scopes[from] = GlobalScope;
            stage.BaseImage = ResolveBase(from, stage.Index);
            stages.Add(stage);
            if (stage.Name is { } name)
            {
                if (!_stagesByName.TryGetValue(name, out var named)) _stagesByName[name] = named = new List<Stage>();
                named.Add(stage);
            }
            foreach (var i in body) _stageOf[i] = stage;
        }
        Stages = stages;

        // Scopes inside stages: the parent stage's ENV carries over, ARGs do not.
        var endScopes = new Dictionary<Stage, Scope>();
        foreach (var stage in stages)
        {
            var s = stage.Parent is { } parent && endScopes.TryGetValue(parent, out var ps) ? ps.EnvOnly() : Scope.Empty;
            foreach (var i in stage.Instructions)
            {
                _scopes[i] = s;
                switch (i)
                {
                    case ArgInstruction arg:
                        s = DeclareArgs(arg, s, GlobalScope);
                        break;
                    case EnvInstruction env:
                    {
                        var before = s;
                        foreach (var pair in env.Pairs)
                        {
                            var value = Expand(pair.Value.Text, before);
                            s = value is null ? s.WithUnknown(pair.Key.Text, isEnv: true) : s.With(pair.Key.Text, value, isEnv: true);
                        }
                        break;
                    }
                }
            }
            endScopes[stage] = s;
        }

        FinalStage = (_options.Target is { Length: > 0 } target ? FindStage(target) : null) ?? (stages.Count > 0 ? stages[stages.Count - 1] : null);
        ComputeDependencies();
        ComputeUsers();
        ImageRoleClassifier.Classify(this);
    }

    private Scope DeclareArgs(ArgInstruction arg, Scope scope, Scope? inherited)
    {
        var before = scope;
        foreach (var d in arg.Declarations)
        {
            string name = d.Name.Text;
            if (_options.BuildArgs.TryGetValue(name, out var buildArg))
            {
                scope = scope.With(name, buildArg, isEnv: false);
            }
            else if (d.DefaultValue is { } dv)
            {
                var value = Expand(dv.Text, before);
                scope = value is null ? scope.WithUnknown(name) : scope.With(name, value, isEnv: false);
            }
            else if (inherited is not null && inherited.Known.TryGetValue(name, out var globalValue))
            {
                scope = scope.With(name, globalValue, isEnv: false);
            }
            else
            {
                scope = scope.WithUnknown(name);
            }
        }
        return scope;
    }

    private BaseImage ResolveBase(FromInstruction from, int index)
    {
        var word = from.Words.Count > 0 ? from.Words[0] : null;
        if (word is null) return new BaseImage(string.Empty, null, null, null, false);
        string? resolved = Expand(word.Text, GlobalScope);
        if (resolved is null) return new BaseImage(word.Text, null, null, null, false);
        string lower = resolved.ToLowerInvariant();
        var stage = LastNamed(lower, index);
        if (stage is not null) return new BaseImage(word.Text, resolved, null, stage, false);
        if (lower == "scratch") return new BaseImage(word.Text, resolved, null, null, true);
        if (resolved.Length == 0) return new BaseImage(word.Text, null, null, null, false);
        var reference = ImageReferenceParser.Parse(resolved, word.Span, exact: resolved == word.Text && word.Span.Length == word.Text.Length);
        return new BaseImage(word.Text, resolved, reference, null, false);
    }

    private void ComputeDependencies()
    {
        foreach (var stage in Stages)
        {
            var deps = new List<Stage>();
            void Add(Stage d) { if (!deps.Contains(d)) deps.Add(d); }
            if (stage.Parent is { } p) Add(p);
            foreach (var i in stage.Instructions)
            {
                if (i is CopyInstruction { From.Value: { } fromValue } && FindStage(fromValue.Text, stage.Index) is { } src) Add(src);
                if (i is RunInstruction run)
                    foreach (var m in run.Mounts)
                        if (m.Get("from") is { } mf && FindStage(mf, stage.Index) is { } ms) Add(ms);
            }
            stage.Dependencies = deps.ToArray();
        }
        if (FinalStage is null) return;
        FinalStage.IsFinal = true;
        for (var s = FinalStage; s is not null; s = s.Parent) s.IsInFinalImage = true;
        var stack = new Stack<Stage>();
        stack.Push(FinalStage);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (s.IsReachable) continue;
            s.IsReachable = true;
            foreach (var d in s.Dependencies) stack.Push(d);
        }
    }

    private void ComputeUsers()
    {
        foreach (var stage in Stages)
        {
            EffectiveUser user = stage.Parent is { } parent
                ? parent.User
                : new EffectiveUser(KnownImages.DefaultUser(stage.BaseImage), null, null, IsKnown: stage.BaseImage.IsImage || stage.BaseImage.IsScratch);
            foreach (var u in stage.Instructions.OfType<UserInstruction>())
            {
                if (u.Value is null) continue;
                var value = Expand(u.Value.Text, u);
                user = new EffectiveUser(value, u, stage, IsKnown: value is not null);
            }
            stage.User = user;
        }
    }

    /// <summary>
    /// Expands a word as BuildKit does. A reference to a variable whose value is unknown (an ARG without a default, a
    /// platform ARG) makes the result unknown (null), unless the reference supplies its own default (<c>${X:-1.0}</c>).
    /// </summary>
    internal string? Expand(string word, Scope scope)
    {
        // BuildKit expands with the file's escape token (a backtick in Windows Dockerfiles keeps C:\path intact).
        char escape = Syntax.EscapeToken;
        if (word.IndexOf('$') < 0) return Unquote(word, escape);
        foreach (var r in VariableReferences.Find(word, escape))
            if (DependsOnUnknown(r, scope)) return null;
        var result = new ShellLexer(escape).ProcessWord(word, scope.Known);
        return result.Succeeded ? result.Value : null;
    }

    private static bool DependsOnUnknown(VariableReference r, Scope scope)
    {
        bool known = scope.Known.ContainsKey(r.Name);
        if (!known)
        {
            bool hasDefault = r.Modifier is "-" or ":-" or "+" or ":+";
            if (!hasDefault && (scope.Unknown.Contains(r.Name) || !scope.IsDeclared(r.Name))) return true;
        }
        foreach (var n in r.Nested)
            if (DependsOnUnknown(n, scope)) return true;
        return false;
    }

    private static string Unquote(string word, char escape)
    {
        if (word.IndexOf('"') < 0 && word.IndexOf('\'') < 0 && word.IndexOf(escape) < 0) return word;
        var r = new ShellLexer(escape).ProcessWord(word, Scope.Empty.Known);
        return r.Succeeded ? r.Value : word;
    }
}

/// <summary>Variables in scope: known values, and names declared whose value cannot be known.</summary>
internal sealed class Scope
{
    public static readonly Scope Empty = new(new Dictionary<string, string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    private Scope(Dictionary<string, string> known, HashSet<string> unknown, HashSet<string> env)
    {
        Known = known;
        Unknown = unknown;
        Env = env;
    }

    public IReadOnlyDictionary<string, string> Known { get; }
    public IReadOnlyCollection<string> Unknown { get; }
    private HashSet<string> Env { get; }

    public bool IsDeclared(string name) => Known.ContainsKey(name) || Unknown.Contains(name);

    public Scope With(string name, string value, bool isEnv)
    {
        var known = new Dictionary<string, string>((Dictionary<string, string>)Known, StringComparer.Ordinal) { [name] = value };
        var unknown = new HashSet<string>(Unknown, StringComparer.Ordinal);
        unknown.Remove(name);
        var env = new HashSet<string>(Env, StringComparer.Ordinal);
        if (isEnv) env.Add(name);
        return new Scope(known, unknown, env);
    }

    public Scope WithUnknown(string name, bool isEnv = false)
    {
        var known = new Dictionary<string, string>((Dictionary<string, string>)Known, StringComparer.Ordinal);
        known.Remove(name);
        var unknown = new HashSet<string>(Unknown, StringComparer.Ordinal) { name };
        var env = new HashSet<string>(Env, StringComparer.Ordinal);
        if (isEnv) env.Add(name);
        return new Scope(known, unknown, env);
    }

    /// <summary>Only the ENV variables: what a child stage inherits.</summary>
    public Scope EnvOnly()
    {
        var known = ((Dictionary<string, string>)Known).Where(kv => Env.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var unknown = new HashSet<string>(Unknown.Where(Env.Contains), StringComparer.Ordinal);
        return new Scope(known, unknown, new HashSet<string>(Env, StringComparer.Ordinal));
    }
}

/// <summary>Reference equality for syntax nodes (records compare by value, which is both slow and wrong here).</summary>
internal sealed class ReferenceEqualityComparer : IEqualityComparer<object>
{
    public static readonly ReferenceEqualityComparer Instance = new();
    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);
    public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
