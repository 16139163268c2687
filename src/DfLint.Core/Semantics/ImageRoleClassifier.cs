using System;
using System.Collections.Generic;
using System.Globalization;
using DfLint.Syntax;

namespace DfLint.Semantics;

/// <summary>
/// Sets <see cref="Stage.StartCommand"/> and <see cref="Stage.Role"/> on every stage, once, while the model is built.
/// One pass over the instructions, plus bounded work per stage.
/// </summary>
internal static class ImageRoleClassifier
{
    public static void Classify(SemanticModel model)
    {
        var stages = model.Stages;
        if (stages.Count == 0) return;
        ComputeStartCommands(model);
        var uses = FindUses(model);
        foreach (var stage in stages)
        {
            if (!stage.IsReachable) stage.Role = UnusedRole(model, stage);
            else if (!stage.IsFinal) stage.Role = BuilderRole(stage, uses[stage.Index]);
            else stage.Role = FinalRole(model, stage);
        }
    }

    // --- Start commands ---

    /// <summary>The ENTRYPOINT, CMD and SHELL in effect at the end of a stage (inherited by child stages).</summary>
    private sealed class CommandState
    {
        public static readonly CommandState Empty = new(null, null, null);

        public CommandState(CommandWords? entrypoint, CommandWords? cmd, string[]? shell)
        {
            Entrypoint = entrypoint;
            Cmd = cmd;
            Shell = shell;
        }

        public CommandWords? Entrypoint { get; }
        public CommandWords? Cmd { get; }
        public string[]? Shell { get; }
    }

    private static void ComputeStartCommands(SemanticModel model)
    {
        var resolver = new StartCommandResolver(model);
        var states = new CommandState[model.Stages.Count];
        foreach (var stage in model.Stages)
        {
            var parent = stage.Parent;
            var state = parent is not null ? states[parent.Index] : CommandState.Empty;
            var entrypoint = state.Entrypoint;
            var cmd = state.Cmd;
            var shell = state.Shell;
            bool windows = IsWindows(model, stage);
            bool changed = false, cmdSet = false;
            foreach (var instruction in stage.Instructions)
            {
                switch (instruction)
                {
                    case ShellInstruction { Command: ExecFormSyntax exec } when exec.Items.Count > 0:
                        shell = new string[exec.Items.Count];
                        for (int k = 0; k < shell.Length; k++) shell[k] = exec.Items[k].Text;
                        break;
                    case EntrypointInstruction e:
                        entrypoint = new CommandWords(e, e.Command, shell, windows);
                        // BuildKit: an ENTRYPOINT clears the CMD unless this stage has set one.
                        if (!cmdSet) cmd = null;
                        changed = true;
                        break;
                    case CmdInstruction c:
                        cmd = new CommandWords(c, c.Command, shell, windows);
                        cmdSet = true;
                        changed = true;
                        break;
                }
            }
            states[stage.Index] = new CommandState(entrypoint, cmd, shell);
            stage.StartCommand = changed ? resolver.Resolve(entrypoint, cmd) : parent?.StartCommand;
        }
    }

