using DfLint.Rules.Run;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Run;

public class DF206UseNpmCiTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF206");

    [Fact]
    public void Reports_install_after_copying_the_lock_file()
        => RuleVerifier.Verify<DF206UseNpmCi>("FROM node:22 AS build\nCOPY package.json package-lock.json ./\nRUN [|npm install|]\nFROM node:22-slim\n")[0]
            .Message.Should().Be("'npm install' can change the lock file and install different versions; use 'npm ci' since the lock file is copied");

    [Fact]
    public void Reports_install_in_the_final_image()
        => RuleVerifier.Verify<DF206UseNpmCi>("FROM node:22-alpine\nCOPY package.json ./\nRUN [|npm i|] --omit=dev\n");

    [Theory]
    [InlineData("RUN npm ci")]
    [InlineData("RUN npm install -g pnpm@9")]
    [InlineData("RUN npm install express")]
    public void Accepts(string run) => RuleVerifier.Verify<DF206UseNpmCi>($"FROM node:22-alpine\nCOPY package-lock.json ./\n{run}\n");

    [Fact]
    public void Ignores_build_stage_without_lock_file()
        => RuleVerifier.Verify<DF206UseNpmCi>("FROM node:22 AS build\nCOPY package.json ./\nRUN npm install\nFROM nginx:1.27-alpine\n");
}
