namespace DfLint.Rules;

/// <summary>A rule that looks at the whole file. Rules are stateless singletons.</summary>
public abstract class DockerfileRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}
