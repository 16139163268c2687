using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Semantics;
using DfLint.Syntax;

namespace DfLint.Rules.Runtime;

/// <summary>The final image runs as root: no USER (also none inherited from a parent stage), or the last USER is root/0.</summary>
public sealed class DF401RunAsNonRoot : FileRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DF401", "Run the final stage as a non-root user",
        "The final image runs as '{user}'; switch to a non-root user with USER",
        RuleCategory.Runtime, Severity.Warning,
        equivalents: new[] { RuleEquivalent.Hadolint("DL3002", "last USER root, in every stage; a missing USER is not reported"), RuleEquivalent.Trivy("DS002"), RuleEquivalent.Checkov("CKV_DOCKER_3", "no USER at all"), RuleEquivalent.Checkov("CKV_DOCKER_8", "last USER is `root`") },
        tags: new[] { "security" });

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null) return;
        var root = final.Root;
        if (IsWindows(root.BaseImage.Resolved) || context.Syntax.EscapeToken == '`') return;
        var user = final.User;
        if (!user.IsRoot) return;
        // Without any USER, some images are root by design: base images that start a shell or interpreter, images whose
        // entrypoint switches user (gosu, su-exec), servers that drop privileges themselves. An explicit USER root is
        // always reported.
        if (user.Instruction is null && (IsInteractiveBaseImage(final) || DropsPrivilegesAtRuntime(context.Model, final))) return;
        if (user.Instruction is { Value: { } value })
        {
            context.Report(value.Span, new MessageArgs { { "user", user.Name } });
        }
        else
        {
            var from = final.From;
            var span = from.Words.Count > 0 ? from.Words[0].Span : from.Keyword.Span;
            context.Report(span, new MessageArgs { { "user", "root" } });
        }
    }

    // A final CMD that is only a shell or interpreter (CMD ["python3"], CMD ["bash"]) marks a base image meant to be
    // built upon, whose users set their own USER.
    private static readonly HashSet<string> Interactive = new(StringComparer.Ordinal)
    {
        "sh", "bash", "ash", "dash", "zsh", "python", "python2", "python3", "pypy", "pypy3", "node", "irb", "ruby", "julia",
        "jshell", "ghci", "iex", "erl", "php", "pwsh", "powershell", "lua", "perl", "R", "scala", "groovysh", "clojure", "bb",
    };

    // Servers whose master process starts as root and hands work to an unprivileged user by design.
    private static readonly HashSet<string> SelfDropping = new(StringComparer.Ordinal)
    {
        "php-fpm", "apache2-foreground", "httpd-foreground", "httpd", "apache2", "apache2ctl", "nginx", "haproxy", "sshd",
    };

    // Tools an entrypoint uses to switch to an unprivileged user at run time.
    private static readonly string[] DropTools = { "gosu", "su-exec", "setpriv", "runuser", "s6-setuidgid", "chpst" };

    /// <summary>
    /// The program the image starts: the ENTRYPOINT, or the CMD when there is no ENTRYPOINT or the ENTRYPOINT is only a
    /// wrapper (<c>docker-entrypoint.sh</c>, tini, dumb-init) that runs the CMD. Null when the Dockerfile sets neither.
    /// </summary>
    private static IReadOnlyList<string>? StartCommand(Stage final)
    {
        IReadOnlyList<string>? entry = null, cmd = null;
        for (var s = final; s is not null && (entry is null || cmd is null); s = s.Parent)
        {
            if (entry is null && s.Instructions.OfType<EntrypointInstruction>().LastOrDefault() is { } e) entry = Words(e.Command);
            if (cmd is null && s.Instructions.OfType<CmdInstruction>().LastOrDefault() is { } c) cmd = Words(c.Command);
        }
        if (entry is { Count: > 0 } && !IsWrapper(BaseName(entry[0]))) return entry;
        return cmd ?? entry;
    }

    private static bool IsWrapper(string exe)
        => exe.IndexOf("entrypoint", StringComparison.OrdinalIgnoreCase) >= 0 || exe is "tini" or "dumb-init" or "tini-static";

    // Plain OS and toolchain images: a Dockerfile on top of them that starts nothing is itself a base image.
    private static readonly HashSet<string> BaseOs = new(StringComparer.Ordinal)
    {
        "debian", "ubuntu", "alpine", "buildpack-deps", "centos", "fedora", "rockylinux", "almalinux", "oraclelinux",
        "amazonlinux", "busybox", "archlinux", "opensuse/leap", "opensuse/tumbleweed", "photon", "clearlinux",
    };

    private static IReadOnlyList<string> Words(CommandSyntax command) => command switch
    {
        ExecFormSyntax exec => exec.Items.Select(t => t.Text).ToList(),
        ShellFormSyntax shell => shell.Value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries),
        _ => Array.Empty<string>(),
    };

    private static string BaseName(string path) => path.Substring(path.LastIndexOf('/') + 1);

    private static bool IsInteractiveBaseImage(Stage final)
    {
        var words = StartCommand(final);
        if (words is null)
        {
            var root = final.Root;
            if (root.BaseImage.Repository is not { } repo) return false;
            string name = KnownImages.NormalizeRepository(repo);
            string tag = root.BaseImage.Tag ?? "";
            // The start command is inherited: from an OS or toolchain image (a base image), or from a server image whose
            // default command drops privileges itself (php-fpm, Apache httpd, nginx).
            return BaseOs.Contains(name) || KnownImages.IsToolchain(root.BaseImage)
                || name is "httpd" or "nginx" or "wordpress" or "drupal" or "joomla"
                || (name == "php" && (tag.Contains("fpm") || tag.Contains("apache")));
        }
        if (words.Count == 0) return false;
        string exe = BaseName(words[0]);
        if (SelfDropping.Contains(exe)) return true;
        return Interactive.Contains(exe) && (words.Count == 1 || (words.Count == 2 && words[1] is "-a" or "-i" or "--login" or "-l"));
    }

    private static bool DropsPrivilegesAtRuntime(SemanticModel model, Stage final)
    {
        var start = StartCommand(final);
        if (start is not null && start.Any(w => DropTools.Contains(BaseName(w)))) return true;
        for (var s = final; s is not null; s = s.Parent)
            foreach (var run in s.Instructions.OfType<RunInstruction>())
                foreach (var c in model.CommandsOf(run))
                    if (DropTools.Contains(c.BaseName) || c.Arguments.Any(a => DropTools.Any(t => a.Value == t || a.Value.EndsWith("/" + t, StringComparison.Ordinal))))
                        return true;
        return false;
    }

    private static bool IsWindows(string? image)
        => image is not null && (image.IndexOf("windows", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("servercore", StringComparison.OrdinalIgnoreCase) >= 0);
}
