using System;
using System.Collections.Generic;
using System.Text;
using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

/// <summary>Tests of <see cref="ImageReferenceParser"/>, the image reference grammar.</summary>
public class ImageReferenceGrammarTests
{
    private static Token T(string text, int at) => new(text, new SourceSpan(5 + at, text.Length));

    private static ImageReferenceSyntax P(string text) => ImageReferenceParser.Parse(new Token(text, new SourceSpan(5, text.Length)));

    [Fact]
    public void Splits_registry_path_tag_and_digest()
    {
        P("registry.example.com:5000/team/app:1.2@sha256:abc").Should().BeEquivalentTo(new ImageReferenceSyntax(
            new SourceSpan(5, 49), "registry.example.com:5000/team/app:1.2@sha256:abc",
            T("registry.example.com:5000", 0), T("team/app", 26), T("1.2", 35), T("sha256:abc", 39)));
    }

    [Theory]
    [InlineData("ubuntu", null, "ubuntu", null)]
    [InlineData("library/ubuntu:22.04", null, "library/ubuntu", "22.04")]
    [InlineData("localhost/app", "localhost", "app", null)]
    [InlineData("node:${TAG:-20}", null, "node", "${TAG:-20}")]
    [InlineData("${REGISTRY}/app:1", "${REGISTRY}", "app", "1")]
    [InlineData("${BASE}/app:1", null, "${BASE}/app", "1")]
    [InlineData("${X:-a/b}/c", "${X:-a/b}", "c", null)]
    [InlineData("", null, "", null)]
    public void Reads_references(string text, string? registry, string path, string? tag)
    {
        var r = P(text);
        r.Registry?.Text.Should().Be(registry);
        (r.Registry is null).Should().Be(registry is null);
        r.Path.Text.Should().Be(path);
        r.Tag?.Text.Should().Be(tag);
        (r.Tag is null).Should().Be(tag is null);
    }

    [Fact]
    public void Parts_of_an_inexact_text_get_the_whole_span()
    {
        var r = ImageReferenceParser.Parse("alpine:3", new SourceSpan(10, 12), exact: false);
        r.Path.Should().Be(new Token("alpine", new SourceSpan(10, 12)));
        r.Tag.Should().Be(new Token("3", new SourceSpan(10, 12)));
    }

    [Fact]
    public void Agrees_with_the_previous_splitter_on_random_references()
    {
        var random = new Random(11);
        const string alphabet = "ab.:/@${}-_xREGISTRYlocalhost";
        for (int n = 0; n < 20000; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(16);
            for (int k = 0; k < length; k++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            string s = sb.ToString();
            var span = new SourceSpan(3, s.Length);
            ImageReferenceParser.Parse(s, span, exact: true).Should().Be(PreviousSplitter(s, span), s);
        }
    }

    /// <summary>The hand-written splitter the grammar replaced (kept here as the reference).</summary>
    private static ImageReferenceSyntax PreviousSplitter(string s, SourceSpan span)
    {
        Token T(int start, int end) => new(s.Substring(start, end - start), SourceSpan.FromBounds(span.Start + start, span.Start + end));
        var slashes = new List<int>();
        int at = -1, depth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '$' && i + 1 < s.Length && s[i + 1] == '{') { depth++; i++; continue; }
            if (c == '}' && depth > 0) { depth--; continue; }
            if (depth > 0) continue;
            if (c == '/' && at < 0) slashes.Add(i);
            else if (c == '@' && at < 0) at = i;
        }
        int nameEnd = at >= 0 ? at : s.Length;
        Token? digest = at >= 0 ? T(at + 1, s.Length) : null;
        Token? registry = null;
        int pathStart = 0;
        if (slashes.Count > 0)
        {
            string first = s.Substring(0, slashes[0]);
            bool variable = first.StartsWith("${", StringComparison.Ordinal)
                && (first.IndexOf("REGISTRY", StringComparison.OrdinalIgnoreCase) >= 0 || first.IndexOf("REPO", StringComparison.OrdinalIgnoreCase) >= 0);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost" || variable)
            {
                registry = T(0, slashes[0]);
                pathStart = slashes[0] + 1;
            }
        }
        int lastSlash = slashes.Count > 0 ? slashes[slashes.Count - 1] : -1;
        int colon = -1;
        depth = 0;
        for (int i = Math.Max(lastSlash + 1, pathStart); i < nameEnd; i++)
        {
            char c = s[i];
            if (c == '$' && i + 1 < s.Length && s[i + 1] == '{') { depth++; i++; continue; }
            if (c == '}' && depth > 0) { depth--; continue; }
            if (depth == 0 && c == ':') { colon = i; break; }
        }
        Token? tag = colon >= 0 ? T(colon + 1, nameEnd) : null;
        return new ImageReferenceSyntax(span, s, registry, T(pathStart, colon >= 0 ? colon : nameEnd), tag, digest);
    }
}
