using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace DfLint.Cli.Tests.Output;

/// <summary>
/// Golden files under <c>Output/Golden</c> in the source tree. They are rewritten only when
/// <c>DFLINT_UPDATE_SNAPSHOTS=1</c>; otherwise a difference (or a missing file) fails the test.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string fileName, string actual, [CallerFilePath] string callerFile = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden");
        string path = Path.Combine(directory, fileName);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("DFLINT_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        File.Exists(path).Should().BeTrue($"golden file {path} should exist (run with DFLINT_UPDATE_SNAPSHOTS=1 to create it)");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n");
        actual.Should().Be(expected, $"the output should match {fileName} (run with DFLINT_UPDATE_SNAPSHOTS=1 and review the diff if the change is intended)");
    }
}
