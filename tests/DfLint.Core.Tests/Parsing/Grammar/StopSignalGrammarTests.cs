using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class StopSignalGrammarTests
{
    private static Token W(string text) => new(text, new SourceSpan(5, text.Length));

    [Theory]
    [InlineData("SIGTERM", "SIGTERM")]
    [InlineData("TERM", "SIGTERM")]
    [InlineData("sigkill", "SIGKILL")]
    [InlineData("SIGRTMIN+3", "SIGRTMIN+3")]
    [InlineData("rtmax-14", "SIGRTMAX-14")]
    [InlineData("SIGUSR1", "SIGUSR1")]
    public void Reads_signal_names(string text, string name)
    {
        StopSignalGrammar.TryParse(W(text), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new SignalSpec(W(text), name, null, false, null));
    }

    [Fact]
    public void Reads_signal_numbers()
    {
        StopSignalGrammar.TryParse(W("15"), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new SignalSpec(W("15"), null, 15, false, null));
    }

    [Theory]
    [InlineData("$STOP")]
    [InlineData("${STOP:-SIGTERM}")]
    [InlineData("SIG${NAME}")]
    public void Reads_variables_without_checking_them(string text)
    {
        StopSignalGrammar.TryParse(W(text), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new SignalSpec(W(text), null, null, true, null));
    }

    [Theory]
    [InlineData("SIGFOO", 0, 6, "unexpected 'SIGFOO', expected a signal name such as SIGTERM")]
    [InlineData("SIGRTMIN+16", 0, 11, "unexpected 'SIGRTMIN+16', expected a signal name such as SIGTERM")]
    [InlineData("SIGTERM+1", 0, 9, "unexpected 'SIGTERM+1', expected a signal name such as SIGTERM")]
    [InlineData("0", 0, 1, "unexpected '0', expected a signal number from 1")]
    [InlineData("SIGRTMIN+", 9, 0, "unexpected end of input, expected number")]
    [InlineData("SIG TERM", 3, 1, "unexpected ' ', expected signal name")]
    [InlineData("", 0, 0, "unexpected end of input, expected signal name or number")]
    [InlineData("-9", 0, 1, "unexpected '-', expected signal name or number")]
    public void Reports_unknown_signals_with_exact_text_and_span(string text, int at, int length, string message)
    {
        StopSignalGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Error.Should().Be(new ValueError(new SourceSpan(5 + at, length), message));
    }
}
