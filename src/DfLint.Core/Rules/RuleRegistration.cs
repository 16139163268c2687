using System;
using System.Collections.Generic;
using DfLint.Semantics;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>
/// What a rule subscribes to. <see cref="Linting.Linter"/> walks the file once, in order, and for each instruction calls
/// the stage handlers (at a FROM), the instruction handlers, then the command handlers for every recognised command of
/// a RUN; the file-end handlers run last.
/// </summary>
public sealed class RuleRegistration
{
    private readonly List<InstructionSubscription> _instructions = new();
    private readonly List<CommandSubscription> _commands = new();
    private readonly List<Action<Stage, RuleContext>> _stages = new();
    private readonly List<Action<RuleContext>> _fileEnd = new();
    private bool _sealed;

    internal RuleRegistration(DockerfileRule rule) => Rule = rule;

    internal DockerfileRule Rule { get; }

    internal IReadOnlyList<InstructionSubscription> Instructions => _instructions;

    internal IReadOnlyList<CommandSubscription> Commands => _commands;

    internal IReadOnlyList<Action<Stage, RuleContext>> Stages => _stages;

    internal IReadOnlyList<Action<RuleContext>> FileEnd => _fileEnd;

    /// <summary>Calls <paramref name="handler"/> for every instruction of type <typeparamref name="T"/> (a base type such as <see cref="FileTransferInstruction"/> works too).</summary>
    public void OnInstruction<T>(Action<T, RuleContext> handler) where T : InstructionSyntax
    {
        Check(handler);
        _instructions.Add(new InstructionSubscription(typeof(T), (i, c) => handler((T)i, c)));
    }

    /// <summary>Calls <paramref name="handler"/> for every recognised command of a tool, optionally only one subcommand (<c>install</c>, <c>mod download</c>).</summary>
    public void OnCommand(ShellTool tool, string? subcommand, Action<CommandSite, RuleContext> handler)
    {
        Check(handler);
        _commands.Add(new CommandSubscription(true, tool, subcommand, CommandTraits.None, handler));
    }

    /// <summary>Calls <paramref name="handler"/> for every recognised command of a tool.</summary>
    public void OnCommand(ShellTool tool, Action<CommandSite, RuleContext> handler) => OnCommand(tool, null, handler);

    /// <summary>Calls <paramref name="handler"/> for every recognised command that has all of <paramref name="traits"/> (e.g. <see cref="CommandTraits.SystemPackageInstall"/>).</summary>
    public void OnCommand(CommandTraits traits, Action<CommandSite, RuleContext> handler)
    {
        Check(handler);
        if (traits == CommandTraits.None) throw new ArgumentException("name at least one trait", nameof(traits));
        _commands.Add(new CommandSubscription(false, default, null, traits, handler));
    }

    /// <summary>Calls <paramref name="handler"/> for each build stage, when the walk reaches its FROM.</summary>
    public void OnStage(Action<Stage, RuleContext> handler)
    {
        Check(handler);
        _stages.Add(handler);
    }

    /// <summary>Calls <paramref name="handler"/> once, after the whole file was walked.</summary>
    public void OnFileEnd(Action<RuleContext> handler)
    {
        Check(handler);
        _fileEnd.Add(handler);
    }

    internal void Seal() => _sealed = true;

    private void Check(object handler)
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        if (_sealed) throw new InvalidOperationException("Handlers are registered in Initialize only.");
    }
}

/// <summary>An instruction handler and the instruction type it wants.</summary>
internal sealed class InstructionSubscription
{
    public InstructionSubscription(Type type, Action<InstructionSyntax, RuleContext> handler)
    {
        Type = type;
        Handler = handler;
    }

    public Type Type { get; }

    public Action<InstructionSyntax, RuleContext> Handler { get; }
}

/// <summary>A command handler and what it matches: a tool (and subcommand), or traits.</summary>
internal sealed class CommandSubscription
{
    // (bool, ShellTool) rather than ShellTool?: Nullable<T> over our own enum would be JIT-compiled at every start.
    public CommandSubscription(bool hasTool, ShellTool tool, string? subcommand, CommandTraits traits, Action<CommandSite, RuleContext> handler)
    {
        HasTool = hasTool;
        Tool = tool;
        Subcommand = subcommand;
        Traits = traits;
        Handler = handler;
    }

    public bool HasTool { get; }

    public ShellTool Tool { get; }

    public string? Subcommand { get; }

    public CommandTraits Traits { get; }

    public Action<CommandSite, RuleContext> Handler { get; }

    public bool Matches(RecognizedCommand command)
    {
        if (HasTool)
            return command.Tool == Tool && (Subcommand is null || string.Equals(command.Subcommand, Subcommand, StringComparison.Ordinal));
        return command.Has(Traits);
    }
}

/// <summary>Where a recognised command runs: the command, its RUN, its stage, and every command of that RUN.</summary>
public sealed class CommandSite
{
    internal CommandSite(RecognizedCommand command, RunInstruction run, Stage? stage, RunCommands runCommands)
    {
        Command = command;
        Run = run;
        Stage = stage;
        RunCommands = runCommands;
    }

    public RecognizedCommand Command { get; }

    public RunInstruction Run { get; }

    /// <summary>The stage of the RUN (null only for a RUN before any FROM, which BuildKit rejects).</summary>
    public Stage? Stage { get; }

    /// <summary>Every command of the same RUN, recognised or not.</summary>
    public RunCommands RunCommands { get; }

    /// <summary>The span of the command's name and subcommand words (<c>apt-get install</c>): where rules report.</summary>
    public SourceSpan Span => RuleHelpers.CommandSpan(Command);

    /// <summary>How the command reads in a message: <c>apt-get install</c>.</summary>
    public string Text => RuleHelpers.CommandText(Command);
}
