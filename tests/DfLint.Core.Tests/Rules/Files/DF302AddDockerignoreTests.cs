using DfLint.Linting;
using DfLint.Rules.Files;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Files;

public class DF302AddDockerignoreTests
{
    private static readonly BuildContext NoIgnore = BuildContext.FromDockerignore(null);

    [Fact]
    public void Sample() => SampleAssert.Verify("DF302");

    [Fact]
    public void Reports_whole_context_without_dockerignore()
        => RuleVerifier.Verify<DF302AddDockerignore>("FROM alpine:3.20\nCOPY [|.|] /app\nADD [|./|] /app\n", NoIgnore);

    [Fact]
    public void Accepts_when_a_dockerignore_exists()
        => RuleVerifier.Verify<DF302AddDockerignore>("FROM alpine:3.20\nCOPY . /app\n", BuildContext.FromDockerignore(".git\n"));

    [Fact]
    public void Stays_silent_when_the_context_is_unknown()
        => RuleVerifier.Verify<DF302AddDockerignore>("FROM alpine:3.20\nCOPY . /app\n", BuildContext.Unknown);

    [Fact]
    public void Ignores_copies_from_stages_and_specific_paths()
        => RuleVerifier.Verify<DF302AddDockerignore>("FROM alpine:3.20\nCOPY --from=build . /app\nCOPY src/ /app\n", NoIgnore);
}
