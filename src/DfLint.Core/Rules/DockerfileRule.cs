using System;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>
/// A rule: a descriptor and the things it looks at. <see cref="Initialize"/> registers handlers once (instructions by type,
/// recognised shell commands by tool and subcommand, stages, the whole file at the end); <see cref="Linting.Linter"/>
/// walks the semantic model once per file and calls them. Rules are stateless singletons: a handler keeps what it
/// needs for one file in local variables, or asks the semantic model (which is per file).
/// </summary>
public abstract class DockerfileRule
{
    private RuleRegistration? _registration;
    private readonly object _gate = new();

    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Registers the rule's handlers. Called once per rule instance, before its first file.</summary>
    public abstract void Initialize(RuleRegistration registration);

    /// <summary>The handlers <see cref="Initialize"/> registered (built on first use, then shared).</summary>
    internal RuleRegistration Registration
    {
        get
        {
            if (_registration is { } r) return r;
            lock (_gate)
            {
                if (_registration is null)
                {
                    var registration = new RuleRegistration(this);
                    Initialize(registration);
                    registration.Seal();
                    _registration = registration;
                }
                return _registration;
            }
        }
    }
}

/// <summary>A rule that checks one kind of instruction at a time (ONBUILD triggers are not visited: they run elsewhere).</summary>
public abstract class InstructionRule<TInstruction> : DockerfileRule where TInstruction : InstructionSyntax
{
    public sealed override void Initialize(RuleRegistration registration) => registration.OnInstruction<TInstruction>(Analyze);

    protected abstract void Analyze(TInstruction instruction, RuleContext context);
}

/// <summary>A rule that looks at the whole file once, after the walk (cross-stage checks, file-level facts).</summary>
public abstract class FileRule : DockerfileRule
{
    public sealed override void Initialize(RuleRegistration registration) => registration.OnFileEnd(Analyze);

    public abstract void Analyze(RuleContext context);
}
