using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class ChownGrammarTests
{
    private static Token W(string text) => new(text, new SourceSpan(20, text.Length));

    private static Token T(string text, int at) => new(text, new SourceSpan(20 + at, text.Length));

    [Fact]
    public void Reads_a_user()
    {
        ChownGrammar.TryParse(W("app"), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new ChownSpec(W("app"), T("app", 0), null, false, null));
        spec.UserIsNumeric.Should().BeFalse();
    }

    [Fact]
    public void Reads_numeric_user_and_group()
    {
        ChownGrammar.TryParse(W("1000:1001"), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new ChownSpec(W("1000:1001"), T("1000", 0), T("1001", 5), false, null));
        spec.UserIsNumeric.Should().BeTrue();
        spec.GroupIsNumeric.Should().BeTrue();
    }

    [Fact]
    public void A_colon_inside_a_variable_does_not_split()
    {
        ChownGrammar.TryParse(W("${UID:-1000}:${GID}"), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new ChownSpec(W("${UID:-1000}:${GID}"), T("${UID:-1000}", 0), T("${GID}", 13), true, null));
    }

    [Theory]
    [InlineData("", 0, 0, "unexpected end of input, expected user name or ID")]
    [InlineData(":staff", 0, 1, "unexpected ':', expected user name or ID")]
    [InlineData("app:", 4, 0, "unexpected end of input, expected group name or ID")]
    [InlineData("a:b:c", 3, 1, "unexpected ':', expected end of input")]
    public void Reports_invalid_values_with_exact_text_and_span(string text, int at, int length, string message)
    {
        ChownGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Error.Should().Be(new ValueError(new SourceSpan(20 + at, length), message));
    }
}
