using DfLint.Rules.Runtime;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Runtime;

public class DF402UseExecFormTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF402");

    [Fact]
    public void Reports_shell_form_cmd_and_entrypoint()
        => RuleVerifier.Verify<DF402UseExecForm>("FROM alpine:3.20\nENTRYPOINT [|/app --port 80|]\nCMD [|node \\\n  server.js|]\n");

    [Fact]
    public void Accepts_exec_form() => RuleVerifier.Verify<DF402UseExecForm>("FROM alpine:3.20\nCMD [\"node\", \"server.js\"]\n");

    [Fact]
    public void Accepts_shell_form_when_a_shell_is_set()
        => RuleVerifier.Verify<DF402UseExecForm>("FROM alpine:3.20 AS base\nSHELL [\"/bin/ash\", \"-c\"]\nFROM base\nCMD echo hi\n");
}
