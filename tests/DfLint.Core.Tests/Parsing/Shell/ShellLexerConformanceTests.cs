using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DfLint.Parsing.Shell;

using SharedData = DfLint.Testing.SharedData;

namespace DfLint.Core.Tests.Parsing.Shell;

/// <summary>
/// BuildKit's own tables (frontend/dockerfile/shell/envVarTest and wordsTest), read and interpreted
/// exactly as lex_test.go's TestShellParser4EnvVars and TestShellParser4Words do.
/// </summary>
public sealed class ShellLexerConformanceTests
{
    private static readonly IReadOnlyDictionary<string, string> EnvVarTestEnv =
        ShellLexer.EnvFromList(new[] { "PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL=" });

    private static string EnvVarTestPath => SharedData.TestData("buildkit-parser", "shell-lexer", "envVarTest");

    private static string WordsTestPath => SharedData.TestData("buildkit-parser", "shell-lexer", "wordsTest");

    /// <summary>Lines as Go's bufio.Scanner (ScanLines) yields them: split on '\n', one trailing '\r' dropped.</summary>
    private static IEnumerable<string> ReadLines(string path)
    {
        string text = File.ReadAllText(path, new UTF8Encoding(false));
        string[] lines = text.Split('\n');
        int count = text.EndsWith("\n", StringComparison.Ordinal) ? lines.Length - 1 : lines.Length;
        for (int i = 0; i < count; i++)
        {
            string line = lines[i];
            yield return line.EndsWith("\r", StringComparison.Ordinal) ? line.Substring(0, line.Length - 1) : line;
        }
    }

    /// <summary>All rows: (line number, platform, source, expected).</summary>
    private static List<(int Line, string Platform, string Source, string Expected)> EnvVarRows()
    {
        var rows = new List<(int, string, string, string)>();
        int lineCount = 0;
        foreach (string raw in ReadLines(EnvVarTestPath))
        {
            lineCount++;
            if (raw.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string[] parts = line.Split('|');
            if (parts.Length != 3)
            {
                throw new InvalidDataException($"envVarTest line {lineCount}: expected 3 fields: {line}");
            }

            string platform = parts[0].Trim();
            if (platform != "W" && platform != "A" && platform != "U")
            {
                throw new InvalidDataException($"envVarTest line {lineCount}: invalid tag {platform}");
            }

            rows.Add((lineCount, platform, parts[1].Trim(), parts[2].Trim()));
        }

        return rows;
    }

    public static IEnumerable<object[]> LinuxEnvVarRows() =>
        EnvVarRows().Where(r => r.Platform is "A" or "U")
            .Select(r => new object[] { r.Line, r.Source, r.Expected });

    [Fact]
    public void EnvVarTest_has_the_expected_rows()
    {
        var rows = EnvVarRows();
        rows.Count(r => r.Platform is "A" or "U").Should().Be(228);
        rows.Count(r => r.Platform == "W").Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(LinuxEnvVarRows))]
    public void EnvVarTest(int line, string source, string expected)
    {
        var result = new ShellLexer('\\').ProcessWord(source, EnvVarTestEnv);

        if (expected == "error")
        {
            result.Error.Should().NotBeNull("line {0}: {1} should fail, got {2}", line, source, result.Value);
            result.Value.Should().BeEmpty();
        }
        else
        {
            result.Error.Should().BeNull("line {0}: {1}", line, source);
            result.Value.Should().Be(expected, "line {0}: {1}", line, source);
        }
    }

    /// <summary>All rows: (line number, input, expected words, env entries at that line).</summary>
    private static List<(int Line, string Input, string[] Expected, string[] Env)> WordsRows()
    {
        var rows = new List<(int, string, string[], string[])>();
        var env = new List<string>();
        int lineNum = 0;
        foreach (string line in ReadLines(WordsTestPath))
        {
            lineNum++;
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("ENV ", StringComparison.Ordinal))
            {
                env.Add(line.Substring(3).TrimStart(' '));
                continue;
            }

            string[] parts = line.Split('|');
            if (parts.Length != 2)
            {
                throw new InvalidDataException($"wordsTest line {lineNum}: should be exactly one | in: {line}");
            }

            rows.Add((lineNum, parts[0].Trim(), parts[1].TrimStart(' ').Split(','), env.ToArray()));
        }

        return rows;
    }

    public static IEnumerable<object[]> AllWordsRows() =>
        WordsRows().Select(r => new object[] { r.Line, r.Input, r.Expected, r.Env });

    [Fact]
    public void WordsTest_has_the_expected_rows()
    {
        WordsRows().Should().HaveCount(24);
    }

    [Theory]
    [MemberData(nameof(AllWordsRows))]
    public void WordsTest(int line, string input, string[] expected, string[] env)
    {
        var result = new ShellLexer('\\').ProcessWords(input, ShellLexer.EnvFromList(env));

        IReadOnlyList<string> actual = result.Error is null ? result.Words : new[] { "error" };
        actual.Should().Equal(expected, "line {0}: {1}", line, input);
    }
}
