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

public class DF103SizeTableDocTests
{
    [Fact]
    public void The_rule_page_documents_exactly_the_built_in_size_table()
    {
        var page = System.IO.File.ReadAllText(DfLint.Testing.SharedData.RepoPath("rules", "DF103.md"));
        var rows = System.Text.RegularExpressions.Regex.Matches(page, @"^\| `([^`]+)` \| (.+?) \| (\d+) \| (\d+) \| (\d+) \|$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value), int.Parse(m.Groups[5].Value)))
            .ToList();
        rows.Should().Equal(DfLint.Semantics.KnownImages.SmallerVariants.Select(v => (v.Repository, v.Suggestion, v.FullSizeMb, v.SmallerSizeMb, v.SavingMb)));
    }
}
