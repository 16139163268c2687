using System.Linq;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Rules.Run;

/// <summary><c>apk add</c> without <c>--no-cache</c> in a layer of the final image.</summary>
public sealed class DF205ApkNoCache : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF205", "Use --no-cache with apk add",
        "'{command}' keeps the apk index in the layer; add '--no-cache'",
        RuleCategory.Run, Severity.Info,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3019"), RuleEquivalent.Binnacle("apkAddUseNoCache"), RuleEquivalent.Trivy("DS025") },
        tags: new[] { "size" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(RuleRegistration registration) => registration.OnCommand(ShellTool.Apk, Analyze);

    private static void Analyze(CommandSite site, RuleContext context)
    {
        var add = site.Command;
        if (!add.IsSystemPackageInstall) return;
        // --no-network installs from packages already on disk: nothing is downloaded, nothing is cached.
        if (add.HasFlag("--no-cache") || add.HasFlag("--no-network")) return;
        if (site.Stage is not { IsInFinalImage: true }) return;
        if (RuleHelpers.HasCacheMount(site.Run, "/var/cache/apk", "/etc/apk/cache")) return;
        var commands = site.RunCommands.All;
        bool removesCache = commands.Any(c => c.BaseName == "rm" && c.Arguments.Any(a => a.Value.StartsWith("/var/cache/apk", System.StringComparison.Ordinal)))
            || commands.Any(c => c.BaseName == "apk" && c.Arguments.Any(a => a.Value == "cache") && c.Arguments.Any(a => a.Value is "clean" or "purge"));
        if (removesCache) return;
        var report = context.Report(site.Span, new MessageArgs { { "command", site.Text } });
        // Safe: the same packages are installed; only the index is not kept.
        if (RuleHelpers.InsertAfterCommand(context, add, "--no-cache") is { } edit)
            report.WithFix("Add '--no-cache'", FixSafety.Safe, edit);
    }
}
