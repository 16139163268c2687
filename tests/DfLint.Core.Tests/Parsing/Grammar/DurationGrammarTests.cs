using DfLint.Parsing;
using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class DurationGrammarTests
{
    private static Token W(string text) => new(text, new SourceSpan(10, text.Length));

    private static Token T(string text, int at) => new(text, new SourceSpan(10 + at, text.Length));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("+0", 0L)]
    [InlineData("300ms", 300_000_000L)]
    [InlineData("1us", 1_000L)]
    [InlineData("1\u00b5s", 1_000L)]
    [InlineData("1\u03bcs", 1_000L)]
    [InlineData("7ns", 7L)]
    [InlineData("1h2m3.5s", 3_723_500_000_000L)]
    [InlineData(".5s", 500_000_000L)]
    [InlineData("5.s", 5_000_000_000L)]
    [InlineData("-1.5h", -5_400_000_000_000L)]
    [InlineData("1.0000000001s", 1_000_000_000L)]
    [InlineData("2562047h47m16.854775807s", long.MaxValue)]
    [InlineData("-2562047h47m16.854775808s", long.MinValue)]
    public void Reads_go_durations(string text, long nanoseconds)
    {
        DurationGrammar.TryParse(W(text), out var spec).Should().BeTrue();
        spec.Nanoseconds.Should().Be(nanoseconds);
        spec.Error.Should().BeNull();
    }

    [Fact]
    public void Keeps_each_part_with_its_span()
    {
        var spec = DurationGrammar.Parse(W("-1h30.5m"));
        spec.Should().BeEquivalentTo(new DurationSpec(W("-1h30.5m"), T("-", 0),
            new[] { new DurationPart(T("1", 1), T("h", 2)), new DurationPart(T("30.5", 3), T("m", 7)) },
            -5_430_000_000_000L, null));
    }

    [Theory]
    [InlineData("", 0, 0, "unexpected end of input, expected number")]
    [InlineData("5", 1, 0, "unexpected end of input, expected unit")]
    [InlineData("1x", 1, 1, "unexpected unit 'x', expected ns, us, µs, ms, s, m or h")]
    [InlineData("1s5", 3, 0, "unexpected end of input, expected unit")]
    [InlineData(".s", 0, 1, "unexpected '.', expected number")]
    [InlineData("s", 0, 1, "unexpected 's', expected number")]
    [InlineData("$INTERVAL", 0, 1, "unexpected '$', expected number")]
    [InlineData("1.2.3s", 3, 1, "unexpected '.', expected unit")]
    [InlineData("00", 2, 0, "unexpected end of input, expected unit")]
    public void Reports_invalid_durations_with_exact_text_and_span(string text, int at, int length, string message)
    {
        DurationGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Nanoseconds.Should().BeNull();
        spec.Error.Should().Be(new ValueError(new SourceSpan(10 + at, length), message));
    }

    [Theory]
    [InlineData("2562047h47m16.854775808s")]
    [InlineData("9999999999999999999999h")]
    public void Reports_durations_beyond_the_int64_range(string text)
    {
        DurationGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Error!.Message.Should().Be($"unexpected '{text}', expected a duration of at most 2562047h47m16.854775807s");
    }

    [Theory]
    [InlineData("30s", true)]
    [InlineData("1m30s", true)]
    [InlineData("5", false)]
    [InlineData("1x", false)]
    [InlineData("", false)]
    public void GoDuration_agrees_with_the_grammar(string text, bool valid)
    {
        GoDuration.TryParse(text, out _).Should().Be(valid);
        DurationGrammar.TryParse(W(text), out _).Should().Be(valid);
    }
}
