using System;
using System.Collections.Generic;

namespace DfLint.Semantics.Shell;

/// <summary>
/// Recognizes package managers and build tools in shell commands, so rules can ask "is this <c>apt-get install</c>
/// without <c>--no-install-recommends</c>?" or "is this a build step?" without parsing arguments themselves.
/// </summary>
/// <remarks>
/// Commands are matched on their name without the directory (<c>/usr/bin/pip3</c>, <c>./gradlew</c>).
/// Variables are not expanded: <c>$PIP install x</c> is not recognized.
/// </remarks>
public static class CommandRecognizer
{
    private static readonly ShellOptionSpec AptSpec = new("oct", new[] { "option", "config-file", "target-release", "default-release" });

    private static readonly ShellOptionSpec ApkSpec = new("tXp", new[]
    {
        "virtual", "repository", "root", "keys-dir", "arch", "cache-dir", "repositories-file", "cache-max-age", "timeout",
    });

    private static readonly ShellOptionSpec YumSpec = new("cxdeR", new[]
    {
        "config", "exclude", "enablerepo", "disablerepo", "installroot", "releasever", "repo", "repoid", "setopt",
        "downloaddir", "destdir", "forcearch", "rpmverbosity", "color", "debuglevel", "errorlevel", "disableplugin",
        "enableplugin", "comment",
    });

    private static readonly ShellOptionSpec ZypperSpec = new("RDCcrt", new[]
    {
        "root", "reposd-dir", "cache-dir", "config", "repo", "type", "from", "userdata", "solver-focus",
    });

    private static readonly ShellOptionSpec PipSpec = new("rcefitC", new[]
    {
        "requirement", "constraint", "editable", "find-links", "index-url", "extra-index-url", "target", "prefix", "root",
        "python-version", "platform", "implementation", "abi", "src", "upgrade-strategy", "progress-bar", "trusted-host",
        "cache-dir", "log", "proxy", "retries", "timeout", "exists-action", "cert", "client-cert", "global-option",
        "config-settings", "no-binary", "only-binary", "python", "report", "use-feature", "use-deprecated", "group",
    });

    private static readonly ShellOptionSpec PoetrySpec = new("EC", new[] { "with", "without", "only", "extras", "directory", "project", "group" });

    private static readonly ShellOptionSpec NpmSpec = new("wC", new[]
    {
        "prefix", "registry", "omit", "include", "workspace", "cache", "userconfig", "tag", "loglevel", "install-strategy",
    });

    private static readonly ShellOptionSpec YarnSpec = new("", new[]
    {
        "cwd", "modules-folder", "cache-folder", "network-timeout", "mutex", "registry", "link-folder", "global-folder",
    });

    private static readonly ShellOptionSpec PnpmSpec = new("FC", new[] { "filter", "dir", "store-dir", "virtual-store-dir", "reporter", "workspace-concurrency" });

    private static readonly ShellOptionSpec GemSpec = new("vinsP", new[] { "version", "install-dir", "bindir", "source", "platform", "trust-policy" });

    private static readonly ShellOptionSpec BundlerSpec = new("j", new[] { "path", "jobs", "retry", "without", "with", "gemfile" });

    private static readonly ShellOptionSpec ComposerSpec = new("d", new[] { "working-dir" });

    private static readonly ShellOptionSpec GoSpec = new("", new[]
    {
        "o", "ldflags", "gcflags", "asmflags", "gccgoflags", "tags", "p", "C", "mod", "modfile", "pkgdir", "buildmode",
        "installsuffix", "overlay", "pgo", "toolexec", "exec", "compiler", "covermode", "coverpkg",
    }, allSingleDashLong: true);

    private static readonly ShellOptionSpec DotnetSpec = new("cofrvpsa", new[]
    {
        "configuration", "output", "runtime", "framework", "verbosity", "source", "arch", "os", "packages",
        "version-suffix", "property", "project", "configfile", "tool-path",
    });

    private static readonly string[] MavenSingleDash =
    {
        "gs", "gt", "pl", "rf", "am", "amd", "fae", "ff", "fn", "nsu", "ntp", "llr", "npr", "npu", "cpu", "up", "emp", "ep",
    };

    private static readonly ShellOptionSpec MavenSpec = new("fsPDTlbt", new[]
    {
        "file", "settings", "global-settings", "projects", "resume-from", "threads", "activate-profiles", "define",
        "log-file", "builder", "toolchains", "global-toolchains", "gs", "gt", "pl", "rf",
    }, MavenSingleDash);

