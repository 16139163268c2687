using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace DfLint.Testing;

/// <summary>The shared corpus of real Dockerfiles (test input only).</summary>
public static class Corpus
{
    public static string Root => SharedData.PathTo("corpus");

    /// <summary>Relative paths (as in MANIFEST.tsv) of every corpus file, sorted.</summary>
    public static IReadOnlyList<string> Files()
    {
        var manifest = Path.Combine(Root, "MANIFEST.tsv");
        return File.ReadLines(manifest).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).OrderBy(f => f, System.StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads a corpus file as the CLI does: UTF-8, invalid bytes replaced.</summary>
    public static string Read(string relative) => new UTF8Encoding(false, false).GetString(File.ReadAllBytes(Path.Combine(Root, relative)));
}
