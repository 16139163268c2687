using System;
using System.Collections.Generic;

namespace DfLint.Configuration;

/// <summary>
/// Path arithmetic for configuration lookup, on strings only (Core never touches the file system). Accepts <c>/</c> and
/// <c>\</c>, Unix roots, drive roots (<c>C:\</c>) and UNC shares (<c>\\server\share\</c>), and walks up like
/// <c>Path.GetDirectoryName</c> does.
/// </summary>
public static class ConfigPaths
{
    /// <summary>The directory of <paramref name="path"/> (or its parent, for a directory), or null at a root or for a bare name.</summary>
    public static string? Parent(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        int root = RootLength(path);
        if (path.Length <= root) return null;
        int end = path.Length;
        while (end > root && IsSeparator(path[end - 1])) end--;
        int sep = -1;
        for (int i = end - 1; i >= root; i--)
        {
            if (IsSeparator(path[i])) { sep = i; break; }
        }
        if (sep < 0) return root > 0 ? path.Substring(0, root) : null;
        int cut = sep;
        while (cut > root && IsSeparator(path[cut - 1])) cut--;
        return cut <= root ? path.Substring(0, root) : path.Substring(0, cut);
    }

    /// <summary>The directory of <paramref name="filePath"/> and every directory above it, nearest first.</summary>
    public static IEnumerable<string> DirectoriesAbove(string filePath)
    {
        for (var d = Parent(filePath); d is not null; d = Parent(d)) yield return d;
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="directory"/> with forward slashes, or null when it does not lie
    /// below it. Compared ordinally: callers pass directories taken from the path itself, or full paths of one host.
    /// </summary>
    public static string? RelativeBelow(string directory, string path)
    {
        string dir = directory.Replace('\\', '/').TrimEnd('/');
        string p = path.Replace('\\', '/');
        if (dir.Length == 0) return p.StartsWith("/", StringComparison.Ordinal) && directory.Length > 0 ? p.Substring(1) : null;
        return p.Length > dir.Length + 1 && p.StartsWith(dir + "/", StringComparison.Ordinal) ? p.Substring(dir.Length + 1) : null;
    }

    /// <summary><paramref name="path"/> with forward slashes and no trailing slash (a root keeps its slash).</summary>
    public static string Normalize(string path)
    {
        string p = path.Replace('\\', '/');
        int root = RootLength(p);
        int end = p.Length;
        while (end > Math.Max(root, 1) && p[end - 1] == '/') end--;
        return p.Substring(0, end);
    }

    /// <summary><paramref name="directory"/> joined with a file name, with forward slashes.</summary>
    public static string Combine(string directory, string fileName)
    {
        string d = Normalize(directory);
        return d.EndsWith("/", StringComparison.Ordinal) ? d + fileName : d + "/" + fileName;
    }

    private static bool IsSeparator(char c) => c == '/' || c == '\\';

    // "/" -> 1, "C:\" -> 3, "C:" -> 2, "\\server\share\" -> through the share's separator, relative -> 0.
    private static int RootLength(string path)
    {
        if (path.Length >= 2 && IsSeparator(path[0]) && IsSeparator(path[1]))
        {
            int server = IndexOfSeparator(path, 2);
            if (server < 0) return path.Length;
            int share = IndexOfSeparator(path, server + 1);
            return share < 0 ? path.Length : share + 1;
        }
        if (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]))
            return path.Length >= 3 && IsSeparator(path[2]) ? 3 : 2;
        return path.Length >= 1 && IsSeparator(path[0]) ? 1 : 0;
    }

    private static int IndexOfSeparator(string s, int start)
    {
        for (int i = start; i < s.Length; i++)
            if (IsSeparator(s[i])) return i;
        return -1;
    }
}
