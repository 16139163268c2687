using System.Collections.Generic;
using System.Linq;
using System.Text;
using DfLint.Parsing.Shell;

namespace DfLint.Core.Tests.Parsing.Shell;

/// <summary>Behaviour of lex.go beyond the upstream tables, as read from the Go code.</summary>
public sealed class ShellLexerBehaviourTests
{
    private static IReadOnlyDictionary<string, string> Env(params string[] entries) => ShellLexer.EnvFromList(entries);

    [Theory]
    [InlineData("8${P:-0}", new[] { "0" })]
    [InlineData("a b${X:-c d}e", new[] { "a", "c", "de" })]
    [InlineData("x\"y${X#z}\"", new[] { "y" })]
    public void ProcessWords_drops_the_unfinished_word_before_a_modifier_expression_like_BuildKit(string input, string[] words)
    {
        // Go's shellWord shares one words buffer and every nested processStopOn resets it.
        new ShellLexer().ProcessWords(input, Env()).Words.Should().Equal(words);
    }

    [Theory]
    [InlineData("8${P:-0}", "80")]
    [InlineData("a b${X:-c d}e", "a bc de")]
    public void ProcessWord_is_not_affected_by_the_words_buffer(string input, string value)
    {
        new ShellLexer().ProcessWord(input, Env()).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("8$P", new[] { "80" })]
    [InlineData("8${P}", new[] { "80" })]
    [InlineData("8\"${P}\"", new[] { "80" })]
    public void Plain_references_keep_the_word_prefix(string input, string[] words)
    {
        new ShellLexer().ProcessWords(input, Env("P=0")).Words.Should().Equal(words);
    }

    [Theory]
    [InlineData("$A", "x\u3000y", new[] { "x", "y" })]
    [InlineData("$A", "x\u00A0y", new[] { "x", "y" })]
    [InlineData("$A", "x\u200By", new[] { "x\u200By" })]
    [InlineData("\"$A\"", "x y", new[] { "x y" })]
    public void Splits_on_go_unicode_spaces(string input, string value, string[] words)
    {
        new ShellLexer().ProcessWords(input, Env("A=" + value)).Words.Should().Equal(words);
    }

    [Fact]
    public void ProcessWords_error_has_no_words()
    {
        var result = new ShellLexer().ProcessWords("a 'b", Env());

        result.Words.Should().BeEmpty();
        result.Error.Should().Be("unexpected end of statement while looking for matching single-quote");
        result.WrappedError.Should().Be("failed to process \"a 'b\": unexpected end of statement while looking for matching single-quote");
    }

    [Theory]
    [InlineData("he${}", "syntax error: bad substitution")]
    [InlineData("${", "syntax error: missing '}'")]
    [InlineData("${a:-b", "syntax error: missing '}'")]
    [InlineData("${a:-\"b", "syntax error: missing '}'")]
    [InlineData("${a:-${}}", "syntax error: bad substitution")]
    [InlineData("${a/b", "syntax error: missing '/' in ${}")]
    [InlineData("${a/b/c", "syntax error: missing '}'")]
    [InlineData("he${PWD", "unsupported modifier (\uFFFD) in substitution")]
    [InlineData("${a:", "syntax error: missing '}'")]
    [InlineData("${a:=b}", "unsupported modifier (:=) in substitution")]
    [InlineData("${a^^}", "unsupported modifier (^) in substitution")]
    [InlineData("${a:1:2}", "unsupported modifier (:1) in substitution")]
    [InlineData("${#a}", "unsupported modifier (a) in substitution")]
    [InlineData("${A#\\x}", "invalid pattern (\\x) in substitution: invalid escape '\\x'")]
    [InlineData("${A%a\\x}", "invalid pattern (\\xa) in substitution: invalid escape '\\x'")]
    [InlineData("${A/\\x/}", "invalid pattern (\\x) in substitution: invalid escape '\\x'")]
    [InlineData("${A:?}", "A: is not allowed to be empty")]
    public void Reports_buildkit_error_text(string input, string error)
    {
        var result = new ShellLexer().ProcessWord(input, Env("A="));

        result.Error.Should().Be(error);
        result.Value.Should().BeEmpty();
    }

    [Fact]
    public void Wraps_errors_like_buildkit()
    {
        new ShellLexer().ProcessWord("he${}\t\"", Env()).WrappedError
            .Should().Be("failed to process \"he${}\\t\\\"\": syntax error: bad substitution");
    }

