using System;
using System.Linq;
using DfLint.Parsing.Shell;

namespace DfLint.Core.Tests.Parsing.Shell;

public sealed class VariableReferencesTests
{
    private static readonly VariableReference[] NoNested = Array.Empty<VariableReference>();

    private static VariableReference Plain(int start, string name) =>
        new(start, name.Length + 1, name, false, null, null, NoNested);

    private static VariableReference Braced(int start, string name) =>
        new(start, name.Length + 3, name, true, null, null, NoNested);

    private static void Check(string word, params VariableReference[] expected) =>
        Check(word, '\\', expected);

    private static void Check(string word, char escape, params VariableReference[] expected) =>
        VariableReferences.Find(word, escape).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());

    [Fact]
    public void Finds_plain_reference() => Check("$A", Plain(0, "A"));

    [Fact]
    public void Finds_braced_reference_inside_text() => Check("x${AB}y", Braced(1, "AB"));

    [Fact]
    public void Finds_several_references() =>
        Check("$HOME/${DIR}:$X_1", Plain(0, "HOME"), Braced(6, "DIR"), Plain(13, "X_1"));

    [Fact]
    public void Finds_default_with_nested_reference() =>
        Check("${A:-$B}", new VariableReference(0, 8, "A", true, ":-", "$B", new[] { Plain(5, "B") }));

    [Fact]
    public void Finds_deeply_nested_references() =>
        Check("a${X:+-${Y:-${Z}}}b", new VariableReference(1, 17, "X", true, ":+", "-${Y:-${Z}}", new[]
        {
            new VariableReference(7, 10, "Y", true, ":-", "${Z}", new[] { Braced(12, "Z") }),
        }));

    [Theory]
    [InlineData("${A-x}", "-", "x")]
    [InlineData("${A+x}", "+", "x")]
    [InlineData("${A?x}", "?", "x")]
    [InlineData("${A:?x}", ":?", "x")]
    [InlineData("${A#x}", "#", "x")]
    [InlineData("${A##*/}", "##", "*/")]
    [InlineData("${A%.*}", "%", ".*")]
    [InlineData("${A%%.*}", "%%", ".*")]
    [InlineData("${A/x/y}", "/", "x/y")]
    [InlineData("${A//x/y}", "//", "x/y")]
    [InlineData("${A/x/}", "/", "x/")]
    public void Reports_supported_modifiers(string word, string modifier, string operand)
    {
        var reference = VariableReferences.Find(word, '\\').Should().ContainSingle().Subject;

        reference.Should().BeEquivalentTo(new VariableReference(0, word.Length, "A", true, modifier, operand, NoNested));
        reference.IsSupportedModifier.Should().BeTrue();
    }

    [Theory]
    [InlineData("${A=x}", "=")]
    [InlineData("${A:=x}", ":=")]
    [InlineData("${A:#x}", ":#")]
    [InlineData("${A^^}", "^")]
    public void Reports_unsupported_modifiers_as_buildkit_names_them(string word, string modifier)
    {
        var reference = VariableReferences.Find(word, '\\').Should().ContainSingle().Subject;

        reference.Modifier.Should().Be(modifier);
        reference.Length.Should().Be(word.Length);
        reference.IsSupportedModifier.Should().BeFalse();
    }

    [Fact]
    public void Finds_references_in_pattern_and_replacement() =>
        Check("${A//$P/${R}}", new VariableReference(0, 13, "A", true, "//", "$P/${R}", new[] { Plain(5, "P"), Braced(8, "R") }));

    [Fact]
    public void Reports_positional_and_special_parameters() =>
        Check("$1 $@ $$ ${#} $999x", Plain(0, "1"), Plain(3, "@"), Plain(6, "$"), Braced(9, "#"), Plain(14, "999"));

    [Fact]
    public void Skips_escaped_dollar() => Check("\\$A $B", Plain(4, "B"));

    [Fact]
    public void Skips_single_quotes_but_not_double_quotes() => Check("'$A' \"$B\"", Plain(6, "B"));

    [Fact]
    public void Skips_escaped_dollar_inside_double_quotes() => Check("\"\\$A\\\\$B\"", Plain(6, "B"));

    [Fact]
    public void Single_quotes_in_an_operand_hide_references() =>
        Check("${A:-'$B'}", new VariableReference(0, 10, "A", true, ":-", "'$B'", NoNested));

    [Fact]
    public void SkipProcessQuotes_sees_inside_quotes()
    {
        VariableReferences.Find("'$A'", '\\', skipProcessQuotes: true)
            .Should().BeEquivalentTo(new[] { Plain(1, "A") });
    }

    [Fact]
    public void Uses_the_escape_token() => Check("`$A \\$B", '`', Plain(5, "B"));

    [Theory]
    [InlineData("")]
    [InlineData("no dollars")]
    [InlineData("$")]
    [InlineData("$.")]
    [InlineData("a$ b")]
    [InlineData("${}")]
    [InlineData("${:-x}")]
    [InlineData("${{A}")]
    [InlineData("${A")]
    [InlineData("${A:")]
    public void Ignores_text_that_is_not_a_reference(string word) => Check(word);

    [Fact]
    public void Keeps_references_inside_an_unterminated_expression() => Check("${A:-$B ${C}", Plain(5, "B"), Braced(8, "C"));

    [Fact]
    public void Offsets_are_utf16() => Check("😀$A", Plain(2, "A"));

    [Fact]
    public void Closing_brace_after_reference_is_text() => Check("${A}}", Braced(0, "A"));

    [Fact]
    public void Matches_the_names_the_lexer_looks_up()
    {
        const string word = "x${A:-$B}${C#$D}'$E'\"$F\"\\$G${H//$I/$J}";
        var result = new ShellLexer().ProcessWord(word, ShellLexer.EnvFromList(Array.Empty<string>()));

        var found = VariableReferences.Find(word, '\\');
        var names = found.SelectMany(r => new[] { r }.Concat(r.Nested)).Select(r => r.Name);

        names.Should().BeEquivalentTo(result.Unmatched);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(200_000)]
    public void Deep_nesting_does_not_crash(int levels)
    {
        string word = string.Concat(Enumerable.Repeat("${a:-", levels)) + "$x" + new string('}', levels);

        var found = VariableReferences.Find(word, '\\');

        found.Should().NotBeEmpty();
    }
}
