using System;
using System.Collections.Generic;
using System.Text;
using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing.Grammar;

public class MountGrammarTests
{
    private static Token W(string text) => new(text, new SourceSpan(30, text.Length));

    private static SourceSpan S(int at, int length) => new(30 + at, length);

    [Fact]
    public void Reads_fields_with_lowercased_keys()
    {
        MountGrammar.TryParse(W("Type=cache,target=/x,id=y,sharing=locked,ro"), out var spec).Should().BeTrue();
        spec.Fields.Should().BeEquivalentTo(new[]
        {
            new MountField(S(0, 10), "Type=cache", "type", "cache"),
            new MountField(S(11, 9), "target=/x", "target", "/x"),
            new MountField(S(21, 4), "id=y", "id", "y"),
            new MountField(S(26, 14), "sharing=locked", "sharing", "locked"),
            new MountField(S(41, 2), "ro", "ro", null),
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_quoted_field_keeps_its_comma_and_doubled_quotes()
    {
        MountGrammar.TryParse(W("type=bind,\"source=a,b\",\"target=say \"\"hi\"\"\""), out var spec).Should().BeTrue();
        spec.Fields[1].Should().Be(new MountField(S(10, 12), "source=a,b", "source", "a,b"));
        spec.Fields[2].Should().Be(new MountField(S(23, 19), "target=say \"hi\"", "target", "say \"hi\""));
    }

    [Theory]
    [InlineData("type=cache,tar\"get=/x", 14, 1, "unexpected '\"' inside an unquoted field, expected a quote only around a whole field")]
    [InlineData("\"type=cache\"x,target=/x", 12, 1, "unexpected 'x' after a closing quote, expected ',' or end of input")]
    [InlineData("\"type=cache", 11, 0, "unexpected end of input, expected '\"'")]
    [InlineData("", 0, 0, "unexpected end of input, expected mount field")]
    public void Reports_what_Gos_csv_reader_rejects(string text, int at, int length, string message)
    {
        MountGrammar.TryParse(W(text), out var spec).Should().BeFalse();
        spec.Error.Should().Be(new ValueError(S(at, length), message));
    }

    [Fact]
    public void Keeps_empty_fields_which_BuildKit_rejects()
    {
        var spec = MountGrammar.Parse(W("type=cache,,target=/x"));
        spec.Fields.Should().HaveCount(3);
        spec.Fields[1].Should().Be(new MountField(S(11, 0), "", "", null));
    }

    [Fact]
    public void Syntax_tree_mounts_match_the_previous_reader_on_random_values()
    {
        var random = new Random(7);
        const string alphabet = "ab=,\" ";
        for (int n = 0; n < 20000; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(12);
            for (int k = 0; k < length; k++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var value = W(sb.ToString());
            var flag = new FlagSyntax(new SourceSpan(22, value.Text.Length + 8), "mount=" + value.Text, new Token("mount", new SourceSpan(24, 5)), value);
            var mounts = MountGrammar.Parse(new[] { flag });
            mounts.Should().ContainSingle();
            mounts[0].Fields.Should().BeEquivalentTo(PreviousReader(value), o => o.WithStrictOrdering(), value.Text);
        }
    }

    /// <summary>The field splitting the syntax tree used before the grammar (kept here as the reference).</summary>
    private static List<MountFieldSyntax> PreviousReader(Token value)
    {
        var fields = new List<MountFieldSyntax>();
        string s = value.Text;
        int i = 0;
        while (i <= s.Length)
        {
            int start = i;
            var sb = new StringBuilder();
            if (i < s.Length && s[i] == '"')
            {
                i++;
                while (i < s.Length)
                {
                    if (s[i] == '"')
                    {
                        if (i + 1 < s.Length && s[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    sb.Append(s[i++]);
                }
                while (i < s.Length && s[i] != ',') sb.Append(s[i++]);
            }
            else
            {
                int comma = s.IndexOf(',', i);
                if (comma < 0) comma = s.Length;
                sb.Append(s, i, comma - i);
                i = comma;
            }
            string field = sb.ToString();
            if (field.Length > 0)
            {
                int eq = field.IndexOf('=');
                string key = (eq < 0 ? field : field.Substring(0, eq)).Trim().ToLowerInvariant();
                fields.Add(new MountFieldSyntax(key, eq < 0 ? null : field.Substring(eq + 1), SourceSpan.FromBounds(value.Span.Start + start, value.Span.Start + i)));
            }
            i++;
        }
        return fields;
    }
}
