using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace DfLint.Cli.Discovery;

/// <summary>
/// A path argument with wildcards, for shells that do not expand them (or quoted ones): <c>*</c> and <c>?</c> within
/// a name, <c>[...]</c>, and <c>**</c> for any number of directories, e.g. <c>services/*/Dockerfile</c> or <c>**/*.Dockerfile</c>.
/// </summary>
public static class PathGlob
{
    public static bool IsGlob(string path) => path.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

    /// <summary>Every file the pattern matches, in walk order (the walk skips what <see cref="FileWalker"/> skips).</summary>
    public static IEnumerable<string> Expand(string pattern, string workingDirectory)
    {
        var segments = pattern.Replace('\\', '/').Split('/').ToList();
        var baseSegments = new List<string>();
        while (segments.Count > 1 && !IsGlob(segments[0]))
        {
            baseSegments.Add(segments[0]);
            segments.RemoveAt(0);
        }
        string joined = string.Join("/", baseSegments);
        string baseDir = baseSegments.Count == 0 ? workingDirectory : Path.GetFullPath(joined.Length == 0 ? "/" : joined, workingDirectory);
        if (!Directory.Exists(baseDir)) yield break;
        var regex = ToRegex(string.Join("/", segments));
        foreach (var file in FileWalker.EnumerateFiles(baseDir))
        {
            string rel = Path.GetRelativePath(baseDir, file).Replace('\\', '/');
            if (regex.IsMatch(rel)) yield return file;
        }
    }

    internal static Regex ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                if (i + 2 < glob.Length && glob[i + 2] == '/') { sb.Append("(?:.*/)?"); i += 2; }
                else { sb.Append(".*"); i++; }
                continue;
            }
            switch (c)
            {
                case '*': sb.Append("[^/]*"); break;
                case '?': sb.Append("[^/]"); break;
                case '[':
                    int close = glob.IndexOf(']', i + 1);
                    if (close < 0) { sb.Append(@"\["); break; }
                    string body = glob.Substring(i + 1, close - i - 1);
                    bool negate = body.StartsWith("!", StringComparison.Ordinal);
                    if (negate) body = body.Substring(1);
                    sb.Append(negate ? "[^/" : "[").Append(body.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                    i = close;
                    break;
                default: sb.Append(Regex.Escape(c.ToString())); break;
            }
        }
        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant);
    }
}
