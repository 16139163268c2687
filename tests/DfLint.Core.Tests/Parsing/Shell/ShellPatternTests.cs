using DfLint.Parsing.Shell;

namespace DfLint.Core.Tests.Parsing.Shell;

/// <summary>lex_test.go TestConvertShellPatternToRegex, TestReversePattern, TestReverseString, and the matcher.</summary>
public sealed class ShellPatternTests
{
    [Theory]
    [InlineData("*", "^.*")]
    [InlineData("?", "^.")]
    [InlineData("\\*", "^\\*")]
    [InlineData("(()[]{\\}^$.\\*\\?|\\\\", "^\\(\\(\\)\\[\\]\\{\\}\\^\\$\\.\\*\\?\\|\\\\")]
    public void Converts_glob_to_go_regex(string glob, string regex)
    {
        var pattern = ShellPattern.Compile(glob, greedy: true, anchored: true, out string? error);

        error.Should().BeNull();
        pattern!.RegexText.Should().Be(regex);
    }

    [Fact]
    public void Lazy_unanchored_star()
    {
        ShellPattern.Compile("a*b", greedy: false, anchored: false, out _)!.RegexText.Should().Be("a.*?b");
    }

    [Theory]
    [InlineData("\\", "invalid escape '\\\uFFFD'")]
    [InlineData("\\x", "invalid escape '\\x'")]
    [InlineData("\\\\\\", "invalid escape '\\\uFFFD'")]
    public void Rejects_bad_escapes(string glob, string message)
    {
        ShellPattern.Compile(glob, greedy: true, anchored: true, out string? error).Should().BeNull();
        error.Should().Be(message);
    }

    [Theory]
    [InlineData("a\\*c", "c\\*a")]
    [InlineData("\\\\\\ab", "b\\a\\\\")]
    [InlineData("ab\\", "\\ba")]
    [InlineData("👽\\🚀🖖", "🖖\\🚀👽")]
    [InlineData("\\\\b", "b\\\\")]
    public void Reverses_patterns_keeping_escape_pairs(string pattern, string expected)
    {
        ShellPattern.ReversePattern(pattern).Should().Be(expected);
    }

    [Theory]
    [InlineData("54321", "12345")]
    [InlineData("🖖🚀👽", "👽🚀🖖")]
    public void Reverses_strings_by_code_point(string input, string expected)
    {
        ShellPattern.ReverseString(input).Should().Be(expected);
    }

    [Theory]
    [InlineData("a*b", true, "xxaxbxbyy", 2, 7)]
    [InlineData("a*b", false, "xxaxbxbyy", 2, 5)]
    [InlineData("", true, "abc", 0, 0)]
    [InlineData("*", true, "ab\ncd", 0, 2)]
    [InlineData("?", true, "\nab", 1, 2)]
    [InlineData("b*", false, "abbb", 1, 2)]
    [InlineData("zz", true, "abc", -1, -1)]
    public void Finds_leftmost_first_match(string glob, bool greedy, string text, int start, int end)
    {
        var pattern = ShellPattern.Compile(glob, greedy, anchored: false, out _)!;

        bool found = pattern.Find(GoText.ToRunes(text), 0, out int s, out int e);

        found.Should().Be(start >= 0);
        if (found)
        {
            (s, e).Should().Be((start, end));
        }
    }

    [Fact]
    public void Anchored_pattern_only_matches_at_the_start()
    {
        var pattern = ShellPattern.Compile("b", greedy: true, anchored: true, out _)!;

        pattern.Find(GoText.ToRunes("ab"), 0, out _, out _).Should().BeFalse();
        pattern.Find(GoText.ToRunes("ba"), 0, out _, out int end).Should().BeTrue();
        end.Should().Be(1);
    }

    [Fact]
    public void Many_stars_against_a_long_text_finish()
    {
        string glob = string.Concat(System.Linq.Enumerable.Repeat("*a", 200)) + "b";
        var pattern = ShellPattern.Compile(glob, greedy: true, anchored: true, out _)!;

        pattern.Find(GoText.ToRunes(new string('a', 20_000)), 0, out _, out _).Should().BeFalse();
    }
}
