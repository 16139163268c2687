using DfLint.Rules.Runtime;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Runtime;

public class DF401RunAsNonRootTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF401");

    [Fact]
    public void Reports_no_user_on_the_final_image() => RuleVerifier.Verify<DF401RunAsNonRoot>("FROM [|alpine:3.20|]\nCMD [\"/app/server\"]\n");

    [Theory]
    [InlineData("FROM python:3.12-slim\nCMD [\"python3\"]\n")]
    [InlineData("FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"postgres\"]\n")]
    [InlineData("FROM debian:12-slim\nCMD [\"php-fpm\"]\n")]
    [InlineData("FROM debian:12-slim\nRUN apt-get update\n")]
    public void Accepts_images_that_are_root_by_design(string dockerfile) => RuleVerifier.Verify<DF401RunAsNonRoot>(dockerfile);

    [Fact]
    public void Reports_explicit_root_even_in_a_base_image() => RuleVerifier.Verify<DF401RunAsNonRoot>("FROM debian:12\nUSER [|root|]\nCMD [\"bash\"]\n");

    [Theory]
    [InlineData("root")]
    [InlineData("0")]
    [InlineData("root:root")]
    [InlineData("0:0")]
    public void Reports_root_user(string user) => RuleVerifier.Verify<DF401RunAsNonRoot>($"FROM alpine:3.20\nUSER app\nUSER [|{user}|]\n");

    [Fact]
    public void Resolves_user_from_ARG() => RuleVerifier.Verify<DF401RunAsNonRoot>("FROM alpine:3.20\nARG U=root\nUSER [|${U}|]\n");

    [Fact]
    public void Inherits_user_from_parent_stage()
        => RuleVerifier.Verify<DF401RunAsNonRoot>("FROM alpine:3.20 AS base\nUSER app\nFROM base\nRUN true\n");

    [Theory]
    [InlineData("gcr.io/distroless/static-debian12:nonroot")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled")]
    [InlineData("nginxinc/nginx-unprivileged:1.27-alpine")]
    public void Accepts_images_known_to_run_as_non_root(string image) => RuleVerifier.Verify<DF401RunAsNonRoot>($"FROM {image}\n");

    [Fact]
    public void Ignores_build_stages_and_unknown_users()
        => RuleVerifier.Verify<DF401RunAsNonRoot>("FROM alpine:3.20 AS build\nFROM alpine:3.20\nARG RUNTIME_USER\nUSER ${RUNTIME_USER}\n");
}
