using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace DfLint.Cli.Discovery;

/// <summary>
/// The patterns of one <c>.gitignore</c>: <c>#</c> comments, <c>!</c> negation, a trailing <c>/</c> for directories
/// only, a leading or inner <c>/</c> anchoring the pattern at the file's directory, <c>*</c>, <c>?</c>, <c>[...]</c>
/// and <c>**</c> (<c>**/x</c>, <c>x/**</c>, <c>a/**/b</c>), <c>\</c> escapes and trailing-space trimming.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<Rule> _rules;

    private GitIgnore(List<Rule> rules) { _rules = rules; }

    private sealed record Rule(Regex Regex, bool Negate, bool DirectoryOnly);

    public static GitIgnore Parse(string text)
    {
        var rules = new List<Rule>();
        foreach (var raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            line = TrimTrailingSpaces(line);
            if (line.Length == 0) continue;
            bool negate = false;
            if (line[0] == '!') { negate = true; line = line.Substring(1); }
            else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal)) line = line.Substring(1);
            bool dirOnly = false;
            if (line.EndsWith("/", StringComparison.Ordinal)) { dirOnly = true; line = line.TrimEnd('/'); }
            if (line.Length == 0) continue;
            bool anchored = line.IndexOf('/') >= 0;
            if (line[0] == '/') line = line.Substring(1);
            var sb = new StringBuilder("^");
            if (!anchored) sb.Append("(?:.*/)?");
            Translate(line, sb);
            sb.Append('$');
            rules.Add(new Rule(new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), negate, dirOnly));
        }
        return new GitIgnore(rules);
    }

    /// <summary>
    /// The verdict of this file for a path relative to its directory: true ignored, false re-included by a <c>!</c>
    /// pattern, null when no pattern matches. The last matching pattern decides.
    /// </summary>
    public bool? Match(string relativePath, bool isDirectory)
    {
        for (int i = _rules.Count - 1; i >= 0; i--)
        {
            var rule = _rules[i];
            if (rule.DirectoryOnly && !isDirectory) continue;
            if (rule.Regex.IsMatch(relativePath)) return !rule.Negate;
        }
        return null;
    }

    private static string TrimTrailingSpaces(string line)
    {
        int end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end >= 2 && line[end - 2] == '\\')) end--;
        return line.Substring(0, end);
    }

    private static void Translate(string glob, StringBuilder sb)
    {
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool atStart = i == 0 || glob[i - 1] == '/';
                bool atEnd = i + 2 == glob.Length;
                bool slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                if (atStart && slashAfter) { sb.Append("(?:.*/)?"); i += 2; continue; }
                if (atStart && atEnd) { sb.Append(".*"); i += 1; continue; }
                // "**" elsewhere is two ordinary stars.
                sb.Append("[^/]*"); i += 1; continue;
            }
            switch (c)
            {
                case '*': sb.Append("[^/]*"); break;
                case '?': sb.Append("[^/]"); break;
                case '\\':
                    if (i + 1 < glob.Length) { sb.Append(Regex.Escape(glob[i + 1].ToString())); i++; }
                    break;
                case '[':
                    int close = glob.IndexOf(']', i + 2 <= glob.Length ? i + 2 : i + 1);
                    if (close < 0) { sb.Append(@"\["); break; }
                    string body = glob.Substring(i + 1, close - i - 1);
                    bool negate = body.Length > 0 && (body[0] == '!' || body[0] == '^');
                    if (negate) body = body.Substring(1);
                    sb.Append(negate ? "[^/" : "[");
                    foreach (char b in body)
                    {
                        if (b == '\\' || b == '[' || b == ']' || b == '^') sb.Append('\\');
                        sb.Append(b);
                    }
                    sb.Append(']');
                    i = close;
                    break;
                default: sb.Append(Regex.Escape(c.ToString())); break;
            }
        }
    }
}

/// <summary>The <c>.gitignore</c> files that apply to a directory walk, outermost first; the innermost verdict wins.</summary>
public sealed class GitIgnoreStack
{
    private readonly List<(string Directory, GitIgnore Rules)> _files;

    private GitIgnoreStack(List<(string, GitIgnore)> files) { _files = files; }

    public static GitIgnoreStack Empty { get; } = new(new List<(string, GitIgnore)>());

    /// <summary>
    /// The stack for a walk that starts at <paramref name="directory"/>: the <c>.gitignore</c> files of its ancestors
    /// up to the repository root (the nearest directory with <c>.git</c>); none when it is not in a repository.
    /// </summary>
    public static GitIgnoreStack ForWalkRoot(string directory)
    {
        var ancestors = new List<string>();
        string? repoRoot = null;
        for (var d = System.IO.Path.GetDirectoryName(directory); d is not null; d = System.IO.Path.GetDirectoryName(d))
        {
            ancestors.Add(d);
            if (System.IO.Directory.Exists(System.IO.Path.Combine(d, ".git")) || System.IO.File.Exists(System.IO.Path.Combine(d, ".git")))
            {
                repoRoot = d;
                break;
            }
        }
        bool selfIsRoot = System.IO.Directory.Exists(System.IO.Path.Combine(directory, ".git"));
        var stack = Empty;
        if (repoRoot is not null && !selfIsRoot)
        {
            ancestors.Reverse();
            foreach (var a in ancestors) stack = stack.With(a);
        }
        return stack.With(directory);
    }

    /// <summary>This stack plus the <c>.gitignore</c> of <paramref name="directory"/>, if it has one.</summary>
    public GitIgnoreStack With(string directory)
    {
        string path = System.IO.Path.Combine(directory, ".gitignore");
        if (!System.IO.File.Exists(path)) return this;
        string text;
        try { text = System.IO.File.ReadAllText(path); }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException) { return this; }
        var files = new List<(string, GitIgnore)>(_files) { (directory, GitIgnore.Parse(text)) };
        return new GitIgnoreStack(files);
    }

    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        for (int i = _files.Count - 1; i >= 0; i--)
        {
            var (dir, rules) = _files[i];
            string rel = System.IO.Path.GetRelativePath(dir, fullPath).Replace('\\', '/');
            if (rel.StartsWith("../", StringComparison.Ordinal) || rel == "..") continue;
            var verdict = rules.Match(rel, isDirectory);
            if (verdict is not null) return verdict.Value;
        }
        return false;
    }
}
