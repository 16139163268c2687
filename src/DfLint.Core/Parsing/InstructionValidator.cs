using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DfLint.Syntax;

namespace DfLint.Parsing;

/// <summary>
/// BuildKit's second layer (moby/buildkit frontend/dockerfile/instructions, Apache-2.0): the checks that turn a parsed
/// node into a typed command, with BuildKit's error texts. BuildKit stops at the first; we report every one, each at
/// the narrowest span (the keyword, the flag, the argument).
/// </summary>
internal static class InstructionValidator
{
    /// <summary>A flag's value type. A class, not an enum: a dictionary with value-type values is JIT-compiled at start-up.</summary>
    private sealed class FlagType
    {
        public static readonly FlagType String = new(), Bool = new(), Strings = new();
        private FlagType() { }
    }

    private static readonly string[] Keywords =
    {
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER",
        "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    };

    private static readonly Dictionary<string, FlagType> FromFlags = new() { ["platform"] = FlagType.String };
    private static readonly Dictionary<string, FlagType> RunFlags = new() { ["mount"] = FlagType.Strings, ["network"] = FlagType.String, ["security"] = FlagType.String, ["device"] = FlagType.Strings };
    private static readonly Dictionary<string, FlagType> AddFlags = new()
        {
            ["chown"] = FlagType.String, ["chmod"] = FlagType.String, ["link"] = FlagType.Bool, ["keep-git-dir"] = FlagType.Bool,
            ["checksum"] = FlagType.String, ["unpack"] = FlagType.Bool, ["exclude"] = FlagType.Strings,
        };
    private static readonly Dictionary<string, FlagType> CopyFlags = new()
        {
            ["from"] = FlagType.String, ["chown"] = FlagType.String, ["chmod"] = FlagType.String, ["link"] = FlagType.Bool,
            ["parents"] = FlagType.Bool, ["exclude"] = FlagType.Strings,
        };
    private static readonly Dictionary<string, FlagType> HealthcheckFlags = new()
        {
            ["interval"] = FlagType.String, ["timeout"] = FlagType.String, ["start-period"] = FlagType.String,
            ["start-interval"] = FlagType.String, ["retries"] = FlagType.String,
        };

    /// <summary>The flags BuildKit accepts on an instruction, or null when it accepts none.</summary>
    private static Dictionary<string, FlagType>? KnownFlags(InstructionKind kind) => kind switch
    {
        InstructionKind.From => FromFlags,
        InstructionKind.Run => RunFlags,
        InstructionKind.Add => AddFlags,
        InstructionKind.Copy => CopyFlags,
        InstructionKind.Healthcheck => HealthcheckFlags,
        _ => null,
    };

    /// <summary>BuildKit's <c>^[a-z][a-z0-9-_.]*$</c> for (lower-cased) stage names.</summary>
    private static bool IsValidStageName(string name)
    {
        if (name.Length == 0 || name[0] < 'a' || name[0] > 'z') return false;
        foreach (char c in name)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
        return true;
    }

    private static readonly HashSet<string> MountKeys = new(StringComparer.Ordinal)
    {
        "type", "from", "source", "src", "target", "dst", "destination", "readonly", "ro", "readwrite", "rw", "required",
        "size", "id", "sharing", "mode", "uid", "gid", "env",
    };

    public static void Validate(IReadOnlyList<InstructionSyntax> instructions, char escape, List<ParseDiagnostic> diagnostics)
    {
        void Add(SourceSpan span, string message) => diagnostics.Add(new ParseDiagnostic(span, message));

        bool seenFrom = false, reportedNoStage = false;
        foreach (var node in instructions)
        {
            if (node is InvalidInstruction) continue;
            if (node.Kind == InstructionKind.From) seenFrom = true;
            else if (!seenFrom && node.Kind != InstructionKind.Arg && node.Kind != InstructionKind.Unknown && !reportedNoStage)
            {
                Add(node.Keyword.Span, $"{node.Keyword.Text} before the first FROM: no build stage in current context");
                reportedNoStage = true;
            }
            ValidateNode(node, Add);
        }
        if (!seenFrom && instructions.Count > 0 && instructions.All(i => i.Kind == InstructionKind.Arg))
            Add(instructions[instructions.Count - 1].Keyword.Span, "dockerfile contains no stages to build");
    }

    private static void ValidateNode(InstructionSyntax node, Action<SourceSpan, string> add)
    {
        string kw = node.Keyword.Text.ToUpperInvariant();
        SourceSpan ArgsOrKeyword() => node.ArgumentText is { } a ? SourceSpan.FromBounds(a.ToFileOffset(0), a.ToFileOffset(a.Length)) : node.Keyword.Span;

        switch (node)
        {
            case UnknownInstruction:
            {
                string suggestion = Suggest(kw);
                add(node.Keyword.Span, $"unknown instruction: {node.Keyword.Text}" + (suggestion.Length > 0 ? $" (did you mean {suggestion}?)" : ""));
                return;
            }
            case FromInstruction from:
                if (from.Words.Count != 1 && !(from.Words.Count == 3 && from.AsKeyword is not null))
                    add(ArgsOrKeyword(), "FROM requires either one or three arguments");
                else if (from.StageName is { } name && !IsValidStageName(name.Text.ToLowerInvariant()))
                    add(name.Span, $"invalid name for build stage: \"{name.Text}\", name can't start with a number or contain symbols");
                break;
            case FileTransferInstruction ft:
                if (ft.Paths.Count < 2)
                    add(ArgsOrKeyword(), $"{kw} requires at least two arguments, but only one was provided. Destination could not be determined");
                else if (ft.Heredocs.Count > 0 && ft.Destination is { } dest && ft.Heredocs.Any(h => h.MarkerSpan.Start == dest.Span.Start))
                    add(dest.Span, $"{kw} cannot accept a heredoc as a destination");
                break;
            case EnvInstruction env:
                CheckPairs(kw, env.Pairs, node, add);
                break;
            case LabelInstruction label:
                CheckPairs(kw, label.Pairs, node, add);
                break;
            case ArgInstruction arg:
                if (arg.Declarations.Count == 0) add(node.Keyword.Span, "ARG requires at least one argument");
                foreach (var d in arg.Declarations.Where(d => d.Name.Text.Length == 0))
                    add(d.Span, "ARG names can not be blank");
                return; // BuildKit never parses ARG flags
            case MaintainerInstruction { Value: null }:
            case UserInstruction { Value: null }:
            case WorkdirInstruction { Value: null }:
                add(node.Keyword.Span, $"{kw} requires exactly one argument");
                break;
            case StopsignalInstruction stop:
                if (stop.Value is null) add(node.Keyword.Span, "STOPSIGNAL requires exactly one argument");
                return; // flags ignored
            case ExposeInstruction { Ports.Count: 0 }:
                add(node.Keyword.Span, "EXPOSE requires at least one argument");
                break;
            case VolumeInstruction vol:
                if (vol.Paths.Count == 0) add(node.Keyword.Span, "VOLUME requires at least one argument");
                foreach (var p in vol.Paths.Where(p => p.Text.Length == 0)) add(p.Span, "VOLUME specified can not be an empty string");
                break;
            case ShellInstruction sh:
                if (sh.Command is not ExecFormSyntax exec)
                    add(sh.Command.Span.IsEmpty ? node.Keyword.Span : sh.Command.Span, "SHELL requires the arguments to be in JSON form");
                else if (exec.Items.Count == 0)
                    add(exec.Span, "SHELL requires at least one argument");
                break;
            case RunInstruction run:
                CheckRun(run, add);
                break;
            case HealthcheckInstruction hc:
                if (hc.Type is null) { add(node.Keyword.Span, "HEALTHCHECK requires at least one argument"); break; }
                if (hc.IsNone)
                {
                    if (hc.Command is not null) add(hc.Command.Span, "HEALTHCHECK NONE takes no arguments");
                    return; // flags ignored for NONE
                }
                if (!string.Equals(hc.Type.Text, "CMD", StringComparison.OrdinalIgnoreCase))
                    add(hc.Type.Span, $"Unknown type \"{hc.Type.Text.ToUpperInvariant()}\" in HEALTHCHECK (try CMD)");
                else if (hc.Command is null || (hc.Command is ExecFormSyntax { Items.Count: 0 }))
                    add(hc.Type.Span, "Missing command after HEALTHCHECK CMD");
                CheckHealthcheckValues(hc, add);
                break;
            case OnbuildInstruction onbuild:
                if (onbuild.Trigger is null) { add(node.Keyword.Span, "ONBUILD requires at least one argument"); break; }
                switch (onbuild.Trigger.Keyword.Text.ToUpperInvariant())
                {
                    case "ONBUILD":
                        add(onbuild.Trigger.Keyword.Span, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
                        break;
                    case "FROM":
                    case "MAINTAINER":
                        add(onbuild.Trigger.Keyword.Span, $"{onbuild.Trigger.Keyword.Text.ToUpperInvariant()} isn't allowed as an ONBUILD trigger");
                        break;
                }
                break;
        }
        CheckFlags(node, add);
    }

    private static void CheckPairs(string kw, IReadOnlyList<KeyValueSyntax> pairs, InstructionSyntax node, Action<SourceSpan, string> add)
    {
        if (pairs.Count == 0) add(node.Keyword.Span, $"{kw} requires at least one argument");
        foreach (var p in pairs.Where(p => p.Key.Text.Length == 0)) add(p.Span, $"{kw} names can not be blank");
    }

    private static void CheckFlags(InstructionSyntax node, Action<SourceSpan, string> add)
    {
        var known = KnownFlags(node.Kind);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var flag in node.Flags)
        {
            string name = flag.Name.Text;
            if (known is null || !known.TryGetValue(name, out var type))
            {
                string hint = known is null ? "" : Closest(name, known.Keys);
                add(flag.Span, $"unknown flag: --{name}" + (hint.Length > 0 ? $" (did you mean {hint}?)" : ""));
                continue;
            }
            if (type != FlagType.Strings && !seen.Add(name))
            {
                add(flag.Span, $"duplicate flag specified: --{name}");
                continue;
            }
            if (type == FlagType.Bool)
            {
                if (flag.Value is { } bv)
                {
                    if (bv.Text.Length == 0) add(flag.Span, $"missing a value on flag: --{name}");
                    else if (!bv.Text.Equals("true", StringComparison.OrdinalIgnoreCase) && !bv.Text.Equals("false", StringComparison.OrdinalIgnoreCase))
                        add(bv.Span, $"expecting boolean value for flag --{name}, not: {bv.Text}");
                }
            }
            else if (flag.Value is null)
            {
                add(flag.Span, $"missing a value on flag: --{name}");
            }
        }
    }

    private static void CheckRun(RunInstruction run, Action<SourceSpan, string> add)
    {
        if (run.GetFlag("network") is { Value: { } net } && net.Text is not ("default" or "none" or "host"))
            add(net.Span, $"invalid network mode \"{net.Text}\"");
        if (run.GetFlag("security") is { Value: { } sec } && sec.Text is not ("sandbox" or "insecure"))
            add(sec.Span, $"security \"{sec.Text}\" is not valid");
        foreach (var mount in run.Mounts)
        {
            foreach (var field in mount.Fields)
            {
                if (field.Value is null)
                {
                    if (field.Key is not ("ro" or "readonly" or "rw" or "readwrite" or "required"))
                        add(field.Span, $"invalid field '{field.Key}' must be a key=value pair");
                    continue;
                }
                if (!MountKeys.Contains(field.Key))
                    add(field.Span, $"unexpected key '{field.Key}' in '{field.Key}={field.Value}'");
            }
            string type = mount.Type;
            if (type is not ("bind" or "cache" or "tmpfs" or "secret" or "ssh"))
                add(mount.Flag.Span, $"unsupported mount type \"{type}\"");
            if (type == "cache" && mount.Get("sharing") is { } sharing && sharing.ToLowerInvariant() is not ("shared" or "private" or "locked"))
                add(mount.Flag.Span, $"unsupported sharing value \"{sharing}\"");
        }
    }

    private static void CheckHealthcheckValues(HealthcheckInstruction hc, Action<SourceSpan, string> add)
    {
        foreach (var flag in hc.Flags)
        {
            if (flag.Value is not { } v) continue;
            switch (flag.Name.Text)
            {
                case "interval":
                case "timeout":
                case "start-period":
                case "start-interval":
                    if (!GoDuration.TryParse(v.Text, out var d))
                        add(v.Span, v.Text.Length > 0 && v.Text.All(c => char.IsDigit(c) || c == '.')
                            ? $"time: missing unit in duration \"{v.Text}\""
                            : $"time: invalid duration \"{v.Text}\"");
                    else if (d != TimeSpan.Zero && d < TimeSpan.FromMilliseconds(1))
                        add(v.Span, $"Interval \"{flag.Name.Text}\" cannot be less than 1ms");
                    break;
                case "retries":
                    if (!int.TryParse(v.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int r))
                        add(v.Span, $"strconv.ParseInt: parsing \"{v.Text}\": invalid syntax");
                    else if (r < 0)
                        add(v.Span, $"--retries cannot be negative ({r})");
                    break;
            }
        }
    }

    private static string Suggest(string keyword) => Closest(keyword, Keywords);

    private static string Closest(string word, IEnumerable<string> candidates)
    {
        string best = "";
        int bestDistance = 3;
        foreach (var c in candidates)
        {
            int d = Levenshtein(word.ToUpperInvariant(), c.ToUpperInvariant());
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        return best;
    }

    private static int Levenshtein(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return 3;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}

/// <summary>Go's time.ParseDuration: a sequence of decimal numbers with units ns, us/µs, ms, s, m, h (e.g. <c>1m30s</c>).</summary>
public static class GoDuration
{
    /// <summary>Reads a duration with <see cref="Grammar.DurationGrammar"/>; the value is truncated to whole ticks (100 ns).</summary>
    public static bool TryParse(string s, out TimeSpan value)
    {
        var spec = Grammar.DurationGrammar.Parse(new Token(s ?? string.Empty, default));
        value = spec.Nanoseconds is { } ns ? TimeSpan.FromTicks(ns / 100) : TimeSpan.Zero;
        return spec.Error is null;
    }
}
