using System.Collections.Generic;
using System.Linq;
using DfLint.Configuration;

namespace DfLint.Core.Tests.Configuration;

public class ConfigFileParserTests
{
    [Fact]
    public void Reads_preamble_sections_and_pairs_with_lines()
    {
        var doc = ConfigFileParser.Parse(
            "root = true\n" +
            "# comment\n" +
            "; another\n" +
            "dflint.trusted_registries = docker.io\n" +
            "\n" +
            "[Dockerfile]\n" +
            "dotnet_diagnostic.DF000.severity = warning\n" +
            "[*.{cs,vb}]\n" +
            "indent_size: 4\n");

        doc.Errors.Should().BeEmpty();
        doc.IsRoot.Should().BeTrue();
        doc.IsGlobal.Should().BeFalse();
        doc.Preamble.Should().Equal(new ConfigPair("dflint.trusted_registries", "docker.io", 4));
        doc.Sections.Should().HaveCount(2);
        doc.Sections[0].Header.Should().Be("Dockerfile");
        doc.Sections[0].Line.Should().Be(6);
        doc.Sections[0].Pairs.Should().Equal(new ConfigPair("dotnet_diagnostic.DF000.severity", "warning", 7));
        doc.Sections[1].Header.Should().Be("*.{cs,vb}");
        doc.Sections[1].Pairs.Should().Equal(new ConfigPair("indent_size", "4", 9));
    }

    [Fact]
    public void Reads_is_global_and_strips_trailing_comments_as_roslyn_does()
    {
        var doc = ConfigFileParser.Parse("is_global = true\r\ndotnet_diagnostic.DF000.severity = error # why\r\nkey = a ; b\r\n");

        doc.Errors.Should().BeEmpty();
        doc.IsGlobal.Should().BeTrue();
        doc.Preamble.Select(p => (p.Key, p.Value)).Should().Equal(("dotnet_diagnostic.DF000.severity", "error"), ("key", "a"));
    }

    [Fact]
    public void Skips_a_byte_order_mark()
    {
        var doc = ConfigFileParser.Parse("\uFEFFroot = true\n");

        doc.Errors.Should().BeEmpty();
        doc.IsRoot.Should().BeTrue();
    }

    [Theory]
    [InlineData("[Dockerfile\nkey = v\n", 1, "the section header has no closing ']'")]
    [InlineData("key = v\njust some words\n", 2, "expected 'key = value', a [section] or a comment, not 'just some words'")]
    [InlineData("\n\n= value\n", 3, "the key before '=' is empty")]
    [InlineData("root = maybe\n", 1, "root must be true or false, not 'maybe'")]
    [InlineData("is_global = yes\n", 1, "is_global must be true or false, not 'yes'")]
    [InlineData("[]\n", 1, "the section header is empty")]
    [InlineData("[a] b\n", 1, "unexpected 'b' after the section header")]
    [InlineData("bad key = 1\n", 1, "'bad key' is not a valid key")]
    public void Reports_what_it_cannot_read_with_the_line(string text, int line, string message)
    {
        var doc = ConfigFileParser.Parse(text);

        doc.Errors.Should().Equal(new ConfigError(line, message));
    }

    [Fact]
    public void Keeps_reading_after_an_error()
    {
        var doc = ConfigFileParser.Parse("oops\n[*]\nk = v\n");

        doc.Errors.Should().ContainSingle();
        doc.Sections.Should().ContainSingle().Which.Pairs.Should().ContainSingle();
    }

    [Fact]
    public void Root_inside_a_section_is_an_ordinary_pair()
    {
        var doc = ConfigFileParser.Parse("[*]\nroot = true\n");

        doc.IsRoot.Should().BeFalse();
        doc.Sections[0].Pairs.Should().ContainSingle().Which.Key.Should().Be("root");
    }
}
