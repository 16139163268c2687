using System;
using System.IO;
using System.Text;
using FluentAssertions;

namespace DfLint.Testing;

/// <summary>
/// The one golden-file mechanism of the tests: compares text with a file in the source tree, which is rewritten only when
/// <c>DFLINT_UPDATE_SNAPSHOTS=1</c> (then review the diff). Otherwise a difference, or a missing file, fails the test.
/// Line ends are compared as LF, and files are written as UTF-8 without a byte order mark.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "DFLINT_UPDATE_SNAPSHOTS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void Verify(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        File.Exists(goldenPath).Should().BeTrue($"golden file {goldenPath} should exist (run with {UpdateVariable}=1 to create it)");
        string expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n");
        actual.Should().Be(expected, $"the output should match {Path.GetFileName(goldenPath)} (run with {UpdateVariable}=1 and review the diff if the change is intended)");
    }
}
