using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DfLint.Cli.Discovery;

/// <summary>
/// Walks a directory tree in a stable order. Never enters <c>.git</c>, <c>node_modules</c>, <c>bin</c> or <c>obj</c>,
/// what <c>.gitignore</c> files ignore, or symbolic links to directories (no cycles).
/// </summary>
public static class FileWalker
{
    public static IEnumerable<string> EnumerateFiles(string root)
    {
        var stack = new Stack<(string Dir, GitIgnoreStack Ignores)>();
        stack.Push((root, GitIgnoreStack.ForWalkRoot(root)));
        while (stack.Count > 0)
        {
            var (dir, ignores) = stack.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            var subdirs = new List<string>();
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo d)
                {
                    if (IsSkippedDirectory(d.Name) || d.LinkTarget is not null) continue;
                    if (ignores.IsIgnored(d.FullName, isDirectory: true)) continue;
                    subdirs.Add(d.FullName);
                }
                else if (!ignores.IsIgnored(entry.FullName, isDirectory: false))
                {
                    yield return entry.FullName;
                }
            }
            for (int i = subdirs.Count - 1; i >= 0; i--)
                stack.Push((subdirs[i], ignores.With(subdirs[i])));
        }
    }

    /// <summary>Directories a search never enters.</summary>
    public static bool IsSkippedDirectory(string name)
        => name is ".git" or "node_modules" or "bin" or "obj";
}
