using DfLint.Linting;
using DfLint.Rules.BaseImages;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.BaseImages;

public class DF101AvoidLatestTagTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF101");

    [Fact]
    public void Reports_the_latest_tag() => RuleVerifier.Verify<DF101AvoidLatestTag>("FROM ubuntu:[|latest|]\n");

    [Fact]
    public void Reports_latest_from_an_ARG_default_on_the_image_word()
        => RuleVerifier.Verify<DF101AvoidLatestTag>("ARG TAG=latest\nFROM [|node:${TAG}|]\n")[0].Message.Should().Contain("'node:latest'");

    [Fact]
    public void Reports_latest_on_a_registry_with_a_port()
        => RuleVerifier.Verify<DF101AvoidLatestTag>("FROM localhost:5000/team/app:[|latest|]\n");

    [Fact]
    public void Ignores_digest_pinned_latest() => RuleVerifier.Verify<DF101AvoidLatestTag>("FROM ubuntu:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");

    [Fact]
    public void Ignores_unresolvable_tag() => RuleVerifier.Verify<DF101AvoidLatestTag>("ARG TAG\nFROM node:${TAG}\n");

    [Fact]
    public void Build_arg_overrides_the_default()
        => RuleVerifier.Verify<DF101AvoidLatestTag>("ARG TAG=latest\nFROM node:${TAG}\n",
            options: new LintOptions { BuildArgs = new System.Collections.Generic.Dictionary<string, string> { ["TAG"] = "22" } });

    [Fact]
    public void Ignores_version_tags() => RuleVerifier.Verify<DF101AvoidLatestTag>("FROM node:22-alpine\nFROM python:3.12-slim AS x\n");
}
