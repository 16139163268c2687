using DfLint.Rules.BaseImages;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.BaseImages;

public class DF105PinByDigestTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF105");

    [Fact]
    public void Is_disabled_by_default() => DF105PinByDigest.Rule.EnabledByDefault.Should().BeFalse();

    [Fact]
    public void Reports_image_without_digest() => RuleVerifier.Verify<DF105PinByDigest>("FROM [|node:22-alpine|]\n");

    [Fact]
    public void Ignores_digest_scratch_and_stages()
        => RuleVerifier.Verify<DF105PinByDigest>("FROM node:22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS a\nFROM a\nFROM scratch\n");
}
