using DfLint.Rules.BaseImages;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.BaseImages;

public class DF102TagBaseImagesTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF102");

    [Fact]
    public void Reports_untagged_image() => RuleVerifier.Verify<DF102TagBaseImages>("FROM [|ubuntu|]\n");

    [Fact]
    public void Reports_untagged_image_from_an_ARG() => RuleVerifier.Verify<DF102TagBaseImages>("ARG BASE=debian\nFROM [|${BASE}|]\n");

    [Fact]
    public void Ignores_scratch_stages_and_digests()
        => RuleVerifier.Verify<DF102TagBaseImages>("FROM golang:1.23 AS build\nFROM build AS test\nFROM scratch\nFROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");

    [Fact]
    public void Stage_names_are_case_insensitive() => RuleVerifier.Verify<DF102TagBaseImages>("FROM golang:1.23 AS Build\nFROM build\n");

    [Fact]
    public void Unresolvable_reference_is_unknown_not_untagged() => RuleVerifier.Verify<DF102TagBaseImages>("ARG IMAGE\nFROM ${IMAGE}\nFROM $TARGETARCH/alpine\n");

    [Fact]
    public void Registry_port_is_not_a_tag() => RuleVerifier.Verify<DF102TagBaseImages>("FROM [|registry.example.com:5000/app|]\n");
}