    [Theory]
    [InlineData("$FOO ${BAR} ${BAZ:-x} ${Q/a/b} ${Q//a/b}", "$FOO ${BAR} ${BAZ:-x} ${Q/a/b} ${Q/a/b}")]
    [InlineData("$SET-${SET}", "v-v")]
    public void SkipUnsetEnv_keeps_unset_references(string input, string expected)
    {
        new ShellLexer { SkipUnsetEnv = true }.ProcessWord(input, Env("SET=v")).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"a b\"'c'", "\"a b\"'c'")]
    [InlineData("\"$A\"", "\"v\"")]
    public void RawQuotes_keeps_quotes(string input, string expected)
    {
        new ShellLexer { RawQuotes = true }.ProcessWord(input, Env("A=v")).Value.Should().Be(expected);
    }

    [Fact]
    public void RawQuotes_words_keep_quoted_spaces()
    {
        new ShellLexer { RawQuotes = true }.ProcessWords("x\"a b\" c", Env()).Words
            .Should().Equal("x\"a b\"", "c");
    }

    [Theory]
    [InlineData("a\\ b", "a\\ b")]
    [InlineData("a\\", "a\\")]
    [InlineData("\"\\$A\"", "\\$A")]
    [InlineData("\"\\a\"", "\\\\a")]
    public void RawEscapes_keeps_escapes(string input, string expected)
    {
        // The last row is a Go quirk: inside double quotes an escape before an ordinary
        // character is written once for RawEscapes and once as a literal.
        new ShellLexer { RawEscapes = true }.ProcessWord(input, Env("A=v")).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("'$A' \"$A\"", "'v' \"v\"")]
    [InlineData("it's", "it's")]
    public void SkipProcessQuotes_treats_quotes_as_text(string input, string expected)
    {
        var result = new ShellLexer { SkipProcessQuotes = true }.ProcessWord(input, Env("A=v"));

        result.Error.Should().BeNull();
        result.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("C:\\path\\$A", "C:\\path\\v")]
    [InlineData("a`$A", "a$A")]
    [InlineData("a` b", "a b")]
    [InlineData("\"a`\"b\"", "a\"b")]
    public void Backtick_escape_token(string input, string expected)
    {
        new ShellLexer('`').ProcessWord(input, Env("A=v")).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("${FOO//o/'<$0>'}", "f<o><o>")]
    [InlineData("${FOO//o/'<${0}>'}", "f<o><o>")]
    [InlineData("${FOO//o/'$$'}", "f$$")]
    [InlineData("${FOO//o/'[$1]'}", "f[][]")]
    [InlineData("${FOO//o/'[$00]'}", "f[][]")]
    [InlineData("${FOO//o/'[${0]'}", "f[${0][${0]")]
    [InlineData("${FOO/o/'<$0>'}", "f<$0>o")]
    [InlineData("${FOO//x*/y}", "foo")]
    [InlineData("${FOO//*/y}", "y")]
    [InlineData("${FOO//o*/}", "f")]
    public void Replace_all_expands_dollar_like_go_regexp(string input, string expected)
    {
        var result = new ShellLexer().ProcessWord(input, Env("FOO=foo"));

        result.Error.Should().BeNull();
        result.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("${FOO#?}", "😀x", "x")]
    [InlineData("${FOO%?}", "x😀", "x")]
    [InlineData("${FOO//?/.}", "a😀b", "...")]
    [InlineData("${FOO##*}", "a\nb", "\nb")]
    [InlineData("${FOO%%*}", "a\nb", "a\n")]
    [InlineData("${FOO/\\*/-}", "a*b*", "a-b*")]
    [InlineData("${FOO#a\\}}", "a}b", "b")]
    public void Patterns_work_on_code_points_and_lines(string input, string value, string expected)
    {
        new ShellLexer().ProcessWord(input, Env("FOO=" + value)).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("$𝐀", "v")]
    [InlineData("$٣x", "x")]
    [InlineData("\uFEFF$A", "v")]
    public void Names_use_unicode_letters_and_digits(string input, string expected)
    {
        new ShellLexer().ProcessWord(input, Env("A=v", "𝐀=v")).Value.Should().Be(expected);
    }

    private static string Nested(int levels, string open = "${a:-") =>
        string.Concat(Enumerable.Repeat(open, levels)) + "x" + new string('}', levels);

    [Fact]
    public void Nesting_up_to_the_limit_works()
    {
        var result = new ShellLexer().ProcessWord(Nested(ShellLexer.MaxNestingDepth - 1), Env());

        result.Error.Should().BeNull();
        result.Value.Should().Be("x");
    }

    [Theory]
    [InlineData(ShellLexer.MaxNestingDepth)]
    [InlineData(100)]
    [InlineData(200_000)]
    public void Deeper_nesting_is_an_error_not_a_crash(int levels)
    {
        var result = new ShellLexer().ProcessWord(Nested(levels), Env());

        result.Error.Should().Be("syntax error: ${} expressions nested deeper than 64 levels");
        new ShellLexer().ProcessWords(Nested(levels, "\"${a:-"), Env()).Error.Should().NotBeNull();
    }

    [Fact]
    public void Long_words_are_processed()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++)
        {
            sb.Append("$A ${B:-b} '").Append(i).Append("' ");
        }

        var result = new ShellLexer().ProcessWords(sb.ToString(), Env("A=a"));

        result.Error.Should().BeNull();
        result.Words.Should().HaveCount(150_000);
    }
}
