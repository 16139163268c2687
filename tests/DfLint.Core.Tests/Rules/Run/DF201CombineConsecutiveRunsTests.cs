using DfLint.Rules.Run;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Run;

public class DF201CombineConsecutiveRunsTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF201");

    [Fact]
    public void Reports_the_second_of_two_consecutive_runs()
        => RuleVerifier.Verify<DF201CombineConsecutiveRuns>("FROM alpine:3.20\nRUN echo a\n# a comment between\n[|RUN|] echo b\n")[0]
            .Message.Should().Be("This RUN directly follows 'echo a' and could be combined with it into one layer");

    [Fact]
    public void Reports_each_run_of_a_chain()
        => RuleVerifier.Verify<DF201CombineConsecutiveRuns>("FROM alpine:3.20\nRUN a\n[|RUN|] b\n[|run|] c\n");

    [Fact]
    public void Ignores_runs_separated_by_another_instruction()
        => RuleVerifier.Verify<DF201CombineConsecutiveRuns>("FROM alpine:3.20\nRUN a\nWORKDIR /x\nRUN b\n");

    [Fact]
    public void Ignores_runs_with_different_mounts_or_heredocs()
        => RuleVerifier.Verify<DF201CombineConsecutiveRuns>("FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache a\nRUN b\nRUN <<EOF\nc\nEOF\nRUN d\n");

    [Fact]
    public void Ignores_runs_in_different_stages()
        => RuleVerifier.Verify<DF201CombineConsecutiveRuns>("FROM alpine:3.20 AS a\nRUN a\nFROM alpine:3.20\nRUN b\n");
}
