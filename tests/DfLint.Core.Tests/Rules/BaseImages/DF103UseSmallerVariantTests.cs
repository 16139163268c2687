using System.Linq;
using DfLint.Linting;
using DfLint.Rules.BaseImages;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.BaseImages;

public class DF103UseSmallerVariantTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF103");

    [Fact]
    public void Reports_full_size_final_image_with_the_variant_and_saving()
    {
        var f = RuleVerifier.Verify<DF103UseSmallerVariant>("FROM [|python:3.12|]\nUSER nobody\n").Single();
        f.Message.Should().Be("Final image is based on 'python:3.12'; python:<version>-slim would be about 325 MB smaller");
    }

    [Fact]
    public void Ignores_build_stages() => RuleVerifier.Verify<DF103UseSmallerVariant>("FROM node:22 AS build\nFROM node:22-alpine\n");

    [Theory]
    [InlineData("node:22-slim")]
    [InlineData("python:3.12-alpine")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled")]
    [InlineData("gcr.io/distroless/static-debian12")]
    [InlineData("eclipse-temurin:21-jre")]
    public void Ignores_small_variants(string image) => RuleVerifier.Verify<DF103UseSmallerVariant>($"FROM {image}\n");

    [Fact]
    public void Follows_the_final_stage_to_its_root_image()
        => RuleVerifier.Verify<DF103UseSmallerVariant>("FROM [|ruby:3.3|] AS base\nRUN true\nFROM base\n");

    [Fact]
    public void Target_selects_the_final_stage()
        => RuleVerifier.Verify<DF103UseSmallerVariant>("FROM [|node:22|] AS dev\nFROM node:22-alpine AS prod\n", options: new LintOptions { Target = "dev" });
}