    internal static bool IsWindows(SemanticModel model, Stage stage)
    {
        if (model.Syntax.EscapeToken == '`') return true;
        string? image = stage.RootImage.Resolved;
        return image is not null && (image.IndexOf("windows", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("servercore", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("dotnet/framework", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    // --- Who uses a stage ---

    /// <summary>How reachable stages use each stage: the first COPY --from, RUN --mount from= and FROM, as phrases.</summary>
    private sealed class Uses
    {
        public string? Copy { get; set; }
        public string? Mount { get; set; }
        public string? From { get; set; }
    }

    private static Uses[] FindUses(SemanticModel model)
    {
        var uses = new Uses[model.Stages.Count];
        for (int k = 0; k < uses.Length; k++) uses[k] = new Uses();
        foreach (var stage in model.Stages)
        {
            if (!stage.IsReachable) continue;
            if (stage.Parent is { } parent) uses[parent.Index].From ??= "FROM in " + Describe(stage);
            foreach (var i in stage.Instructions)
            {
                if (i is CopyInstruction { From.Value: { } fromValue } && model.FindStage(fromValue.Text, stage.Index) is { } source && source != stage)
                    uses[source.Index].Copy ??= "COPY --from in " + Describe(stage);
                if (i is RunInstruction run)
                    foreach (var m in run.Mounts)
                        if (m.Get("from") is { } mf && model.FindStage(mf, stage.Index) is { } mounted && mounted != stage)
                            uses[mounted.Index].Mount ??= "RUN --mount from= in " + Describe(stage);
            }
        }
        return uses;
    }

    private static string Describe(Stage stage) => stage.Name is { } name
        ? "stage '" + name + "'"
        : "stage " + stage.Index.ToString(CultureInfo.InvariantCulture);

    // --- Roles ---

    private static ImageRole Role(ImageRoleKind kind, RoleConfidence confidence, List<string> evidence)
        => new(kind, confidence, evidence.ToArray());

    private static ImageRole UnusedRole(SemanticModel model, Stage stage)
    {
        var final = model.FinalStage!;
        var evidence = new List<string> { "not used by the final stage (" + Describe(final) + ")" };
        var confidence = RoleConfidence.Certain;
        if (stage.Name is { } name)
        {
            // --target takes a stage name: a named stage may be built on its own.
            evidence.Add("named stages can still be built with --target");
            confidence = RoleConfidence.Likely;
            if (MatchingToken(name, TestTokens) is { } token)
                evidence.Add("stage name '" + name + "' suggests a test or CI image ('" + token + "')");
        }
        return Role(ImageRoleKind.Unused, confidence, evidence);
    }

    private static ImageRole BuilderRole(Stage stage, Uses uses)
    {
        string consumers = Join(uses.Copy, uses.Mount, uses.From) ?? "the final stage";
        string first = stage.Name is { } name && MatchingToken(name, BuilderTokens) is not null
            ? "stage name '" + name + "' and consumed by " + consumers
            : "consumed by " + consumers;
        var evidence = new List<string> { first };
        if (stage.IsInFinalImage) evidence.Add("its layers are part of the final image");
        return Role(ImageRoleKind.Builder, RoleConfidence.Certain, evidence);
    }

    private static string? Join(string? a, string? b, string? c)
    {
        string? result = null;
        foreach (var s in new[] { a, b, c })
        {
            if (s is null) continue;
            result = result is null ? s : result + " and " + s;
        }
        return result;
    }

    private static ImageRole FinalRole(SemanticModel model, Stage stage)
    {
        var evidence = new List<string>();
        bool targeted = stage.Index != model.Stages.Count - 1;
        string finalText = targeted ? "final stage, chosen with --target" : "final stage";
        var start = stage.StartCommand;
        bool starts = start is not null && start.Kind != StartCommandKind.None;

        // 1. FROM scratch that only copies files: an export stage.
        if (!starts && IsCopyOnlyScratch(stage))
        {
            evidence.Add(finalText);
            evidence.Add("FROM scratch with only COPY");
            bool named = stage.Name is { } n && MatchingToken(n, ExportTokens) is not null;
            if (named) evidence.Add("stage name '" + stage.Name + "'");
            return Role(ImageRoleKind.ArtifactExport, named || targeted ? RoleConfidence.Certain : RoleConfidence.Likely, evidence);
        }

        // 2. Test, CI, lint and development images, by stage name.
        if (stage.Name is { } stageName && MatchingToken(stageName, TestTokens) is { } testToken)
        {
            evidence.Add(finalText);
            evidence.Add(stageName == testToken ? "stage name '" + stageName + "'" : "stage name '" + stageName + "' ('" + testToken + "')");
            return Role(ImageRoleKind.TestOrCi, RoleConfidence.Likely, evidence);
        }

        // 3. ... or by the file's path, as the host knows it.
        if (PathHint(model.BuildContext.FilePath, out string? pathEvidence, out bool strong))
        {
            evidence.Add(finalText);
            evidence.Add(pathEvidence!);
            return Role(ImageRoleKind.TestOrCi, strong ? RoleConfidence.Likely : RoleConfidence.Uncertain, evidence);
        }

        // 4. What the image starts.
        if (starts) return FromStartCommand(stage, start!, finalText, evidence);

        // 5. Nothing started by the Dockerfile: judge by the base image and the stage's contents.
        return WithoutStartCommand(stage, finalText, evidence);
    }

    private static ImageRole FromStartCommand(Stage stage, StartCommand start, string finalText, List<string> evidence)
    {
        string what = start.InstructionName;
        if (start.DefinedIn != stage) what += " (from " + Describe(start.DefinedIn) + ")";
        string program = start.ProgramName ?? "";
        string through = start.Wrappers.Count == 0 ? "" : " through " + string.Join(", ", start.Wrappers);
        switch (start.Kind)
        {
            case StartCommandKind.Shell:
                evidence.Add(what + " only starts a shell ('" + program + "')");
                return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Likely, evidence);
            case StartCommandKind.Interpreter:
                evidence.Add(what + " only starts the '" + program + "' interpreter");
                return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Likely, evidence);
            case StartCommandKind.Version:
                if (!StartCommandResolver.IsInterpreter(program.ToLowerInvariant()))
                {
                    // ENTRYPOINT ["hadolint"] with CMD ["--help"], docker-entrypoint.sh with CMD ["help"]: an application
                    // or tool that shows its usage unless told what to do.
                    evidence.Add(finalText + "; " + what + " starts '" + program + "'" + through + ", which by default prints its usage or version");
                    return Role(ImageRoleKind.ShippedApplication, RoleConfidence.Likely, evidence);
                }
                evidence.Add(what + " only prints a version or usage ('" + Shorten(program, start.ProgramArguments) + "')");
                return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Likely, evidence);
            case StartCommandKind.KeepAlive:
                evidence.Add(what + " only keeps the container alive ('" + Shorten(program, start.ProgramArguments) + "')");
                return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Uncertain, evidence);
            case StartCommandKind.Tests:
                evidence.Add(finalText);
                evidence.Add(what + " runs tests ('" + Shorten(program, start.ProgramArguments) + "')");
                return Role(ImageRoleKind.TestOrCi, RoleConfidence.Likely, evidence);
            case StartCommandKind.Supervisor:
                evidence.Add(finalText + "; " + what + " starts the process supervisor '" + program + "'" + through);
                return Role(ImageRoleKind.ShippedApplication, RoleConfidence.Likely, evidence);
            case StartCommandKind.EntrypointScript:
                // Entrypoint scripts usually end with exec "$@": without a CMD, whether they start anything is up to the script.
                evidence.Add(finalText + "; " + what + " runs '" + program + "' with no CMD for it to run");
                return Role(ImageRoleKind.ShippedApplication, RoleConfidence.Uncertain, evidence);
            default:
            {
                evidence.Add(finalText + "; " + what + " starts '" + program + "'" + through);
                var confidence = RoleConfidence.Certain;
                if (start.Program!.IndexOf('$') >= 0)
                {
                    evidence.Add("the program depends on a variable");
                    confidence = RoleConfidence.Likely;
                }
                if (stage.Name is { } name && MatchingToken(name, BuilderTokens) is not null)
                {
                    evidence.Add("although the stage is named '" + name + "'");
                    confidence = RoleConfidence.Likely;
                }
                return Role(ImageRoleKind.ShippedApplication, confidence, evidence);
            }
        }
    }

    private static ImageRole WithoutStartCommand(Stage stage, string finalText, List<string> evidence)
    {
        var root = stage.Root;
        var image = root.BaseImage;
        string own = stage.Parent is null ? "no CMD or ENTRYPOINT of its own" : "no CMD or ENTRYPOINT in this stage or the stages it builds on";
        evidence.Add(finalText + "; " + own);
        if (!image.IsResolved || (!image.IsImage && !image.IsScratch))
        {
            evidence.Add("the base image '" + image.RawText + "' is not known (it depends on a build argument)");
            return Role(ImageRoleKind.Unknown, RoleConfidence.Uncertain, evidence);
        }
        if (stage.Name is { } name && MatchingToken(name, BuilderTokens) is not null)
        {
            evidence.Add("stage name '" + name + "'");
            return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Likely, evidence);
        }
        if (image.IsScratch)
        {
            evidence.Add("FROM scratch with more than files (a base image built from a root file system)");
            return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Uncertain, evidence);
        }
        string imageText = image.Resolved!;
        if (KnownBaseImages.StartsServer(image))
        {
            evidence.Add("'" + imageText + "' starts its server by default");
            return Role(ImageRoleKind.ShippedApplication, RoleConfidence.Likely, evidence);
        }
        if (AppSignal(stage) is { } signal)
        {
            evidence.Add(signal + " suggests an application started by the base image or by whoever runs it");
            return Role(ImageRoleKind.ShippedApplication, RoleConfidence.Uncertain, evidence);
        }
        if (KnownBaseImages.IsBase(image) is { } description)
        {
            evidence.Add("'" + imageText + "' is " + description);
            return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Likely, evidence);
        }
        evidence.Add("the start command, if any, comes from '" + imageText + "', which DfLint does not know");
        return Role(ImageRoleKind.BaseOrToolchain, RoleConfidence.Uncertain, evidence);
    }

    /// <summary>
    /// EXPOSE or HEALTHCHECK in the stage or the stages it builds on, as a phrase; null when none. (COPY --from is no
    /// sign of an application: multi-stage base images copy runtimes and toolchains from an installer stage.)
    /// </summary>
    private static string? AppSignal(Stage stage)
    {
        for (var s = stage; s is not null; s = s.Parent)
        {
            foreach (var i in s.Instructions)
            {
                switch (i)
                {
                    case ExposeInstruction expose:
                        return expose.Ports.Count > 0 ? "EXPOSE " + expose.Ports[0].Word.Text : "EXPOSE";
                    case HealthcheckInstruction { Command: not null }:
                        return "HEALTHCHECK";
                }
            }
        }
        return null;
    }

    /// <summary>True when the stage and the stages it builds on start from scratch and only copy files (ARG and LABEL allowed).</summary>
    private static bool IsCopyOnlyScratch(Stage stage)
    {
        if (!stage.RootImage.IsScratch) return false;
        bool copies = false;
        for (var s = stage; s is not null; s = s.Parent)
        {
            foreach (var i in s.Instructions)
            {
                switch (i)
                {
                    case CopyInstruction:
                    case AddInstruction:
                        copies = true;
                        break;
                    case ArgInstruction:
                    case LabelInstruction:
                        break;
                    default:
                        return false;
                }
            }
        }
        return copies;
    }

    private static string Shorten(string program, IReadOnlyList<string> arguments)
    {
        var text = program;
        for (int k = 0; k < arguments.Count && text.Length < 40; k++) text += " " + arguments[k];
        return text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }

    // --- Names ---

    private static readonly HashSet<string> TestTokens = new(StringComparer.Ordinal)
    {
        "test", "tests", "testing", "unittest", "unittests", "e2e", "integration", "ci", "lint", "linter", "linting", "lints",
        "validate", "validation", "check", "checks", "dev", "develop", "development", "devcontainer", "debug", "coverage",
        "vet", "fmt",
    };

    private static readonly HashSet<string> BuilderTokens = new(StringComparer.Ordinal)
    {
        "build", "builder", "building", "compile", "compiler", "deps", "dependencies", "toolchain", "sdk", "prep", "prepare",
        "restore", "publish", "vendor", "download", "fetch", "base",
    };

    private static readonly HashSet<string> ExportTokens = new(StringComparer.Ordinal)
    {
        "export", "exports", "out", "output", "outputs", "artifact", "artifacts", "binary", "binaries", "bin", "dist", "release",
        "package", "packages", "result", "results",
    };

    /// <summary>The first token of a name (split at <c>-</c>, <c>_</c>, <c>.</c>) found in a set; null when none is.</summary>
    private static string? MatchingToken(string name, HashSet<string> tokens)
    {
        if (tokens.Contains(name)) return name;
        int start = 0;
        for (int k = 0; k <= name.Length; k++)
        {
            if (k < name.Length && name[k] is not ('-' or '_' or '.')) continue;
            if (k > start)
            {
                string token = name.Substring(start, k - start);
                if (tokens.Contains(token)) return token;
            }
            start = k + 1;
        }
        return null;
    }

    private static readonly HashSet<string> TestDirectories = new(StringComparer.Ordinal)
    {
        "ci", ".ci", "test", "tests", "testing", "e2e", "integration", "hack", ".github", ".circleci", ".gitlab", ".buildkite",
        ".devcontainer", "devcontainer", "testdata", "test-data", "fixtures", "__tests__", "dev",
    };

    private static readonly HashSet<string> FileTokensIgnored = new(StringComparer.Ordinal) { "dockerfile", "containerfile" };

    /// <summary>
    /// A test/CI hint in the file's path (<c>ci/</c>, <c>hack/</c>, <c>testdata/</c>, <c>Dockerfile.test</c>, <c>app.dev.Dockerfile</c>:
    /// strong; <c>build-*</c>: weak). False when there is no path or no hint.
    /// </summary>
    internal static bool PathHint(string? path, out string? evidence, out bool strong)
    {
        evidence = null;
        strong = false;
        if (path is null || path.Length == 0) return false;
        string normalized = path.Replace('\\', '/');
        string lower = normalized.ToLowerInvariant();
        var segments = lower.Split('/');
        for (int k = 0; k < segments.Length - 1; k++)
        {
            string dir = segments[k];
            if (TestDirectories.Contains(dir) || dir.StartsWith("test", StringComparison.Ordinal) || MatchingToken(dir, TestDirectoryTokens) is not null)
            {
                evidence = "file path '" + normalized + "' is under '" + dir + "/'";
                strong = true;
                return true;
            }
        }
        string file = segments[segments.Length - 1];
        int start = 0;
        for (int k = 0; k <= file.Length; k++)
        {
            if (k < file.Length && file[k] is not ('-' or '_' or '.')) continue;
            if (k > start)
            {
                string token = file.Substring(start, k - start);
                if (!FileTokensIgnored.Contains(token) && TestTokens.Contains(token))
                {
                    evidence = "file name '" + normalized.Substring(normalized.Length - file.Length) + "'";
                    strong = true;
                    return true;
                }
            }
            start = k + 1;
        }
        foreach (var segment in segments)
        {
            if (segment.StartsWith("build-", StringComparison.Ordinal) || segment.StartsWith("build.", StringComparison.Ordinal)
                || segment.EndsWith(".build", StringComparison.Ordinal) || segment.EndsWith("-build", StringComparison.Ordinal))
            {
                evidence = "file path '" + normalized + "' suggests a build environment ('" + segment + "')";
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> TestDirectoryTokens = new(StringComparer.Ordinal)
    {
        "test", "tests", "testing", "e2e", "ci", "lint", "devcontainer",
    };
}
