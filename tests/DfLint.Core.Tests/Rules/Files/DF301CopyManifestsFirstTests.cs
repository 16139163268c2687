using DfLint.Rules.Files;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Files;

public class DF301CopyManifestsFirstTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF301");

    [Theory]
    [InlineData("npm ci")]
    [InlineData("pip install -r requirements.txt")]
    [InlineData("go mod download")]
    [InlineData("dotnet restore")]
    [InlineData("bundle install")]
    public void Reports_whole_copy_before_install(string install)
        => RuleVerifier.Verify<DF301CopyManifestsFirst>($"FROM base:1\nWORKDIR /app\nCOPY [|.|] .\nRUN {install}\n");

    [Fact]
    public void Accepts_manifests_first()
        => RuleVerifier.Verify<DF301CopyManifestsFirst>("FROM node:22\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n");

    [Fact]
    public void Ignores_copies_from_other_stages()
        => RuleVerifier.Verify<DF301CopyManifestsFirst>("FROM node:22\nCOPY --from=src . .\nRUN npm ci\n");
}
