using DfLint.Rules.Run;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Run;

public class DF203RemoveAptListsTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF203");

    [Fact]
    public void Reports_install_without_list_cleanup()
        => RuleVerifier.Verify<DF203RemoveAptLists>("FROM debian:12\nRUN apt-get update && [|apt-get install|] -y curl\n");

    [Fact]
    public void Accepts_cleanup_in_the_same_run()
        => RuleVerifier.Verify<DF203RemoveAptLists>("FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");

    [Fact]
    public void Accepts_a_cache_mount_on_the_lists()
        => RuleVerifier.Verify<DF203RemoveAptLists>("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n");

    [Fact]
    public void Ignores_stages_that_do_not_reach_the_final_image()
        => RuleVerifier.Verify<DF203RemoveAptLists>("FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /a /a\n");
}
