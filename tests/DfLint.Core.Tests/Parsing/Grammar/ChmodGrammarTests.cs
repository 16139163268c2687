using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class ChmodGrammarTests
{
    private static Token W(string text) => new(text, new SourceSpan(0, text.Length));

    private static Token T(string text, int at) => new(text, new SourceSpan(at, text.Length));

    [Theory]
    [InlineData("755", 493)]
    [InlineData("0644", 420)]
    [InlineData("07777", 4095)]
    [InlineData("0", 0)]
    public void Reads_octal_modes(string text, int value)
    {
        ChmodGrammar.TryParse(W(text), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new ChmodSpec(W(text), value, System.Array.Empty<ChmodClause>(), false, null));
    }

    [Fact]
    public void Reads_symbolic_modes_clause_by_clause()
    {
        ChmodGrammar.TryParse(W("u+rwx,go=rx"), out var spec).Should().BeTrue();
        spec.IsSymbolic.Should().BeTrue();
        spec.Should().BeEquivalentTo(new ChmodSpec(W("u+rwx,go=rx"), null, new[]
        {
            new ChmodClause(T("u+rwx", 0), T("u", 0), new[] { new ChmodOperation(T("+", 1), T("rwx", 2)) }),
            new ChmodClause(T("go=rx", 6), T("go", 6), new[] { new ChmodOperation(T("=", 8), T("rx", 9)) }),
        }, false, null));
    }

    [Theory]
    [InlineData("+x")]
    [InlineData("a-w")]
    [InlineData("u=g")]
    [InlineData("o=")]
    [InlineData("u+r-w+X,g+s,+t")]
    public void Accepts_the_forms_of_chmod(string text)
    {
        ChmodGrammar.TryParse(W(text), out _).Should().BeTrue();
    }

    [Fact]
    public void Reads_variables_without_checking_them()
    {
        ChmodGrammar.TryParse(W("${MODE}"), out var spec).Should().BeTrue();
        spec.HasVariables.Should().BeTrue();
    }

    [Theory]
    [InlineData("10000", 0, 5, "unexpected '10000', expected an octal mode from 0 to 07777")]
    [InlineData("", 0, 0, "unexpected end of input, expected octal or symbolic mode")]
    [InlineData("u", 1, 0, "unexpected end of input, expected '+', '-' or '='")]
    [InlineData("u+rwz", 4, 1, "unexpected 'z', expected '+', '-', '=', permission, ',' or end of input")]
    [InlineData("u+r,", 4, 0, "unexpected end of input, expected '+', '-' or '='")]
    [InlineData("89", 0, 1, "unexpected '8', expected octal or symbolic mode")]
    public void Reports_invalid_modes_with_exact_text_and_span(string text, int at, int length, string message)
    {
        ChmodGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Error.Should().Be(new ValueError(new SourceSpan(at, length), message));
    }
}