    private static readonly ShellOptionSpec GradleSpec = new("pbcgxDPI", new[]
    {
        "project-dir", "build-file", "settings-file", "gradle-user-home", "exclude-task", "init-script", "console",
        "warning-mode", "max-workers", "priority", "project-cache-dir", "include-build", "system-prop", "project-prop",
        "dependency-verification",
    });

    private static readonly ShellOptionSpec CargoSpec = new("pjFZ", new[]
    {
        "package", "jobs", "features", "target", "target-dir", "manifest-path", "profile", "bin", "example", "test",
        "bench", "color", "config", "root", "version", "git", "branch", "tag", "rev", "path", "registry", "index",
        "lockfile-path", "message-format", "recipe-path",
    });

    private static readonly ShellOptionSpec MakeSpec = new("CfIoW", new[]
    {
        "directory", "file", "makefile", "include-dir", "old-file", "assume-old", "what-if", "new-file", "assume-new",
    });

    private static readonly HashSet<string> YarnCommands = new(StringComparer.Ordinal)
    {
        "add", "audit", "autoclean", "bin", "cache", "check", "config", "constraints", "create", "dedupe", "dlx", "exec",
        "explain", "generate-lock-entry", "global", "help", "import", "info", "init", "install", "licenses", "link",
        "list", "login", "logout", "node", "npm", "outdated", "owner", "pack", "patch", "plugin", "policies", "publish",
        "rebuild", "remove", "run", "search", "set", "stage", "tag", "team", "unlink", "unplug", "up", "upgrade",
        "upgrade-interactive", "version", "versions", "why", "workspace", "workspaces",
    };

    private static readonly HashSet<string> PnpmCommands = new(StringComparer.Ordinal)
    {
        "add", "i", "install", "install-test", "it", "fetch", "update", "up", "upgrade", "remove", "rm", "uninstall",
        "un", "link", "ln", "unlink", "import", "rebuild", "rb", "prune", "dedupe", "run", "run-script", "test", "t",
        "exec", "dlx", "create", "start", "store", "list", "ls", "outdated", "why", "audit", "licenses", "pack",
        "publish", "root", "bin", "config", "c", "setup", "env", "deploy", "patch", "patch-commit", "server", "init",
        "doctor", "help",
    };

    private static readonly HashSet<string> MavenBuildPhases = new(StringComparer.Ordinal)
    {
        "compile", "test-compile", "package", "verify", "install", "deploy",
    };

    private static readonly HashSet<string> GradleBuildTasks = new(StringComparer.Ordinal)
    {
        "build", "assemble", "jar", "war", "bootJar", "bootWar", "shadowJar", "installDist", "distZip", "distTar",
        "compileJava", "compileKotlin", "classes", "nativeCompile", "bootDistZip", "bootDistTar", "installBootDist",
    };

    private static readonly HashSet<string> GradleDependencyTasks = new(StringComparer.Ordinal)
    {
        "dependencies", "downloadDependencies", "resolveDependencies", "androidDependencies",
    };

    private static readonly HashSet<string> MakeNonBuildTargets = new(StringComparer.Ordinal) { "clean", "distclean", "mrproper", "help" };

    /// <summary>Classifies a command, or returns null when it is not a known tool.</summary>
    public static RecognizedCommand? Recognize(ShellCommand command)
    {
        string name = command.BaseName;
        switch (name)
        {
            case "apt-get": return Apt(command, ShellTool.AptGet);
            case "apt": return Apt(command, ShellTool.Apt);
            case "aptitude": return Apt(command, ShellTool.Aptitude);
            case "apk": return Apk(command);
            case "yum": return Yum(command, ShellTool.Yum);
            case "dnf": return Yum(command, ShellTool.Dnf);
            case "microdnf": return Yum(command, ShellTool.Microdnf);
            case "zypper": return Zypper(command);
            case "poetry": return Poetry(command);
            case "npm": return Npm(command);
            case "yarn": return Yarn(command);
            case "pnpm": return Pnpm(command);
            case "gem": return Gem(command);
            case "bundle": case "bundler": return Bundler(command);
            case "composer": case "composer.phar": return Composer(command);
            case "go": return Go(command);
            case "dotnet": return Dotnet(command);
            case "mvn": case "mvnw": case "mvnd": return Maven(command);
            case "gradle": case "gradlew": return Gradle(command);
            case "cargo": return Cargo(command);
            case "make": case "gmake": return Make(command);
        }
        if (IsVersioned(name, "pip")) return Pip(command, 0);
        if (IsVersioned(name, "python"))
        {
            int module = PythonModulePip(command);
            if (module >= 0) return Pip(command, module);
        }
        return null;
    }

