using DfLint.Syntax;

namespace DfLint.Core.Tests.Syntax;

public class SourceLocationTests
{
    private static string Where(string text, int start, int length)
    {
        var l = SourceLocation.Of(new SourceText(text), new SourceSpan(start, length));
        return $"{l.Line}:{l.Column}-{l.EndLine}:{l.EndColumn}";
    }

    [Theory]
    [InlineData("FROM alpine\nRUN x\n", 12, 3, "2:1-2:4")]   // RUN
    [InlineData("FROM alpine\nRUN x\n", 5, 0, "1:6-1:6")]    // empty span
    [InlineData("FROM a \\\n  b\n", 5, 7, "1:6-2:4")]        // across a continuation
    [InlineData("FROM alpine\nRUN x\n", 0, 12, "1:1-1:12")]  // ends just after the line break: stays on line 1
    [InlineData("FROM alpine\r\nRUN x\r\n", 0, 13, "1:1-1:12")] // the CR is not part of the line
    [InlineData("RUN x\n\n", 0, 7, "1:1-2:1")]               // ends after an empty line: at that line's end
    [InlineData("RUN x\n", 6, 0, "2:1-2:1")]                 // the end of the text
    [InlineData("RUN x\n", 4, 99, "1:5-1:6")]                // clamped to the text
    [InlineData("RUN x", -3, 2, "1:1-1:1")]                  // clamped to the start
    [InlineData("é\tRUN 😀 x\n", 7, 1, "1:8-1:9")]            // UTF-16 code units
    public void Maps_spans_to_1_based_lines_and_exclusive_end_columns(string text, int start, int length, string expected)
        => Where(text, start, length).Should().Be(expected);
}
