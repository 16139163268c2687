using DfLint.Rules;
using DfLint.Rules.Run;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Run;

public class DF205ApkNoCacheTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF205");

    [Fact]
    public void Reports_add_without_no_cache() => RuleVerifier.Verify<DF205ApkNoCache>("FROM alpine:3.20\nRUN [|apk add|] curl\n");

    [Theory]
    [InlineData("RUN apk add --no-cache curl")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/apk apk add curl")]
    [InlineData("RUN apk add curl && rm -rf /var/cache/apk/*")]
    public void Accepts(string run) => RuleVerifier.Verify<DF205ApkNoCache>($"FROM alpine:3.20\n{run}\n");

    [Fact]
    public void Ignores_build_stages() => RuleVerifier.Verify<DF205ApkNoCache>("FROM alpine:3.20 AS b\nRUN apk add gcc\nFROM alpine:3.20\n");

    [Theory]
    [InlineData("RUN apk add curl\n", "RUN apk add --no-cache curl\n")]
    [InlineData("RUN apk update && apk add \\\n  curl\n", "RUN apk update && apk add --no-cache \\\n  curl\n")]
    public void Fix_inserts_no_cache_and_is_safe(string run, string fixedRun)
        => FixAssert.Applies<DF205ApkNoCache>("FROM alpine:3.20\n" + run, "FROM alpine:3.20\n" + fixedRun, FixSafety.Safe);
}
