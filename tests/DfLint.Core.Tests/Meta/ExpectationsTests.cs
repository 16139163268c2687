using System;
using System.Linq;
using DfLint.Testing;

namespace DfLint.Core.Tests.Meta;

/// <summary>The <c># expect:</c> marker reader that the Core, CLI and analyzer tests share.</summary>
public class ExpectationsTests
{
    private static Reported At(string text, string fragment, string id, string message = "m")
        => new(text.IndexOf(fragment, StringComparison.Ordinal), id, message);

    [Fact]
    public void Applies_a_marker_to_the_next_instruction()
    {
        var text = "# expect: DF101 DF205\n\n# a comment\nFROM node:latest\nRUN x\n# expect: DF201 {{exact 'text'}}\nRUN y\n";

        Expectations.Read(text).Should().Equal(
            new Expectation(4, "DF101", null),
            new Expectation(4, "DF205", null),
            new Expectation(7, "DF201", "exact 'text'"));
    }

    [Fact]
    public void Skips_continuations_and_heredoc_bodies_when_finding_the_next_instruction()
    {
        var text = "FROM a\nRUN a \\\n  b\nRUN <<EOF\n# expect: DF999\nEOF\n# expect: DF202\nCOPY . .\n";

        Expectations.Read(text).Should().Equal(new Expectation(8, "DF202", null));
    }

    [Fact]
    public void Honours_the_escape_directive()
    {
        var text = "# escape=`\nFROM a\n# expect: DF201\nRUN a `\n  b\n# expect: DF202\nRUN c\n";

        Expectations.Read(text).Should().Equal(new Expectation(4, "DF201", null), new Expectation(7, "DF202", null));
        Expectations.Actual(text, new[] { At(text, "b\n", "DF201") }).Should().Equal(new Expectation(4, "DF201", "m"));
    }

    [Fact]
    public void Matches_findings_on_continuation_and_heredoc_lines_to_their_instruction()
    {
        var text = "FROM a\n# expect: DF201\nRUN a \\\n  b\n# expect: DF202\nRUN <<EOF\napt-get x\nEOF\n";

        var actual = Expectations.Actual(text, new[] { At(text, "b\n", "DF201"), At(text, "apt-get", "DF202") });

        actual.Select(a => a.Line).Should().Equal(3, 6);
        Expectations.Compare(Expectations.Read(text), actual).Should().BeEmpty();
    }

    [Fact]
    public void Reports_missing_and_unexpected_findings()
    {
        var text = "# expect: DF101\nFROM a\nRUN b\n";

        Expectations.Compare(Expectations.Read(text), Expectations.Actual(text, new[] { At(text, "b", "DF201") })).Should().Equal(
            "line 2: DF101: expected but not reported",
            "line 3: DF201 {{m}}: reported but not expected");
    }

    [Fact]
    public void Checks_the_exact_message_when_given()
    {
        var text = "# expect: DF101 {{one}}\nFROM a\n";
        var expected = Expectations.Read(text);

        Expectations.Compare(expected, new[] { new Expectation(2, "DF101", "two") }).Should().HaveCount(2);
        Expectations.Compare(expected, new[] { new Expectation(2, "DF101", "one") }).Should().BeEmpty();
    }

    [Fact]
    public void Rejects_a_marker_without_an_instruction()
    {
        var read = () => Expectations.Read("FROM a\n# expect: DF101\n");

        read.Should().Throw<FormatException>().WithMessage("*line 2*");
    }

    [Fact]
    public void A_rule_sample_may_mark_only_its_own_rule_and_DF000()
    {
        var text = "# expect: DF101\nFROM a:latest\n# expect: DF000\nFOO\n# expect: DF402\nCMD x\n";
        var actual = new[] { new Expectation(2, "DF101", "m"), new Expectation(4, "DF000", "m") };

        Expectations.CompareRuleSample(text, "DF101", actual).Should().ContainSingle()
            .Which.Should().StartWith("line 6: DF402: the DF101 sample is checked with DF101 (and DF000) only");
    }
}
