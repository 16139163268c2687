using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>One expectation: rule <see cref="RuleId"/> on the instruction that starts at 1-based <see cref="Line"/>.</summary>
public sealed record ExpectedFinding(int Line, string RuleId, string? Message)
{
    public override string ToString() => Message is null ? $"{Line}: {RuleId}" : $"{Line}: {RuleId} {{{{{Message}}}}}";
}

/// <summary>
/// Reads <c># expect: DF101 [DF205 …] [{{exact message}}]</c> markers. A marker sits on its own line and applies to the next
/// instruction: the next line that is neither blank nor a comment. A finding belongs to the last instruction that starts on
/// or before its line, so findings on continuation or heredoc lines count for their instruction.
/// (To move to tests/DfLint.Testing.)
/// </summary>
public static class ExpectationMarkers
{
    private static readonly Regex Marker = new(@"^\s*#\s*expect:\s*(?<ids>(?:DF\d{3}\s*)+)(?:\{\{(?<msg>.*)\}\})?\s*$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<ExpectedFinding> Read(string text)
    {
        var result = new List<ExpectedFinding>();
        var pending = new List<(string Id, string? Message, int MarkerLine)>();
        foreach (var (line, kind, content) in Scan(text))
        {
            if (kind == LineKind.Marker)
            {
                var m = Marker.Match(content);
                string? msg = m.Groups["msg"].Success ? m.Groups["msg"].Value : null;
                foreach (var id in m.Groups["ids"].Value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                    pending.Add((id, msg, line));
            }
            else if (kind == LineKind.InstructionStart)
            {
                foreach (var p in pending) result.Add(new ExpectedFinding(line, p.Id, p.Message));
                pending.Clear();
            }
        }
        if (pending.Count > 0)
            throw new FormatException($"'# expect:' on line {pending[0].MarkerLine} is not followed by an instruction.");
        return result;
    }

    /// <summary>The 1-based lines on which instructions start (as this reader sees them).</summary>
    public static IReadOnlyList<int> InstructionLines(string text)
        => Scan(text).Where(l => l.Kind == LineKind.InstructionStart).Select(l => l.Line).ToList();

    private enum LineKind { Other, Marker, InstructionStart }

    private static readonly Regex EscapeDirective = new(@"^#\s*escape\s*=\s*(?<c>\S)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Heredoc = new(@"<<-?\s*(?<q>[""']?)(?<name>[A-Za-z_][A-Za-z0-9_]*)\k<q>", RegexOptions.CultureInvariant);

    /// <summary>Classifies lines: markers, instruction starts, and everything else (comments, blanks, continuations, heredoc bodies).</summary>
    private static IEnumerable<(int Line, LineKind Kind, string Content)> Scan(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        char escape = '\\';
        bool inHeader = true, continuing = false;
        var heredocs = new Queue<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (heredocs.Count > 0 && !continuing)
            {
                string body = line.TrimStart('\t');
                if (body == heredocs.Peek()) heredocs.Dequeue();
                yield return (i + 1, LineKind.Other, line);
                continue;
            }
            if (inHeader)
            {
                var d = EscapeDirective.Match(trimmed);
                if (d.Success) escape = d.Groups["c"].Value[0];
                else if (!trimmed.StartsWith("#", StringComparison.Ordinal) || Marker.IsMatch(line)) inHeader = false;
            }
            if (Marker.IsMatch(line)) { yield return (i + 1, LineKind.Marker, line); continue; }
            if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal)) { yield return (i + 1, LineKind.Other, line); continue; }
            yield return (i + 1, continuing ? LineKind.Other : LineKind.InstructionStart, line);
            foreach (Match h in Heredoc.Matches(trimmed)) heredocs.Enqueue(h.Groups["name"].Value);
            continuing = trimmed.Length > 0 && trimmed[trimmed.Length - 1] == escape;
        }
    }

    /// <summary>The instruction line a finding on <paramref name="line"/> belongs to.</summary>
    public static int InstructionLineOf(IReadOnlyList<int> instructionLines, int line)
    {
        int best = instructionLines.Count > 0 ? instructionLines[0] : 1;
        foreach (var start in instructionLines)
        {
            if (start <= line) best = start; else break;
        }
        return best;
    }

    /// <summary>Differences between expected and actual findings (as instruction line, rule ID and message); empty when they match exactly.</summary>
    public static IReadOnlyList<string> Compare(string text, IEnumerable<(int Line, string RuleId, string Message)> actual)
    {
        var expected = Read(text).ToList();
        var starts = InstructionLines(text);
        var problems = new List<string>();
        foreach (var a in actual)
        {
            int at = InstructionLineOf(starts, a.Line);
            var match = expected.FirstOrDefault(e => e.Line == at && e.RuleId == a.RuleId && (e.Message is null || e.Message == a.Message));
            if (match is null) problems.Add($"unexpected {a.RuleId} on line {a.Line}: {a.Message}");
            else expected.Remove(match);
        }
        problems.AddRange(expected.Select(e => $"missing {e}"));
        return problems;
    }
}
