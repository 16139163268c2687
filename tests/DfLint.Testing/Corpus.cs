using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace DfLint.Testing;

/// <summary>
/// The shared corpus of real Dockerfiles (test input only, <c>shared/corpus</c> beside the repository). It is not
/// redistributable with the code, so a fresh clone may not have it: tests over it use <see cref="CorpusFactAttribute"/> or
/// <see cref="CorpusTheoryAttribute"/> and are skipped, with <see cref="SkipReason"/>, when it is missing.
/// </summary>
public static class Corpus
{
    /// <summary>The text every skipped corpus test reports; <c>.ci/run</c> looks for it, since CI must run these tests.</summary>
    public const string SkipReason = "corpus missing: shared/corpus (with MANIFEST.tsv) is not beside the repository";

    public static string Root => SharedData.PathTo("corpus");

    /// <summary>Whether the corpus is there (its manifest is what the tests read first).</summary>
    public static bool IsAvailable => SharedData.Root is { } root && File.Exists(Path.Combine(root, "corpus", "MANIFEST.tsv"));

    /// <summary>Relative paths (as in MANIFEST.tsv) of every corpus file, sorted.</summary>
    public static IReadOnlyList<string> Files()
    {
        var manifest = Path.Combine(Root, "MANIFEST.tsv");
        return File.ReadLines(manifest).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).OrderBy(f => f, System.StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads a corpus file as the CLI does: UTF-8, invalid bytes replaced.</summary>
    public static string Read(string relative) => new UTF8Encoding(false, false).GetString(File.ReadAllBytes(Path.Combine(Root, relative)));
}

/// <summary>A fact over the shared corpus: skipped, with <see cref="Corpus.SkipReason"/>, when the corpus is missing.</summary>
public sealed class CorpusFactAttribute : Xunit.FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Corpus.IsAvailable) Skip = Corpus.SkipReason;
    }
}

/// <summary>
/// A theory over the shared corpus: skipped as a whole, with <see cref="Corpus.SkipReason"/>, when the corpus is missing.
/// xunit does not enumerate the data of a skipped theory, so a <c>MemberData</c> source may read the corpus unguarded.
/// </summary>
public sealed class CorpusTheoryAttribute : Xunit.TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!Corpus.IsAvailable) Skip = Corpus.SkipReason;
    }
}
