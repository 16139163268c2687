using DfLint.Rules.Run;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Run;

public class DF202AptUpdateWithInstallTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF202");

    [Fact]
    public void Reports_update_alone()
        => RuleVerifier.Verify<DF202AptUpdateWithInstall>("FROM debian:12\nRUN [|apt-get update|]\n");

    [Fact]
    public void Reports_install_without_update()
        => RuleVerifier.Verify<DF202AptUpdateWithInstall>("FROM debian:12\nRUN [|apt-get install|] -y curl\n");

    [Fact]
    public void Accepts_update_and_install_together_even_across_lines_and_sh_c()
        => RuleVerifier.Verify<DF202AptUpdateWithInstall>("FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\nRUN sh -c 'apt update && apt install -y jq'\n");

    [Fact]
    public void Accepts_update_with_upgrade()
        => RuleVerifier.Verify<DF202AptUpdateWithInstall>("FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n");
}
