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
}
