using System.Collections.Generic;
using System.Linq;
using DfLint.Cli.Output;
using DfLint.Testing;

namespace DfLint.Cli.Tests.Output;

public class GoldenOutputTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var format in ReportFormatters.Names)
        {
            foreach (var scenario in new[] { "multiple", "clean", "escaping", "multiline" })
                yield return new object[] { format, scenario };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_golden_file(string format, string scenario)
    {
        var output = OutputFixtures.Render(format, OutputFixtures.Scenario(scenario));

        Snapshot.Verify(System.IO.Path.Combine(SourceDirectory(), "Golden", scenario + "." + format + "." + Extension(format)), output);
    }

    [Fact]
    public void Every_format_has_golden_files()
    {
        var directory = System.IO.Path.Combine(SourceDirectory(), "Golden");
        var files = System.IO.Directory.GetFiles(directory).Select(System.IO.Path.GetFileName).ToHashSet();

        foreach (var (format, scenario) in Cases().Select(c => ((string)c[0], (string)c[1])))
            files.Should().Contain(scenario + "." + format + "." + Extension(format));
    }

    [Fact]
    public void Golden_files_belong_to_a_format_and_scenario()
    {
        var expected = Cases().Select(c => (string)c[1] + "." + (string)c[0] + "." + Extension((string)c[0])).ToHashSet();
        var directory = System.IO.Path.Combine(SourceDirectory(), "Golden");

        System.IO.Directory.GetFiles(directory).Select(System.IO.Path.GetFileName)
            .Should().OnlyContain(name => expected.Contains(name!), "stale golden files should be deleted");
    }

    internal static string Extension(string format) => format switch
    {
        "json" or "gitlab" => "json",
        "sarif" => "sarif",
        "checkstyle" or "junit" => "xml",
        _ => "txt",
    };

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "")
        => System.IO.Path.GetDirectoryName(file)!;
}
