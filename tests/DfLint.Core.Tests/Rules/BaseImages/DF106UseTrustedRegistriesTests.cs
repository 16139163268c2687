using System.Collections.Generic;
using DfLint.Linting;
using DfLint.Rules.BaseImages;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.BaseImages;

public class DF106UseTrustedRegistriesTests
{
    private static LintOptions Trusting(string registries, IReadOnlyDictionary<string, string>? buildArgs = null) => new()
    {
        RuleOptions = new Dictionary<string, string> { ["trusted_registries"] = registries },
        BuildArgs = buildArgs ?? new Dictionary<string, string>(),
    };

    [Fact]
    public void Sample() => SampleAssert.Verify("DF106");

    [Fact]
    public void Reports_nothing_without_the_option()
        => RuleVerifier.Verify<DF106UseTrustedRegistries>("FROM quay.io/x/y:1\n");

    [Fact]
    public void Reports_the_registry_of_a_from_image()
    {
        var findings = RuleVerifier.Verify<DF106UseTrustedRegistries>("FROM [|quay.io|]/x/y:1\n", options: Trusting("ghcr.io"));
        findings[0].Message.Should().Be("Image 'quay.io/x/y:1' comes from registry 'quay.io', which is not in dflint.trusted_registries");
    }

    [Fact]
    public void Docker_hub_images_belong_to_docker_io()
    {
        RuleVerifier.Verify<DF106UseTrustedRegistries>("FROM [|node:22|]\n", options: Trusting("ghcr.io"));
        RuleVerifier.Verify<DF106UseTrustedRegistries>("FROM node:22\nFROM docker.io/library/node:22\n", options: Trusting("docker.io"));
        RuleVerifier.Verify<DF106UseTrustedRegistries>("FROM node:22\n", options: Trusting("hub.docker.com"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*.example.com")]
    [InlineData("registry.example*")]
    [InlineData("REGISTRY.example.com")]
    [InlineData("other.io, registry.example.com")]
    public void Patterns_match_exactly_by_suffix_or_by_prefix(string trusted)
        => RuleVerifier.Verify<DF106UseTrustedRegistries>("FROM registry.example.com/app:1\n", options: Trusting(trusted));

    [Theory]
    [InlineData("*.example.com", "example.com.evil.io/app:1")]
    [InlineData("registry.example.com", "registry.example.com.evil.io/app:1")]
    public void Near_miss_registries_are_reported(string trusted, string image)
        => RuleVerifier.Verify<DF106UseTrustedRegistries>($"FROM [|{image.Substring(0, image.IndexOf('/'))}|]{image.Substring(image.IndexOf('/'))}\n", options: Trusting(trusted));

    [Fact]
    public void Stages_scratch_and_stage_indexes_are_trusted()
        => RuleVerifier.Verify<DF106UseTrustedRegistries>(
            "FROM ghcr.io/a/b:1 AS build\nFROM scratch\nCOPY --from=build /x /x\nCOPY --from=0 /y /y\nRUN --mount=type=bind,from=build,target=/b true\n",
            options: Trusting("ghcr.io"));

    [Fact]
    public void Copy_from_and_mount_from_images_are_checked()
        => RuleVerifier.Verify<DF106UseTrustedRegistries>(
            "FROM ghcr.io/a/b:1\nCOPY --from=[|quay.io|]/tools/x:1 /x /x\nRUN --mount=type=bind,[|from=quay.io/tools/y:1|],target=/y true\n",
            options: Trusting("ghcr.io"));

    [Fact]
    public void Images_are_judged_after_arg_resolution()
    {
        RuleVerifier.Verify<DF106UseTrustedRegistries>("ARG REG=quay.io\nFROM [|${REG}/a:1|]\n", options: Trusting("ghcr.io"));
        RuleVerifier.Verify<DF106UseTrustedRegistries>("ARG REG\nFROM ${REG}/a:1\n", options: Trusting("ghcr.io"));
        RuleVerifier.Verify<DF106UseTrustedRegistries>("ARG REG=quay.io\nFROM ${REG}/a:1\n",
            options: Trusting("ghcr.io", new Dictionary<string, string> { ["REG"] = "ghcr.io" }));
    }

    [Fact]
    public void Localhost_with_a_port_is_a_registry()
        => RuleVerifier.Verify<DF106UseTrustedRegistries>("FROM [|localhost:5000|]/app:1\n", options: Trusting("ghcr.io"));
}
