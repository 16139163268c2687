using System.Linq;
using DfLint.Semantics.Shell;

namespace DfLint.Core.Tests.Semantics.Shell;

public class ShellCommandTests
{
    private static ShellCommand Command(string script) => ShellScript.Parse(script).Commands.Single();

    [Theory]
    [InlineData("apt-get install -y x", "-y", true)]
    [InlineData("apt-get install -y x", "y", true)]
    [InlineData("apt-get install -qy x", "-y", true)]
    [InlineData("apt-get install -qy x", "-q", true)]
    [InlineData("apt-get install --yes x", "--yes", true)]
    [InlineData("apt-get install --yes x", "yes", true)]
    [InlineData("apt-get install --yes x", "-y", false)]
    [InlineData("apt-get install x -y", "-y", true)]
    [InlineData("apt-get install -- -y", "-y", false)]
    [InlineData("npm ci --omit=dev", "--omit", true)]
    [InlineData("npm ci --omit=dev", "--omit=dev", false)]
    [InlineData("apt-get install x-y", "-y", false)]
    [InlineData("echo -", "-", false)]
    [InlineData("mvn -pl app package", "-pl", true)]
    [InlineData("mvn -pl app package", "-l", true)]
    [InlineData("go build -trimpath", "-trimpath", true)]
    public void Finds_flags(string script, string flag, bool expected)
    {
        Command(script).HasFlag(flag).Should().Be(expected);
    }

    [Fact]
    public void A_spec_keeps_option_values_out_of_flag_clusters()
    {
        var command = Command("apt-get -oDebug::NoLocking=1 install x");
        var spec = new ShellOptionSpec("o");

        command.HasFlag("-N").Should().BeTrue();
        command.HasFlag("-N", spec).Should().BeFalse();
        command.GetFlagValue("-o", spec).Should().Be("Debug::NoLocking=1");
    }

    [Fact]
    public void Counts_repeated_flags()
    {
        var command = Command("apt-get -qq -q install x");

        command.CountFlag("-q").Should().Be(3);
        command.CountFlag("-y").Should().Be(0);
    }

    [Theory]
    [InlineData("apk add --virtual .deps gcc", "--virtual", ".deps")]
    [InlineData("apk add --virtual=.deps gcc", "--virtual", ".deps")]
    [InlineData("apt-get -o APT::Install-Recommends=false install x", "-o", "APT::Install-Recommends=false")]
    [InlineData("apt-get -oAPT::X=1 install x", "-o", "APT::X=1")]
    [InlineData("apt-get install x", "-o", null)]
    [InlineData("pip install -r req.txt", "-r", "req.txt")]
    public void Reads_flag_values(string script, string flag, string? expected)
    {
        Command(script).GetFlagValue(flag).Should().Be(expected);
    }

    [Fact]
    public void Reads_every_value_of_a_repeated_option()
    {
        Command("apt-get -o A=1 --option B=2 -o C=3 install x").GetFlagValues("-o").Should().Equal("A=1", "C=3");
    }

    [Fact]
    public void Operands_leave_out_options_and_their_values()
    {
        var spec = new ShellOptionSpec("t", new[] { "virtual" });

        Command("apk add --no-cache --virtual .deps -t .x gcc musl-dev -- -weird")
            .GetOperands(spec).Select(o => o.Value).Should().Equal("add", "gcc", "musl-dev", "-weird");
    }

    [Fact]
    public void HasArgument_compares_values_after_quote_removal()
    {
        var command = Command("rm -rf '/var/lib/apt/lists/*'");

        command.HasArgument("/var/lib/apt/lists/*").Should().BeTrue();
        command.HasArgument("-r").Should().BeFalse();
    }

    [Fact]
    public void BaseName_drops_the_directory()
    {
        Command("/usr/local/bin/pip3 install x").BaseName.Should().Be("pip3");
        Command("./gradlew build").BaseName.Should().Be("gradlew");
    }
}
