using DfLint.Rules.Security;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Security;

public class DF501NoSecretsInArgOrEnvTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF501");

    [Theory]
    [InlineData("ENV [|DB_PASSWORD|]=x")]
    [InlineData("ARG [|GITHUB_TOKEN|]")]
    [InlineData("ENV [|API_KEY|] legacy")]
    [InlineData("ENV A=1 [|SECRET|]=2")]
    [InlineData("ARG [|AWS_SECRET_ACCESS_KEY|]=x")]
    public void Reports_secret_names(string line) => RuleVerifier.Verify<DF501NoSecretsInArgOrEnv>($"FROM alpine:3.20\n{line}\n");

    [Theory]
    [InlineData("ENV DB_PASSWORD_FILE=/run/secrets/db")]
    [InlineData("ENV TOKENIZER=bpe")]
    [InlineData("ENV GPG_KEY=ABCDEF")]
    [InlineData("ARG PUBLIC_KEY")]
    [InlineData("ENV KEYCLOAK_VERSION=25")]
    public void Accepts_names_that_only_mention_secrets(string line) => RuleVerifier.Verify<DF501NoSecretsInArgOrEnv>($"FROM alpine:3.20\n{line}\n");

    [Fact]
    public void Ignores_global_args() => RuleVerifier.Verify<DF501NoSecretsInArgOrEnv>("ARG NPM_TOKEN\nFROM alpine:3.20\n");
}