    /// <summary>Classifies every command of a script that is a known tool, in order.</summary>
    public static IReadOnlyList<RecognizedCommand> RecognizeAll(ShellScript script)
    {
        var result = new List<RecognizedCommand>();
        foreach (var command in script.Commands)
        {
            var recognized = Recognize(command);
            if (recognized != null) result.Add(recognized);
        }
        return result;
    }

    /// <summary>
    /// Whether the command removes the apt package lists: <c>rm</c> with an operand that is <c>/var/lib/apt/lists</c>
    /// followed only by slashes and globs (<c>/var/lib/apt/lists/*</c>, <c>/var/lib/apt/lists/</c>, ...).
    /// </summary>
    public static bool IsAptListsCleanup(ShellCommand command)
    {
        if (command.BaseName != "rm") return false;
        const string lists = "/var/lib/apt/lists";
        foreach (var operand in command.GetOperands())
        {
            string v = operand.Value;
            if (!v.StartsWith(lists, StringComparison.Ordinal)) continue;
            bool onlyGlobs = true;
            for (int i = lists.Length; i < v.Length; i++)
            {
                if (v[i] != '/' && v[i] != '*') onlyGlobs = false;
            }
            if (onlyGlobs) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- OS package managers

    private static RecognizedCommand Apt(ShellCommand command, ShellTool tool)
    {
        var (sub, rest) = Split(command, AptSpec);
        var traits = sub switch
        {
            "update" => CommandTraits.PackageIndexUpdate,
            "install" or "reinstall" => CommandTraits.SystemPackageInstall,
            "upgrade" or "dist-upgrade" or "full-upgrade" => CommandTraits.SystemUpgrade,
            "clean" or "autoclean" => CommandTraits.CacheCleanup,
            _ => CommandTraits.None,
        };
        bool named = sub is "install" or "reinstall" or "remove" or "purge" or "build-dep" or "source" or "download" or "autoremove";
        return Result(tool, sub, named ? rest : Empty, command, AptSpec, traits, named ? Empty : rest);
    }

    private static RecognizedCommand Apk(ShellCommand command)
    {
        var (sub, rest) = Split(command, ApkSpec);
        bool updateCache = command.HasFlag("-U", ApkSpec) || command.HasFlag("--update-cache", ApkSpec);
        var traits = sub switch
        {
            "add" => CommandTraits.SystemPackageInstall,
            "update" => CommandTraits.PackageIndexUpdate,
            "upgrade" => CommandTraits.SystemUpgrade,
            "cache" when rest.Count > 0 && rest[0].Value is "clean" or "purge" => CommandTraits.CacheCleanup,
            _ => CommandTraits.None,
        };
        if (updateCache && sub is "add" or "upgrade") traits |= CommandTraits.PackageIndexUpdate;
        bool named = sub is "add" or "del" or "fix";
        return Result(ShellTool.Apk, sub, named ? rest : Empty, command, ApkSpec, traits, named ? Empty : rest);
    }

    private static RecognizedCommand Yum(ShellCommand command, ShellTool tool)
    {
        var (sub, rest) = Split(command, YumSpec);
        if (sub is "module" or "group" or "groups" && rest.Count > 0)
        {
            sub = sub + " " + rest[0].Value.ToLowerInvariant();
            rest = Skip(rest, 1);
        }
        var traits = sub switch
        {
            "install" or "reinstall" or "localinstall" or "groupinstall" or "module install" or "group install" or "groups install"
                => CommandTraits.SystemPackageInstall,
            "update" or "upgrade" or "distro-sync" or "dist-upgrade" or "update-minimal" or "upgrade-minimal" => CommandTraits.SystemUpgrade,
            "makecache" => CommandTraits.PackageIndexUpdate,
            "clean" => CommandTraits.CacheCleanup,
            _ => CommandTraits.None,
        };
        bool named = traits == CommandTraits.SystemPackageInstall || sub is "remove" or "erase" or "autoremove" or "downgrade";
        return Result(tool, sub, named ? rest : Empty, command, YumSpec, traits, named ? Empty : rest);
    }

    private static RecognizedCommand Zypper(ShellCommand command)
    {
        var (sub, rest) = Split(command, ZypperSpec);
        sub = sub switch
        {
            "in" => "install",
            "rm" => "remove",
            "ref" => "refresh",
            "up" => "update",
            "dup" => "dist-upgrade",
            "cc" => "clean",
            _ => sub,
        };
        var traits = sub switch
        {
            "install" => CommandTraits.SystemPackageInstall,
            "refresh" => CommandTraits.PackageIndexUpdate,
            "update" or "dist-upgrade" or "patch" => CommandTraits.SystemUpgrade,
            "clean" => CommandTraits.CacheCleanup,
            _ => CommandTraits.None,
        };
        bool named = sub is "install" or "remove";
        return Result(ShellTool.Zypper, sub, named ? rest : Empty, command, ZypperSpec, traits, named ? Empty : rest);
    }

    // ---------------------------------------------------------------- language package managers

    /// <summary><c>pip install</c>, or <c>python -m pip install</c> when <paramref name="start"/> is the argument after <c>pip</c>.</summary>
    private static RecognizedCommand Pip(ShellCommand command, int start)
    {
        var (sub, rest) = Split(command, PipSpec, start);
        var traits = CommandTraits.None;
        var packages = Empty;
        if (sub == "install")
        {
            packages = rest;
            traits = CommandTraits.DependencyInstall;
            bool fromFiles = command.HasFlag("-r", PipSpec) || command.HasFlag("--requirement", PipSpec);
            bool editable = command.HasFlag("-e", PipSpec) || command.HasFlag("--editable", PipSpec);
            if (packages.Count == 0 && fromFiles && !editable) traits |= CommandTraits.ManifestOnly;
        }
        else if (sub is "uninstall" or "download")
        {
            packages = rest;
        }
        else if (sub == "cache" && rest.Count > 0 && rest[0].Value is "purge" or "remove")
        {
            traits = CommandTraits.CacheCleanup;
        }
        return Result(ShellTool.Pip, sub, packages, command, PipSpec, traits, sub is "install" or "uninstall" or "download" ? Empty : rest);
    }

    private static RecognizedCommand Poetry(ShellCommand command)
    {
        var (sub, rest) = Split(command, PoetrySpec);
        var traits = sub switch
        {
            "install" or "sync" => CommandTraits.DependencyInstall | CommandTraits.ManifestOnly,
            "add" => CommandTraits.DependencyInstall,
            "build" => CommandTraits.Build,
            _ => CommandTraits.None,
        };
        bool named = sub is "add" or "remove";
        return Result(ShellTool.Poetry, sub, named ? rest : Empty, command, PoetrySpec, traits, named ? Empty : rest);
    }

    private static RecognizedCommand Npm(ShellCommand command)
    {
        var (sub, rest) = Split(command, NpmSpec);
        sub = sub switch
        {
            "i" or "in" or "ins" or "inst" or "insta" or "instal" or "isnt" or "isnta" or "isntal" or "isntall" or "add" => "install",
            "clean-install" or "ic" or "install-clean" or "isntall-clean" => "ci",
            "run-script" or "rum" or "urn" => "run",
            _ => sub,
        };
        switch (sub)
        {
            case "install":
                return Result(ShellTool.Npm, sub, rest, command, NpmSpec,
                    CommandTraits.DependencyInstall | (rest.Count == 0 ? CommandTraits.ManifestOnly : CommandTraits.None), Empty);
            case "ci":
                return Result(ShellTool.Npm, sub, Empty, command, NpmSpec, CommandTraits.DependencyInstall | CommandTraits.ManifestOnly, rest);
            case "run":
                return Script(ShellTool.Npm, rest, command, NpmSpec);
            case "cache" when rest.Count > 0 && rest[0].Value is "clean" or "rm" or "clear":
                return Result(ShellTool.Npm, sub, Empty, command, NpmSpec, CommandTraits.CacheCleanup, rest);
            case "uninstall" or "remove" or "rm" or "un" or "update" or "up":
                return Result(ShellTool.Npm, sub, rest, command, NpmSpec, CommandTraits.None, Empty);
            default:
                return Result(ShellTool.Npm, sub, Empty, command, NpmSpec, CommandTraits.None, rest);
        }
    }

    private static RecognizedCommand Yarn(ShellCommand command)
    {
        var (sub, rest) = Split(command, YarnSpec);
        if (sub.Length == 0) sub = "install";
        if (sub == "global" && rest.Count > 0)
        {
            sub = "global " + rest[0].Value.ToLowerInvariant();
            rest = Skip(rest, 1);
        }
        switch (sub)
        {
            case "install":
                return Result(ShellTool.Yarn, sub, Empty, command, YarnSpec, CommandTraits.DependencyInstall | CommandTraits.ManifestOnly, rest);
            case "add":
            case "global add":
                return Result(ShellTool.Yarn, sub, rest, command, YarnSpec, CommandTraits.DependencyInstall, Empty);
            case "remove":
                return Result(ShellTool.Yarn, sub, rest, command, YarnSpec, CommandTraits.None, Empty);
            case "run":
                return Script(ShellTool.Yarn, rest, command, YarnSpec);
            case "cache" when rest.Count > 0 && rest[0].Value == "clean":
                return Result(ShellTool.Yarn, sub, Empty, command, YarnSpec, CommandTraits.CacheCleanup, rest);
        }
        if (!YarnCommands.Contains(sub)) return Script(ShellTool.Yarn, Operands(command, YarnSpec), command, YarnSpec); // yarn build
        return Result(ShellTool.Yarn, sub, Empty, command, YarnSpec, CommandTraits.None, rest);
    }

    private static RecognizedCommand Pnpm(ShellCommand command)
    {
        var (sub, rest) = Split(command, PnpmSpec);
        switch (sub)
        {
            case "install":
            case "i":
                return Result(ShellTool.Pnpm, "install", Empty, command, PnpmSpec,
                    CommandTraits.DependencyInstall | (rest.Count == 0 ? CommandTraits.ManifestOnly : CommandTraits.None), rest);
            case "fetch":
                return Result(ShellTool.Pnpm, sub, Empty, command, PnpmSpec, CommandTraits.DependencyInstall | CommandTraits.ManifestOnly, rest);
            case "add":
                return Result(ShellTool.Pnpm, sub, rest, command, PnpmSpec, CommandTraits.DependencyInstall, Empty);
            case "run":
            case "run-script":
                return Script(ShellTool.Pnpm, rest, command, PnpmSpec);
            case "store" when rest.Count > 0 && rest[0].Value == "prune":
                return Result(ShellTool.Pnpm, sub, Empty, command, PnpmSpec, CommandTraits.CacheCleanup, rest);
        }
        if (sub.Length > 0 && !PnpmCommands.Contains(sub)) return Script(ShellTool.Pnpm, Operands(command, PnpmSpec), command, PnpmSpec);
        return Result(ShellTool.Pnpm, sub, Empty, command, PnpmSpec, CommandTraits.None, rest);
    }

    private static RecognizedCommand Gem(ShellCommand command)
    {
        var (sub, rest) = Split(command, GemSpec);
        if (sub == "i") sub = "install";
        bool install = sub == "install";
        bool named = install || sub is "uninstall" or "update";
        return Result(ShellTool.Gem, sub, named ? rest : Empty, command, GemSpec,
            install ? CommandTraits.DependencyInstall : CommandTraits.None, named ? Empty : rest);
    }

    private static RecognizedCommand Bundler(ShellCommand command)
    {
        var (sub, rest) = Split(command, BundlerSpec);
        if (sub.Length == 0) sub = "install";
        var traits = sub == "install" ? CommandTraits.DependencyInstall | CommandTraits.ManifestOnly : CommandTraits.None;
        return Result(ShellTool.Bundler, sub, Empty, command, BundlerSpec, traits, rest);
    }

    private static RecognizedCommand Composer(ShellCommand command)
    {
        var (sub, rest) = Split(command, ComposerSpec);
        sub = sub switch
        {
            "i" => "install",
            "u" or "upgrade" => "update",
            "clearcache" or "cc" => "clear-cache",
            _ => sub,
        };
        var traits = sub switch
        {
            "install" => CommandTraits.DependencyInstall | CommandTraits.ManifestOnly,
            "require" or "update" => CommandTraits.DependencyInstall,
            "clear-cache" => CommandTraits.CacheCleanup,
            _ => CommandTraits.None,
        };
        bool named = sub is "require" or "update" or "remove";
        return Result(ShellTool.Composer, sub, named ? rest : Empty, command, ComposerSpec, traits, named ? Empty : rest);
    }

    // ---------------------------------------------------------------- build tools

    private static RecognizedCommand Go(ShellCommand command)
    {
        var (sub, rest) = Split(command, GoSpec);
        if (sub == "mod" && rest.Count > 0)
        {
            sub = "mod " + rest[0].Value;
            rest = Skip(rest, 1);
        }
        switch (sub)
        {
            case "build":
                return Result(ShellTool.Go, sub, Empty, command, GoSpec, CommandTraits.Build, rest);
            case "install":
                return Result(ShellTool.Go, sub, rest, command, GoSpec, CommandTraits.Build, Empty);
            case "get":
                return Result(ShellTool.Go, sub, rest, command, GoSpec, CommandTraits.DependencyInstall, Empty);
            case "mod download":
                return Result(ShellTool.Go, sub, rest, command, GoSpec, CommandTraits.DependencyInstall | CommandTraits.ManifestOnly, Empty);
            case "clean" when command.HasFlag("-modcache", GoSpec) || command.HasFlag("-cache", GoSpec):
                return Result(ShellTool.Go, sub, Empty, command, GoSpec, CommandTraits.CacheCleanup, rest);
            default:
                return Result(ShellTool.Go, sub, Empty, command, GoSpec, CommandTraits.None, rest);
        }
    }

    private static RecognizedCommand Dotnet(ShellCommand command)
    {
        var (sub, rest) = Split(command, DotnetSpec);
        if (sub == "tool" && rest.Count > 0)
        {
            sub = "tool " + rest[0].Value.ToLowerInvariant();
            rest = Skip(rest, 1);
        }
        var traits = sub switch
        {
            "restore" => CommandTraits.DependencyInstall | CommandTraits.ManifestOnly,
            "build" or "publish" or "pack" or "msbuild" => CommandTraits.Build,
            "tool install" => CommandTraits.DependencyInstall,
            _ => CommandTraits.None,
        };
        bool named = sub == "tool install";
        return Result(ShellTool.Dotnet, sub, named ? rest : Empty, command, DotnetSpec, traits, named ? Empty : rest);
    }

    private static RecognizedCommand Maven(ShellCommand command)
    {
        var goals = Operands(command, MavenSpec);
        var traits = CommandTraits.None;
        foreach (var goal in goals)
        {
            string g = goal.Value;
            if (MavenBuildPhases.Contains(g)) traits |= CommandTraits.Build;
            if (g.EndsWith(":go-offline", StringComparison.Ordinal) || g.EndsWith(":resolve", StringComparison.Ordinal)
                || g.EndsWith(":resolve-plugins", StringComparison.Ordinal))
                traits |= CommandTraits.DependencyInstall | CommandTraits.ManifestOnly;
        }
        return Result(ShellTool.Maven, goals.Count > 0 ? goals[0].Value : "", Empty, command, MavenSpec, traits, goals);
    }

    private static RecognizedCommand Gradle(ShellCommand command)
    {
        var tasks = Operands(command, GradleSpec);
        var traits = CommandTraits.None;
        foreach (var task in tasks)
        {
            string t = task.Value;
            int colon = t.LastIndexOf(':');
            if (colon >= 0) t = t.Substring(colon + 1); // :app:build
            if (GradleBuildTasks.Contains(t)) traits |= CommandTraits.Build;
            if (GradleDependencyTasks.Contains(t)) traits |= CommandTraits.DependencyInstall | CommandTraits.ManifestOnly;
        }
        return Result(ShellTool.Gradle, tasks.Count > 0 ? tasks[0].Value : "", Empty, command, GradleSpec, traits, tasks);
    }

    private static RecognizedCommand Cargo(ShellCommand command)
    {
        var (sub, rest) = Split(command, CargoSpec);
        if (sub == "b") sub = "build";
        if (sub == "chef" && rest.Count > 0)
        {
            sub = "chef " + rest[0].Value; // cargo-chef: cook builds the dependencies from recipe.json
            rest = Skip(rest, 1);
        }
        switch (sub)
        {
            case "build":
                return Result(ShellTool.Cargo, sub, Empty, command, CargoSpec, CommandTraits.Build, rest);
            case "install":
                return Result(ShellTool.Cargo, sub, rest, command, CargoSpec, CommandTraits.Build, Empty);
            case "fetch":
            case "vendor":
            case "chef cook":
                return Result(ShellTool.Cargo, sub, Empty, command, CargoSpec, CommandTraits.DependencyInstall | CommandTraits.ManifestOnly, rest);
            default:
                return Result(ShellTool.Cargo, sub, Empty, command, CargoSpec, CommandTraits.None, rest);
        }
    }

    private static RecognizedCommand Make(ShellCommand command)
    {
        var targets = new List<ShellWord>();
        foreach (var operand in Operands(command, MakeSpec))
        {
            // VAR=value sets a variable; a bare number is the value of -j (`make -j 4`).
            if (operand.Value.IndexOf('=') >= 0 || IsNumber(operand.Value)) continue;
            targets.Add(operand);
        }
        bool build = targets.Count == 0;
        foreach (var target in targets)
        {
            if (!MakeNonBuildTargets.Contains(target.Value)) build = true;
        }
        return Result(ShellTool.Make, targets.Count > 0 ? targets[0].Value : "", Empty, command, MakeSpec,
            build ? CommandTraits.Build : CommandTraits.None, targets);
    }

    // ---------------------------------------------------------------- helpers

    private static readonly IReadOnlyList<ShellWord> Empty = Array.Empty<ShellWord>();

    private static RecognizedCommand Result(ShellTool tool, string sub, IReadOnlyList<ShellWord> packages, ShellCommand command,
        ShellOptionSpec spec, CommandTraits traits, IReadOnlyList<ShellWord> targets)
        => new(tool, sub, packages, command) { Traits = traits, Options = spec, Targets = targets };

    /// <summary><c>npm run build</c> and friends: the script name is the target; build-like names are builds.</summary>
    private static RecognizedCommand Script(ShellTool tool, IReadOnlyList<ShellWord> scriptAndArguments, ShellCommand command, ShellOptionSpec spec)
    {
        if (scriptAndArguments.Count == 0) return Result(tool, "run", Empty, command, spec, CommandTraits.None, Empty);
        string script = scriptAndArguments[0].Value;
        bool build = script is "build" or "compile" or "dist" or "bundle"
            || script.StartsWith("build:", StringComparison.Ordinal) || script.StartsWith("build-", StringComparison.Ordinal);
        return Result(tool, "run", Empty, command, spec, build ? CommandTraits.Build : CommandTraits.None, new[] { scriptAndArguments[0] });
    }

    private static IReadOnlyList<ShellWord> Operands(ShellCommand command, ShellOptionSpec spec, int start = 0) => command.GetOperands(spec, start);

    private static (string Subcommand, IReadOnlyList<ShellWord> Remaining) Split(ShellCommand command, ShellOptionSpec spec, int start = 0)
    {
        var operands = command.GetOperands(spec, start);
        if (operands.Count == 0) return ("", Empty);
        return (operands[0].Value.ToLowerInvariant(), Skip(operands, 1));
    }

    private static IReadOnlyList<ShellWord> Skip(IReadOnlyList<ShellWord> words, int count)
    {
        if (count >= words.Count) return Empty;
        var result = new ShellWord[words.Count - count];
        for (int i = 0; i < result.Length; i++) result[i] = words[count + i];
        return result;
    }

    /// <summary><paramref name="name"/> is <paramref name="stem"/> followed only by digits and dots (<c>pip3.12</c>).</summary>
    private static bool IsVersioned(string name, string stem)
    {
        if (!name.StartsWith(stem, StringComparison.Ordinal)) return false;
        for (int i = stem.Length; i < name.Length; i++)
        {
            if (!(char.IsDigit(name[i]) || name[i] == '.')) return false;
        }
        return true;
    }

    private static bool IsNumber(string value)
    {
        if (value.Length == 0) return false;
        foreach (char c in value)
        {
            if (!char.IsDigit(c)) return false;
        }
        return true;
    }

    /// <summary>For <c>python [options] -m pip ...</c>: the index of the argument after <c>pip</c>, or -1.</summary>
    private static int PythonModulePip(ShellCommand command)
    {
        var args = command.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i].Value;
            if (a == "-m" && i + 1 < args.Count) return IsVersioned(args[i + 1].Value, "pip") ? i + 2 : -1;
            if (a.StartsWith("-m", StringComparison.Ordinal) && a.Length > 2) return IsVersioned(a.Substring(2), "pip") ? i + 1 : -1;
            if (a.Length < 2 || a[0] != '-') return -1; // a script or -c code comes first
            if (a is "-W" or "-X") i++;
        }
        return -1;
    }
}
