using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DfLint.Rules;
using DfLint.Syntax;

namespace DfLint.Linting;

/// <summary>
/// Inline suppressions: <c># dflint ignore=DF101,DF203 -- reason</c> on the comment lines directly above an instruction
/// (several such lines stack), <c># dflint global ignore=DF101</c> anywhere for the whole file, and hadolint's
/// <c># hadolint ignore=DL3007</c> / <c># hadolint global ignore=DL3007</c>, mapped to DfLint rules through the equivalents.
/// </summary>
public sealed class Suppressions
{
    // Built on first use: most files have no pragma, and a regex costs start-up time (the CLI runs once per commit hook).
    private static Regex? _pragma;

    private static Regex Pragma => _pragma ??= new Regex(
        @"^\s*#\s*(?<tool>dflint|hadolint)\s+(?<global>global\s+)?ignore\s*=\s*(?<ids>[A-Za-z0-9_,\s]+?)\s*(--.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly HashSet<string> _global = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LocalSuppression> _local = new();

    private Suppressions()
    {
    }

    public static Suppressions From(DockerfileSyntax syntax)
    {
        var result = new Suppressions();
        var source = syntax.Source;
        // Comment lines by line number, to walk upwards from each instruction.
        var commentByLine = new CommentSyntax?[source.LineCount + 2];
        foreach (var c in syntax.Comments)
        {
            commentByLine[source.GetLinePosition(c.Span.Start).Line] = c;
            var m = Match(source.ToString(c.Span));
            if (m is not null && m.Groups["global"].Success)
                foreach (var id in Ids(m)) result._global.Add(id);
        }
        foreach (var instruction in syntax.Instructions)
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            int line = source.GetLinePosition(instruction.Span.Start).Line - 1;
            while (line > 0 && line < commentByLine.Length && commentByLine[line] is { } comment)
            {
                var m = Match(source.ToString(comment.Span));
                if (m is not null && !m.Groups["global"].Success)
                    foreach (var id in Ids(m)) ids.Add(id);
                line--;
            }
            if (ids.Count > 0) result._local.Add(new LocalSuppression(instruction.Span, ids));
        }
        return result;
    }

    private static Match? Match(string comment)
    {
        if (comment.IndexOf("ignore", StringComparison.OrdinalIgnoreCase) < 0) return null;
        var m = Pragma.Match(comment);
        return m.Success ? m : null;
    }

    private static IEnumerable<string> Ids(Match m)
    {
        bool hadolint = m.Groups["tool"].Value.Equals("hadolint", StringComparison.OrdinalIgnoreCase);
        foreach (var raw in m.Groups["ids"].Value.Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var id = raw.Trim();
            if (hadolint)
            {
                foreach (var d in RuleRegistry.FindByEquivalent(EquivalentTool.Hadolint, id)) yield return d.Id;
            }
            else
            {
                yield return id.ToUpperInvariant();
            }
        }
    }

    public bool IsSuppressed(string ruleId, SourceSpan span)
    {
        if (_global.Contains(ruleId)) return true;
        foreach (var (s, ids) in _local)
            if (ids.Contains(ruleId) && span.Start >= s.Start && span.Start < Math.Max(s.End, s.Start + 1)) return true;
        return false;
    }
}

internal sealed record LocalSuppression(SourceSpan Span, HashSet<string> Ids);
