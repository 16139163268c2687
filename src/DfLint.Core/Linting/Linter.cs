using System;
using System.Collections.Generic;
using System.Threading;
using DfLint.Parsing;
using DfLint.Rules;
using DfLint.Semantics;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Linting;

/// <summary>Text in, findings out. Pure: no file system, console, environment or clock.</summary>
/// <remarks>
/// One walk over the semantic model dispatches to the handlers the active rules registered (see
/// <see cref="RuleRegistration"/>). Each rule is isolated: a handler that throws ends that rule for the file and becomes
/// one internal-error finding; the other rules carry on. Plain loops and arrays here rather than LINQ over tuples:
/// every generic instantiation over a value type is JIT-compiled at start-up (ReadyToRun cannot precompile it), and
/// start-up is what a pre-commit hook feels.
/// </remarks>
public static class Linter
{
    public static LintResult Lint(string text, LintOptions? options = null, BuildContext? context = null,
        IReadOnlyList<DockerfileRule>? rules = null, CancellationToken cancellationToken = default)
    {
        options ??= LintOptions.Default;
        context ??= BuildContext.Unknown;
        rules ??= RuleRegistry.All;
        var syntax = DockerfileParser.Parse(text);
        cancellationToken.ThrowIfCancellationRequested();
        var model = SemanticModel.Create(syntax, options, context);
        var suppressions = Suppressions.From(syntax);

        var active = new List<ActiveRule>(rules.Count);
        foreach (var r in rules)
        {
            var configured = options.SeverityOf(r.Descriptor);
            if (configured == ConfiguredSeverity.None) continue;
            active.Add(new ActiveRule(r, (Severity)configured, new RuleContext(r.Descriptor, model, options, cancellationToken)));
        }

        Walk(syntax, model, active, cancellationToken);

        var findings = new List<Finding>();
        foreach (var rule in active) Collect(rule, suppressions, findings);
        findings.Sort((a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length);
        });
        return new LintResult(syntax.Source, findings, syntax);
    }

    private static void Walk(DockerfileSyntax syntax, SemanticModel model, List<ActiveRule> active, CancellationToken ct)
    {
        var byType = new Dictionary<Type, List<BoundInstruction>>();
        var stageHandlers = new List<BoundStage>();
        var commandHandlers = new List<BoundCommand>();
        var fileEnd = new List<BoundFileEnd>();
        var instructionSubscriptions = new List<BoundInstruction>();
        foreach (var rule in active)
        {
            var registration = rule.Rule.Registration;
            foreach (var s in registration.Instructions) instructionSubscriptions.Add(new BoundInstruction(rule, s));
            foreach (var s in registration.Stages) stageHandlers.Add(new BoundStage(rule, s));
            foreach (var s in registration.Commands) commandHandlers.Add(new BoundCommand(rule, s));
            foreach (var s in registration.FileEnd) fileEnd.Add(new BoundFileEnd(rule, s));
        }

        foreach (var instruction in syntax.Instructions)
        {
            ct.ThrowIfCancellationRequested();
            if (stageHandlers.Count > 0 && instruction is FromInstruction from && model.StageOf(from) is { } stage)
                foreach (var h in stageHandlers)
                    if (!h.Rule.Failed) Invoke(h.Rule, h, stage, ct);

            var type = instruction.GetType();
            if (!byType.TryGetValue(type, out var handlers))
            {
                handlers = new List<BoundInstruction>();
                foreach (var s in instructionSubscriptions)
                    if (s.Subscription.Type.IsAssignableFrom(type)) handlers.Add(s);
                byType[type] = handlers;
            }
            foreach (var h in handlers)
                if (!h.Rule.Failed) Invoke(h.Rule, h, instruction, ct);

            if (commandHandlers.Count > 0 && instruction is RunInstruction run)
            {
                var commands = model.Commands(run);
                if (commands.Recognized.Count == 0) continue;
                var runStage = model.StageOf(run);
                foreach (var command in commands.Recognized)
                {
                    CommandSite? site = null;
                    foreach (var h in commandHandlers)
                    {
                        if (h.Rule.Failed || !h.Subscription.Matches(command)) continue;
                        site ??= new CommandSite(command, run, runStage, commands);
                        Invoke(h.Rule, h, site, ct);
                    }
                }
            }
        }

        foreach (var h in fileEnd)
            if (!h.Rule.Failed) Invoke(h.Rule, h, null, ct);
    }

    private static void Invoke(ActiveRule rule, Bound handler, object? target, CancellationToken ct)
    {
        try
        {
            handler.Invoke(target, rule.Context);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            rule.Failed = true;
            rule.Error = ex;
        }
    }

    private static void Collect(ActiveRule rule, Suppressions suppressions, List<Finding> findings)
    {
        var descriptor = rule.Rule.Descriptor;
        if (rule.Error is { } ex)
        {
            findings.Add(new Finding(descriptor,
                $"internal error in rule {descriptor.Id}, please report it: {ex.GetType().Name}: {FirstLine(ex.Message)}",
                new SourceSpan(0, 0), rule.Severity));
            return;
        }
        // Once per place. The key is a string, not a (start, length, message) tuple: see the note on value types above.
        HashSet<string>? seen = null;
        foreach (var report in rule.Context.Reports)
        {
            var span = report.Span;
            if (suppressions.IsSuppressed(descriptor.Id, span)) continue;
            if (rule.Context.Reports.Count > 1 && !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(PlaceKey(span, report.Message))) continue;
            findings.Add(new Finding(descriptor, report.Message, span, rule.Severity) { Fixes = report.Fixes });
        }
    }

    private static string PlaceKey(SourceSpan span, string message)
        => span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + message;

    private static string FirstLine(string s)
    {
        int nl = s.IndexOfAny(new[] { '\r', '\n' });
        return nl < 0 ? s : s.Substring(0, nl);
    }

    private sealed class ActiveRule
    {
        public ActiveRule(DockerfileRule rule, Severity severity, RuleContext context)
        {
            Rule = rule;
            Severity = severity;
            Context = context;
        }

        public DockerfileRule Rule { get; }
        public Severity Severity { get; }
        public RuleContext Context { get; }
        public bool Failed { get; set; }
        public Exception? Error { get; set; }
    }

    private abstract class Bound
    {
        protected Bound(ActiveRule rule) => Rule = rule;

        public ActiveRule Rule { get; }

        public abstract void Invoke(object? target, RuleContext context);
    }

    private sealed class BoundInstruction : Bound
    {
        public BoundInstruction(ActiveRule rule, InstructionSubscription subscription) : base(rule) => Subscription = subscription;

        public InstructionSubscription Subscription { get; }

        public override void Invoke(object? target, RuleContext context) => Subscription.Handler((InstructionSyntax)target!, context);
    }

    private sealed class BoundStage : Bound
    {
        private readonly Action<Stage, RuleContext> _handler;

        public BoundStage(ActiveRule rule, Action<Stage, RuleContext> handler) : base(rule) => _handler = handler;

        public override void Invoke(object? target, RuleContext context) => _handler((Stage)target!, context);
    }

    private sealed class BoundCommand : Bound
    {
        public BoundCommand(ActiveRule rule, CommandSubscription subscription) : base(rule) => Subscription = subscription;

        public CommandSubscription Subscription { get; }

        public override void Invoke(object? target, RuleContext context) => Subscription.Handler((CommandSite)target!, context);
    }

    private sealed class BoundFileEnd : Bound
    {
        private readonly Action<RuleContext> _handler;

        public BoundFileEnd(ActiveRule rule, Action<RuleContext> handler) : base(rule) => _handler = handler;

        public override void Invoke(object? target, RuleContext context) => _handler(context);
    }
}
