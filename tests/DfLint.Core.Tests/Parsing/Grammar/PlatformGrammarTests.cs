using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class PlatformGrammarTests
{
    private static Token W(string text) => new(text, new SourceSpan(50, text.Length));

    private static Token T(string text, int at) => new(text, new SourceSpan(50 + at, text.Length));

    [Fact]
    public void Reads_os_and_architecture()
    {
        PlatformGrammar.TryParse(W("linux/amd64"), out var spec).Should().BeTrue();
        spec.Should().BeEquivalentTo(new PlatformSpec(W("linux/amd64"),
            new[] { new PlatformSyntax(T("linux/amd64", 0), T("linux", 0), T("amd64", 6), null, false) }, null));
    }

    [Fact]
    public void Reads_a_variant()
    {
        var spec = PlatformGrammar.Parse(W("linux/arm64/v8"));
        spec.Platforms.Should().ContainSingle().Which.Variant.Should().Be(T("v8", 12));
    }

    [Fact]
    public void Reads_comma_lists()
    {
        PlatformGrammar.TryParse(W("linux/amd64,linux/arm/v7"), out var spec).Should().BeTrue();
        spec.Platforms.Should().HaveCount(2);
        spec.Platforms[1].Should().Be(new PlatformSyntax(T("linux/arm/v7", 12), T("linux", 12), T("arm", 18), T("v7", 22), false));
    }

    [Theory]
    [InlineData("$BUILDPLATFORM")]
    [InlineData("${TARGETPLATFORM}")]
    public void Reads_a_platform_variable(string text)
    {
        PlatformGrammar.TryParse(W(text), out var spec).Should().BeTrue();
        spec.HasVariables.Should().BeTrue();
        spec.Platforms.Should().ContainSingle().Which.Should().Be(new PlatformSyntax(W(text), null, null, null, true));
    }

    [Fact]
    public void Reads_variables_per_component()
    {
        var spec = PlatformGrammar.Parse(W("${TARGETOS}/${TARGETARCH}"));
        spec.Platforms[0].Should().Be(new PlatformSyntax(W("${TARGETOS}/${TARGETARCH}"), T("${TARGETOS}", 0), T("${TARGETARCH}", 12), null, true));
    }

    [Theory]
    [InlineData("arm64", null, "arm64")]
    [InlineData("windows", "windows", null)]
    public void A_single_component_is_an_architecture_when_it_names_one(string text, string? os, string? arch)
    {
        var p = PlatformGrammar.Parse(W(text)).Platforms[0];
        p.Os?.Text.Should().Be(os);
        p.Architecture?.Text.Should().Be(arch);
        (p.Os is null).Should().Be(os is null);
        (p.Architecture is null).Should().Be(arch is null);
    }

    [Theory]
    [InlineData("linux/", 6, 0, "unexpected end of input, expected platform component")]
    [InlineData("linux/arm/v7/x", 12, 1, "unexpected '/', expected '/', ',' or end of input")]
    [InlineData("linux amd64", 5, 1, "unexpected ' ', expected '/', ',' or end of input")]
    [InlineData("linux/amd64,", 12, 0, "unexpected end of input, expected platform component")]
    [InlineData("", 0, 0, "unexpected end of input, expected platform component")]
    public void Reports_invalid_values_with_exact_text_and_span(string text, int at, int length, string message)
    {
        PlatformGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Platforms.Should().BeEmpty();
        spec.Error.Should().Be(new ValueError(new SourceSpan(50 + at, length), message));
    }
}
