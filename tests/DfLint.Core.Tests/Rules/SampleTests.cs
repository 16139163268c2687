using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules;

/// <summary>Every sample Dockerfile gives exactly the findings its <c># expect:</c> markers give.</summary>
public class SampleTests
{
    public static IEnumerable<object[]> Samples()
        => Directory.GetFiles(SharedData.RepoPath("samples"), "*.Dockerfile", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "parser" + Path.DirectorySeparatorChar))
            .Select(p => new object[] { Path.GetRelativePath(SharedData.RepoRoot, p).Replace('\\', '/') })
            .OrderBy(p => (string)p[0]);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_findings_match_its_markers(string relativePath)
    {
        var text = File.ReadAllText(SharedData.RepoPath(relativePath));
        var name = Path.GetFileNameWithoutExtension(relativePath);
        var result = Expectations.LintSample(text, name.StartsWith("DF") ? name : null);
        var problems = Expectations.Compare(Expectations.Read(text), Expectations.Actual(result));
        problems.Should().BeEmpty();
    }
}
