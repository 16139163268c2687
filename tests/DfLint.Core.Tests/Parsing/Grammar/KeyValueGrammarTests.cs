using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class KeyValueGrammarTests
{
    private static Token W(string text) => new(text, new SourceSpan(6, text.Length));

    private static Token T(string text, int at) => new(text, new SourceSpan(6 + at, text.Length));

    private static MappedText Line(string text) => MappedText.Contiguous(text, 0);

    [Fact]
    public void Reads_name_value_pairs_with_spans()
    {
        var line = Line("LABEL a=1 b=\"x y\"");
        KeyValueGrammar.NameValues(line, 6, line.Length, "LABEL", '\\', out var pairs, out var error, out _).Should().BeTrue();
        error.Should().BeNull();
        pairs.Should().BeEquivalentTo(new[]
        {
            new KeyValueSyntax(new SourceSpan(6, 3), new Token("a", new SourceSpan(6, 1)), new Token("1", new SourceSpan(8, 1)), false),
            new KeyValueSyntax(new SourceSpan(10, 7), new Token("b", new SourceSpan(10, 1)), new Token("\"x y\"", new SourceSpan(12, 5)), false),
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Reads_the_legacy_form()
    {
        var line = Line("ENV PATH /usr/bin:/bin");
        KeyValueGrammar.NameValues(line, 4, line.Length, "ENV", '\\', out var pairs, out _, out _).Should().BeTrue();
        pairs.Should().ContainSingle().Which.Should().Be(new KeyValueSyntax(new SourceSpan(4, 18),
            new Token("PATH", new SourceSpan(4, 4)), new Token("/usr/bin:/bin", new SourceSpan(9, 13)), true));
    }

    [Theory]
    [InlineData("ENV ONLYKEY", "ENV must have two arguments")]
    [InlineData("ENV a=1 b", "Syntax error - can't find = in \"b\". Must be of the form: name=value")]
    public void Reports_BuildKits_errors(string text, string message)
    {
        var line = Line(text);
        KeyValueGrammar.NameValues(line, 4, line.Length, "ENV", '\\', out _, out var error, out _).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void Reads_arg_declarations()
    {
        var line = Line("ARG A B=\"1 2\"");
        var declarations = KeyValueGrammar.ArgDeclarations(line, 4, line.Length, '\\');
        declarations.Should().HaveCount(2);
        declarations[0].DefaultValue.Should().BeNull();
        declarations[1].Should().Be(new ArgDeclarationSyntax(new SourceSpan(6, 7), new Token("B=\"1 2\"", new SourceSpan(6, 7)),
            new Token("B", new SourceSpan(6, 1)), new Token("\"1 2\"", new SourceSpan(8, 5))));
    }

    [Theory]
    [InlineData("org.opencontainers.image.title")]
    [InlineData("maintainer")]
    [InlineData("com.example.build-date")]
    [InlineData("a1.b2")]
    public void Accepts_conventional_label_keys(string key)
    {
        KeyValueGrammar.TryParseLabelKey(W(key), out var spec).Should().BeTrue();
        spec.IsReserved.Should().BeFalse();
    }

    [Fact]
    public void Splits_a_key_into_segments()
    {
        var spec = KeyValueGrammar.ParseLabelKey(W("org.example-app.v1"));
        spec.Should().BeEquivalentTo(new LabelKeySpec(W("org.example-app.v1"), new[] { T("org", 0), T("example-app", 4), T("v1", 16) }, false, false, null));
    }

    [Theory]
    [InlineData("com.docker.extension.name")]
    [InlineData("io.docker.x")]
    [InlineData("org.dockerproject.y")]
    public void Flags_reserved_namespaces(string key)
    {
        KeyValueGrammar.TryParseLabelKey(W(key), out var spec).Should().BeTrue();
        spec.IsReserved.Should().BeTrue();
    }

    [Theory]
    [InlineData("Org.example", 0, 1, "unexpected 'O', expected lowercase letter or digit")]
    [InlineData("org..example", 4, 1, "unexpected '.', expected lowercase letter or digit")]
    [InlineData("org--x", 4, 1, "unexpected '-', expected lowercase letter or digit")]
    [InlineData("-org", 0, 1, "unexpected '-', expected lowercase letter or digit")]
    [InlineData("org.", 4, 0, "unexpected end of input, expected lowercase letter or digit")]
    [InlineData("org-", 4, 0, "unexpected end of input, expected lowercase letter or digit")]
    [InlineData("org_x", 3, 1, "unexpected '_', expected lowercase letter, digit, '.', '-' or end of input")]
    [InlineData("", 0, 0, "unexpected end of input, expected lowercase letter or digit")]
    public void Reports_unconventional_keys_with_exact_text_and_span(string key, int at, int length, string message)
    {
        KeyValueGrammar.TryParseLabelKey(W(key), out var spec).Should().BeFalse();
        spec.Error.Should().Be(new ValueError(new SourceSpan(6 + at, length), message));
    }

    [Fact]
    public void Does_not_check_keys_with_variables()
    {
        KeyValueGrammar.TryParseLabelKey(W("${PREFIX}.Version"), out var spec).Should().BeTrue();
        spec.HasVariables.Should().BeTrue();
    }
}
