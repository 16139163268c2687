using DfLint.Rules;
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

    [Theory]
    [InlineData("RUN apt-get update && apt-get install -y curl\n", "RUN apt-get update && apt-get install --no-install-recommends -y curl\n")]
    [InlineData("RUN apt-get update \\\n && apt-get install \\\n    curl\n", "RUN apt-get update \\\n && apt-get install --no-install-recommends \\\n    curl\n")]
    [InlineData("RUN <<EOF\napt-get install -y curl\nEOF\n", "RUN <<EOF\napt-get install --no-install-recommends -y curl\nEOF\n")]
    public void Fix_inserts_the_flag_after_the_subcommand_and_is_unsafe(string run, string fixedRun)
        => FixAssert.Applies<DF204AptNoInstallRecommends>("FROM debian:12\n" + run, "FROM debian:12\n" + fixedRun, FixSafety.Unsafe);

    [Fact]
    public void No_fix_where_the_words_are_not_written_verbatim()
        => FixAssert.NoFix<DF204AptNoInstallRecommends>("FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n");
}
