using System;
using System.Linq;
using System.Text;
using DfLint.Linting;
using DfLint.Parsing;

namespace DfLint.Core.Tests.Parsing;

/// <summary>
/// Inputs that break naive parsers: the parser and the rules must return normally (no exception, no stack overflow).
/// Speed is measured by the benchmarks, not here.
/// </summary>
public class PathologicalInputTests
{
    private static void ParsesAndLints(string text)
    {
        var syntax = DockerfileParser.Parse(text);
        syntax.Diagnostics.Should().NotContain(d => d.Message.StartsWith("internal", StringComparison.Ordinal));
        RoundTrip.AssertCovers(syntax, "pathological input");
        Linter.Lint(text).Findings.Should().NotContain(f => f.Message.StartsWith("internal error", StringComparison.Ordinal));
    }

    [Fact] public void Empty_file() => ParsesAndLints("");

    [Fact] public void Only_a_backslash() => ParsesAndLints("\\");

    [Fact]
    public void Binary_garbage()
    {
        var random = new Random(7);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        ParsesAndLints(new UTF8Encoding(false, false).GetString(bytes));
    }

    [Fact] public void A_line_of_100000_characters() => ParsesAndLints("FROM a\nRUN echo " + new string('x', 100_000) + "\n");

    [Fact] public void Ten_thousand_continuation_lines() => ParsesAndLints("FROM a\nRUN true" + string.Concat(Enumerable.Repeat(" \\\n  && echo x", 10_000)) + "\n");

    [Fact] public void Ten_thousand_heredoc_lines() => ParsesAndLints("FROM a\nRUN <<EOF\n" + string.Concat(Enumerable.Repeat("echo x\n", 10_000)) + "EOF\n");

    [Fact] public void Deeply_nested_json() => ParsesAndLints("FROM a\nCMD " + new string('[', 100_000) + new string(']', 100_000) + "\n");

    [Fact] public void Deeply_nested_variables() => ParsesAndLints("ARG A=1\nFROM a:" + string.Concat(Enumerable.Repeat("${A:-", 50_000)) + "x" + new string('}', 50_000) + "\n");

    [Fact] public void Deeply_nested_subshells_in_run() => ParsesAndLints("FROM a\nRUN " + new string('(', 50_000) + "apt-get install x" + new string(')', 50_000) + "\n");

    [Fact] public void Ten_thousand_flags() => ParsesAndLints("FROM a\nCOPY " + string.Concat(Enumerable.Repeat("--link ", 10_000)) + "a b\n");

    [Fact] public void Ten_megabytes() => ParsesAndLints(string.Concat(Enumerable.Repeat("FROM alpine:3.20\nRUN apk add --no-cache curl \\\n  && echo done\nENV A=1 B=\"two words\"\nCMD [\"sh\"]\n", 130_000)));
}
