using DfLint.Rules.BaseImages;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.BaseImages;

public class DF104BuildInSeparateStageTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF104");

    [Fact]
    public void Reports_build_command_in_the_final_stage()
        => RuleVerifier.Verify<DF104BuildInSeparateStage>("FROM golang:1.23\nCOPY . .\nRUN [|go build|] -o /app .\n");

    [Fact]
    public void Reports_build_across_continuation_lines_at_the_exact_place()
        => RuleVerifier.Verify<DF104BuildInSeparateStage>("FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN echo start \\\n && [|dotnet publish|] -c Release\n");

    [Fact]
    public void Reports_toolchain_base_of_the_final_image()
        => RuleVerifier.Verify<DF104BuildInSeparateStage>("FROM [|rust:1.80|]\nCOPY target/app /app\n");

    [Fact]
    public void Ignores_builds_in_earlier_stages()
        => RuleVerifier.Verify<DF104BuildInSeparateStage>("FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\n");

    [Fact]
    public void Ignores_build_from_source_that_removes_its_build_dependencies()
        => RuleVerifier.Verify<DF104BuildInSeparateStage>("FROM alpine:3.20\nRUN apk add --no-cache --virtual .build gcc make && make && apk del .build\n");

    [Fact]
    public void Reports_build_in_a_stage_the_final_image_builds_on()
        => RuleVerifier.Verify<DF104BuildInSeparateStage>("FROM node:22-alpine AS base\nRUN [|npm run build|]\nFROM base\n");
}
