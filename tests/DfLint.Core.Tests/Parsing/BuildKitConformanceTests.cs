using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DfLint.Parsing;
using DfLint.Testing;

namespace DfLint.Core.Tests.Parsing;

/// <summary>BuildKit's own parser test data: our dump must equal BuildKit's byte for byte.</summary>
public class BuildKitConformanceTests
{
    private static string Dir(params string[] parts) => SharedData.TestData(new[] { "buildkit-parser" }.Concat(parts).ToArray());

    public static IEnumerable<object[]> PositiveCases()
        => Directory.GetDirectories(Dir("testfiles")).Select(d => new object[] { Path.GetFileName(d) }).OrderBy(c => (string)c[0]);

    public static IEnumerable<object[]> NegativeCases()
        => Directory.GetDirectories(Dir("testfiles-negative")).Select(d => new object[] { Path.GetFileName(d) }).OrderBy(c => (string)c[0]);

    internal static string ReadUtf8(string path) => new UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    [Fact]
    public void There_are_33_positive_and_4_negative_cases()
    {
        PositiveCases().Should().HaveCount(33);
        NegativeCases().Should().HaveCount(4);
    }

    [Theory]
    [MemberData(nameof(PositiveCases))]
    public void Dump_matches_BuildKit_result(string name)
    {
        var text = ReadUtf8(Path.Combine(Dir("testfiles", name), "Dockerfile"));
        var expected = ReadUtf8(Path.Combine(Dir("testfiles", name), "result"));
        var syntax = DockerfileParser.Parse(text);
        BuildKitDump.Dump(syntax).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void Negative_case_reports_a_parse_error(string name)
    {
        var text = ReadUtf8(Path.Combine(Dir("testfiles-negative", name), "Dockerfile"));
        DockerfileParser.Parse(text).Diagnostics.Should().NotBeEmpty();
    }

    [Fact]
    public void Line_numbers_match_BuildKit()
    {
        var text = ReadUtf8(Dir("testfile-line", "Dockerfile"));
        var syntax = DockerfileParser.Parse(text);
        var lines = syntax.Instructions.Select(i =>
            (syntax.Source.GetLinePosition(i.Span.Start).Line, syntax.Source.GetLinePosition(i.Span.End).Line)).ToList();
        lines.Should().Equal((5, 5), (11, 12), (17, 31));
        syntax.GetDirective("escape")!.Value.Text.Should().Be("\\");
    }
}
