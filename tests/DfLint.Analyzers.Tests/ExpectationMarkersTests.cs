using System;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests;

public sealed class ExpectationMarkersTests
{
    [Fact]
    public void Applies_a_marker_to_the_next_instruction()
    {
        var text = "# expect: DF101 DF205\n\n# a comment\nFROM node:latest\nRUN x\n# expect: DF201 {{exact 'text'}}\nRUN y\n";

        ExpectationMarkers.Read(text).Should().Equal(
            new ExpectedFinding(4, "DF101", null),
            new ExpectedFinding(4, "DF205", null),
            new ExpectedFinding(7, "DF201", "exact 'text'"));
    }

    [Fact]
    public void Skips_continuations_and_heredoc_bodies_when_finding_the_next_instruction()
    {
        var text = "RUN a \\\n  b\nRUN <<EOF\napt-get x\nEOF\n# expect: DF202\nCOPY . .\n";

        ExpectationMarkers.InstructionLines(text).Should().Equal(1, 3, 7);
        ExpectationMarkers.Read(text).Should().Equal(new ExpectedFinding(7, "DF202", null));
    }

    [Fact]
    public void Honours_the_escape_directive()
    {
        var text = "# escape=`\nRUN a `\n  b\nRUN c\n";

        ExpectationMarkers.InstructionLines(text).Should().Equal(2, 4);
    }

    [Fact]
    public void Matches_findings_on_continuation_lines_to_their_instruction()
    {
        var text = "# expect: DF201\nRUN a \\\n  b\n";

        ExpectationMarkers.Compare(text, new[] { (3, "DF201", "m") }).Should().BeEmpty();
    }

    [Fact]
    public void Reports_missing_and_unexpected_findings()
    {
        var text = "# expect: DF101\nFROM a\nRUN b\n";

        ExpectationMarkers.Compare(text, new[] { (3, "DF201", "m") }).Should().Equal(
            "unexpected DF201 on line 3: m",
            "missing 2: DF101");
    }

    [Fact]
    public void Checks_the_exact_message_when_given()
    {
        var text = "# expect: DF101 {{one}}\nFROM a\n";

        ExpectationMarkers.Compare(text, new[] { (2, "DF101", "two") }).Should().HaveCount(2);
        ExpectationMarkers.Compare(text, new[] { (2, "DF101", "one") }).Should().BeEmpty();
    }

    [Fact]
    public void Rejects_a_marker_without_an_instruction()
    {
        var read = () => ExpectationMarkers.Read("FROM a\n# expect: DF101\n");

        read.Should().Throw<FormatException>().WithMessage("*line 2*");
    }
}
