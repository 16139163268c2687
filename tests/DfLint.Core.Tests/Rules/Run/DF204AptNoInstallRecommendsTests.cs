using DfLint.Rules.Run;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Run;

public class DF204AptNoInstallRecommendsTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF204");

    [Fact]
    public void Reports_install_without_the_flag()
        => RuleVerifier.Verify<DF204AptNoInstallRecommends>("FROM debian:12\nRUN apt-get update && [|apt-get install|] -y curl\n");

    [Fact]
    public void Reports_apt_too() => RuleVerifier.Verify<DF204AptNoInstallRecommends>("FROM debian:12\nRUN [|apt install|] -y curl\n");

    [Theory]
    [InlineData("apt-get install -y --no-install-recommends curl")]
    [InlineData("apt-get -o APT::Install-Recommends=false install -y curl")]
    [InlineData("apt-get install -y ./package.deb")]
    public void Accepts(string command) => RuleVerifier.Verify<DF204AptNoInstallRecommends>($"FROM debian:12\nRUN {command}\n");
}
