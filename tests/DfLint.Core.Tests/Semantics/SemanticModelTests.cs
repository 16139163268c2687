using System.Collections.Generic;
using System.Linq;
using DfLint.Linting;
using DfLint.Parsing;
using DfLint.Semantics;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Semantics;

public class SemanticModelTests
{
    private static SemanticModel Model(string text, LintOptions? options = null) => SemanticModel.Create(DockerfileParser.Parse(text), options);

    [Fact]
    public void The_last_stage_is_final_unless_a_target_is_given()
    {
        const string text = "FROM a:1 AS build\nFROM b:1 AS test\nFROM c:1\n";
        Model(text).FinalStage!.Index.Should().Be(2);
        Model(text, new LintOptions { Target = "BUILD" }).FinalStage!.Name.Should().Be("build");
    }

    [Fact]
    public void Dependencies_follow_from_copy_from_and_mount_from()
    {
        var m = Model("FROM a:1 AS deps\nFROM a:1 AS assets\nFROM a:1 AS unused\nFROM deps AS build\nRUN --mount=from=assets,target=/x true\nFROM c:1\nCOPY --from=build /o /o\n");
        m.Stages.Where(s => s.IsReachable).Select(s => s.DisplayName).Should().BeEquivalentTo("deps", "assets", "build", "4");
        m.Stages.Where(s => s.IsInFinalImage).Select(s => s.DisplayName).Should().Equal("4");
        m.Stages[3].Parent!.Name.Should().Be("deps");
    }

    [Fact]
    public void Global_args_resolve_images_and_unknown_values_stay_unknown()
    {
        var m = Model("ARG REG=ghcr.io/acme\nARG TAG\nARG V=1.2\nFROM ${REG}/api:${V}\nFROM ${REG}/web:${TAG}\nFROM web:${TAG:-3}\n");
        m.Stages[0].BaseImage.Resolved.Should().Be("ghcr.io/acme/api:1.2");
        m.Stages[0].BaseImage.Registry.Should().Be("ghcr.io");
        m.Stages[0].BaseImage.Tag.Should().Be("1.2");
        m.Stages[1].BaseImage.IsResolved.Should().BeFalse();
        m.Stages[2].BaseImage.Tag.Should().Be("3");
    }

    [Fact]
    public void Stage_args_take_global_values_and_env_is_inherited_by_child_stages()
    {
        var m = Model("ARG V=1\nFROM a:1 AS base\nARG V\nENV HOME_DIR=/opt/v$V\nFROM base\nUSER app\nWORKDIR $HOME_DIR\n");
        var workdir = m.Stages[1].Instructions.OfType<WorkdirInstruction>().Single();
        m.Expand(workdir.Value!.Text, workdir).Should().Be("/opt/v1");
        m.Stages[1].User.Name.Should().Be("app");
    }

    [Fact]
    public void Build_args_override_defaults()
        => Model("ARG TAG=latest\nFROM node:${TAG}\n", new LintOptions { BuildArgs = new Dictionary<string, string> { ["TAG"] = "22" } })
            .Stages[0].BaseImage.Resolved.Should().Be("node:22");

    [Fact]
    public void Windows_escape_keeps_backslashes_in_expanded_values()
    {
        var m = Model("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV APP=C:\\app\nWORKDIR $APP\\bin\n");
        var workdir = m.Stages[0].Instructions.OfType<WorkdirInstruction>().Single();
        m.Expand(workdir.Value!.Text, workdir).Should().Be("C:\\app\\bin");
    }

    [Fact]
    public void Users_are_inherited_and_known_non_root_images_count()
    {
        var m = Model("FROM gcr.io/distroless/static:nonroot AS a\nFROM a\nFROM alpine:3.20\n");
        m.Stages[1].User.IsRoot.Should().BeFalse();
        m.Stages[2].User.IsRoot.Should().BeTrue();
    }

    [Fact]
    public void Run_scripts_include_heredoc_bodies_and_sh_c()
    {
        var m = Model("FROM a:1\nRUN <<EOF\napt-get update\nEOF\nRUN [\"sh\", \"-c\", \"apk add curl\"]\n");
        var runs = m.Stages[0].Instructions.OfType<RunInstruction>().ToList();
        m.CommandsOf(runs[0]).Select(c => c.Name.Value).Should().Contain("apt-get");
        m.CommandsOf(runs[1]).Select(c => c.Name.Value).Should().Equal("apk");
    }
}
