using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DfLint.Parsing;
using DfLint.Testing;

namespace DfLint.Core.Tests.Parsing;

/// <summary>
/// Golden dumps of samples/parser: what the BuildKit set does not cover (Windows escape, heredocs after commands,
/// multi-name ARG, durations, comments in continuations, CRLF, BOM, recovery). Rewrite the .ast.txt files only with
/// DFLINT_UPDATE_SNAPSHOTS=1, and review the diff.
/// </summary>
public class ParserSampleTests
{
    public static IEnumerable<object[]> Samples()
        => Directory.GetFiles(SharedData.RepoPath("samples", "parser"), "*.Dockerfile").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Samples))]
    public void Snapshot_matches_golden_file(string name)
    {
        var path = SharedData.RepoPath("samples", "parser", name);
        var text = new UTF8Encoding(false).GetString(File.ReadAllBytes(path));
        var syntax = DockerfileParser.Parse(text);
        var actual = SyntaxSnapshot.Write(syntax);
        var golden = Path.ChangeExtension(path, ".ast.txt");
        Snapshot.Verify(golden, actual);
        RoundTrip.AssertCovers(syntax, name);
    }
}
