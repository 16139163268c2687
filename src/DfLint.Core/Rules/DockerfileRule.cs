using System.Linq;
using DfLint.Syntax;

namespace DfLint.Rules;

/// <summary>A rule that looks at the whole file. Rules are stateless singletons: keep fold state in local variables.</summary>
public abstract class DockerfileRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}

/// <summary>A rule that checks one kind of instruction at a time (ONBUILD triggers are not visited: they run elsewhere).</summary>
public abstract class InstructionRule<TInstruction> : DockerfileRule where TInstruction : InstructionSyntax
{
    public sealed override void Analyze(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions.OfType<TInstruction>())
            Analyze(instruction, context);
    }

    protected abstract void Analyze(TInstruction instruction, RuleContext context);
}
