using System.Linq;
using DfLint.Rules.Syntax;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Syntax;

public class DF000SyntaxErrorTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF000");

    [Fact]
    public void Reports_unknown_instruction_at_its_keyword_with_a_suggestion()
    {
        var f = RuleVerifier.Verify<DF000SyntaxError>("FROM alpine:3.20\n[|COPPY|] a b\n");
        f.Single().Message.Should().Be("unknown instruction: COPPY (did you mean COPY?)");
    }

    [Fact]
    public void Reports_flag_without_value_at_the_flag()
        => RuleVerifier.Verify<DF000SyntaxError>("FROM alpine:3.20\nCOPY [|--from|] a b\n").Single().Message.Should().Be("missing a value on flag: --from");

    [Fact]
    public void Reports_non_string_json_item()
        => RuleVerifier.Verify<DF000SyntaxError>("FROM alpine:3.20\nCMD [|[\"a\", 1]|]\n").Single().Message
            .Should().Be("when using JSON array syntax, arrays must be comprised of strings only");

    [Fact]
    public void Keeps_going_after_a_bad_instruction()
    {
        var f = RuleVerifier.Verify<DF000SyntaxError>("FROM alpine:3.20\n[|FOO|] bar\nRUN echo ok\n[|BAR|] baz\n");
        f.Should().HaveCount(2);
    }

    [Fact]
    public void Reports_repeated_directive()
        => RuleVerifier.Verify<DF000SyntaxError>("# escape=`\n# [|escape|]=\\\nFROM alpine:3.20\n").Single().Message
            .Should().Be("only one escape parser directive can be used");

    [Fact]
    public void Reports_unterminated_heredoc_at_its_marker()
        => RuleVerifier.Verify<DF000SyntaxError>("FROM alpine:3.20\nRUN [|<<EOF|]\necho hi\n").Single().Message
            .Should().StartWith("unterminated heredoc");

    [Fact]
    public void Clean_file_has_no_finding()
        => RuleVerifier.Verify<DF000SyntaxError>("FROM alpine:3.20\nRUN echo ok\n");
}
