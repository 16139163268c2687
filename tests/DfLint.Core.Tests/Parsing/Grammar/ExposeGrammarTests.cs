using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class ExposeGrammarTests
{
    /// <summary>A word as the parser hands it over: at file offset 100, contiguous.</summary>
    private static Token W(string text) => new(text, new SourceSpan(100, text.Length));

    private static Token T(string text, int at) => new(text, new SourceSpan(100 + at, text.Length));

    [Fact]
    public void Reads_a_single_port()
    {
        ExposeGrammar.TryParse(W("80"), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new PortSpec(W("80"), null, T("80", 0), null, null, 80, 80, false, null));
    }

    [Fact]
    public void Reads_a_range_with_protocol()
    {
        ExposeGrammar.TryParse(W("8000-8010/udp"), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new PortSpec(W("8000-8010/udp"), null, T("8000", 0), T("8010", 5), T("udp", 10), 8000, 8010, false, null));
        spec.IsRange.Should().BeTrue();
    }

    [Fact]
    public void Keeps_protocol_casing_and_accepts_it()
    {
        ExposeGrammar.TryParse(W("80/TCP"), out var spec).Should().BeTrue();
        spec.Protocol.Should().Be(T("TCP", 3));
    }

    [Fact]
    public void An_empty_protocol_is_tcp_to_docker()
    {
        ExposeGrammar.TryParse(W("80/"), out var spec).Should().BeTrue();
        spec.Protocol.Should().Be(T("", 3));
    }

    [Theory]
    [InlineData("${PORT}")]
    [InlineData("$PORT/udp")]
    [InlineData("${PORT:-80}")]
    [InlineData("80/$PROTO")]
    [InlineData("${A}-${B}")]
    public void Reads_variables_without_checking_them(string text)
    {
        ExposeGrammar.TryParse(W(text), out var spec).Should().BeTrue();
        spec.HasVariables.Should().BeTrue();
    }

    [Fact]
    public void A_variable_port_has_no_number()
    {
        var spec = ExposeGrammar.Parse(W("$PORT/udp"));
        spec.Should().BeEquivalentTo(new PortSpec(W("$PORT/udp"), null, T("$PORT", 0), null, T("udp", 6), null, null, true, null));
    }

    [Fact]
    public void Keeps_a_host_part_for_rules_to_report()
    {
        ExposeGrammar.TryParse(W("127.0.0.1:8080:80/tcp"), out var spec).Should().BeTrue();
        spec.Host.Should().Be(T("127.0.0.1:8080", 0));
        spec.StartPort.Should().Be(T("80", 15));
        spec.Start.Should().Be(80);
    }

    [Theory]
    [InlineData("99999", 0, 5, "unexpected '99999', expected a port number from 0 to 65535")]
    [InlineData("80-70000", 3, 5, "unexpected '70000', expected a port number from 0 to 65535")]
    [InlineData("90-80", 0, 5, "unexpected '90-80', expected a range from a lower to a higher port")]
    [InlineData("80/tcpx", 3, 4, "unexpected 'tcpx', expected tcp, udp or sctp")]
    [InlineData("80-", 3, 0, "unexpected end of input, expected port number")]
    [InlineData("abc", 0, 1, "unexpected 'a', expected port number")]
    [InlineData("80x", 2, 1, "unexpected 'x', expected '-', '/' or end of input")]
    [InlineData("80-90x", 5, 1, "unexpected 'x', expected '/' or end of input")]
    [InlineData("", 0, 0, "unexpected end of input, expected port number")]
    public void Reports_invalid_entries_with_exact_text_and_span(string text, int at, int length, string message)
    {
        ExposeGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Word.Should().Be(W(text));
        spec.Error.Should().Be(new ValueError(new SourceSpan(100 + at, length), message));
    }

    [Fact]
    public void Port_bounds_are_inclusive()
    {
        ExposeGrammar.TryParse(W("0"), out _).Should().BeTrue();
        ExposeGrammar.TryParse(W("65535"), out _).Should().BeTrue();
        ExposeGrammar.TryParse(W("65536"), out _).Should().BeFalse();
        ExposeGrammar.TryParse(W("99999999999999999999"), out _).Should().BeFalse();
    }

    [Fact]
    public void A_word_joined_across_lines_gets_the_whole_span_for_each_part()
    {
        var joined = new Token("80/udp", new SourceSpan(100, 9)); // "80\\\n  /udp" in the file
        var spec = ExposeGrammar.Parse(joined);
        spec.StartPort!.Span.Should().Be(joined.Span);
        spec.Protocol!.Span.Should().Be(joined.Span);
    }
}
