using System.Linq;
using System.Text;
using DfLint.Linting;
using DfLint.Parsing;
using DfLint.Semantics;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Semantics;

public class ImageRoleTests
{
    private static SemanticModel Model(string text, string? target = null, string? path = null)
        => SemanticModel.Create(DockerfileParser.Parse(text),
            target is null ? null : new LintOptions { Target = target },
            path is null ? null : BuildContext.Unknown with { FilePath = path });

    private static ImageRole Final(string text, string? target = null, string? path = null) => Model(text, target, path).FinalStage!.Role;

    // --- Multi-stage application builds ---

    [Fact]
    public void Dotnet_template_ships_the_final_stage_and_its_stages_are_builders()
    {
        var m = Model(
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\nWORKDIR /app\nEXPOSE 8080\n" +
            "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet restore\nRUN dotnet build -c Release -o /app/build\n" +
            "FROM build AS publish\nRUN dotnet publish -c Release -o /app/publish\n" +
            "FROM base AS final\nWORKDIR /app\nCOPY --from=publish /app/publish .\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n");
        var final = m.FinalStage!;
        final.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        final.Role.Confidence.Should().Be(RoleConfidence.Certain);
        final.Role.Evidence.Should().Equal("final stage; ENTRYPOINT starts 'dotnet'");
        m.Stages[0].Role.Kind.Should().Be(ImageRoleKind.Builder);
        m.Stages[0].Role.Evidence.Should().Equal("stage name 'base' and consumed by FROM in stage 'final'", "its layers are part of the final image");
        m.Stages[1].Role.Evidence.Should().Equal("stage name 'build' and consumed by FROM in stage 'publish'");
        m.Stages[2].Role.Evidence.Should().Equal("stage name 'publish' and consumed by COPY --from in stage 'final'");
        final.StartCommand!.ProgramArguments.Should().Equal("Api.dll");
    }

    [Fact]
    public void Go_build_into_distroless_ships_the_binary()
    {
        var m = Model(
            "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server ./cmd/server\n" +
            "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nUSER nonroot\nENTRYPOINT [\"/server\"]\n");
        m.FinalStage!.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        m.FinalStage.StartCommand!.Program.Should().Be("/server");
        m.FinalStage.StartCommand.ProgramName.Should().Be("server");
        m.Stages[0].Role.Kind.Should().Be(ImageRoleKind.Builder);
        m.Stages[0].Role.Evidence[0].Should().Be("stage name 'build' and consumed by COPY --from in stage 1");
    }

    [Fact]
    public void Node_app_started_through_npm_is_shipped_but_npm_test_is_a_test_image()
    {
        const string head = "FROM node:20 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\n";
        var shipped = Final(head + "CMD [\"npm\", \"start\"]\n");
        shipped.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        shipped.Evidence.Should().Equal("final stage; CMD starts 'npm'");
        var tests = Final(head + "CMD [\"npm\", \"run\", \"test:ci\"]\n");
        tests.Kind.Should().Be(ImageRoleKind.TestOrCi);
        tests.Confidence.Should().Be(RoleConfidence.Likely);
        tests.Evidence.Should().Contain("CMD runs tests ('npm run test:ci')");
    }

    // --- Export stages ---

    [Fact]
    public void Scratch_stage_that_only_copies_is_an_export()
    {
        var role = Final("FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch AS export\nCOPY --from=build /out /\n");
        role.Kind.Should().Be(ImageRoleKind.ArtifactExport);
        role.Confidence.Should().Be(RoleConfidence.Certain);
        role.Evidence.Should().Equal("final stage", "FROM scratch with only COPY", "stage name 'export'");
    }

    [Fact]
    public void Unnamed_scratch_stage_that_only_copies_is_likely_an_export()
        => Final("FROM alpine AS build\nRUN echo hi > /x\nFROM scratch\nARG VERSION\nLABEL v=$VERSION\nCOPY --from=build /x /\n")
            .Should().Match<ImageRole>(r => r.Kind == ImageRoleKind.ArtifactExport && r.Confidence == RoleConfidence.Likely);

    [Fact]
    public void Scratch_stage_with_an_entrypoint_is_a_shipped_static_binary()
    {
        var role = Final("FROM golang AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT [\"/app\"]\n");
        role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        role.Confidence.Should().Be(RoleConfidence.Certain);
    }

    [Fact]
    public void Scratch_root_file_system_with_settings_but_no_command_is_an_uncertain_base()
    {
        var role = Final("FROM scratch\nADD rootfs.tar.xz /\nENV PATH=/usr/local/bin:/usr/bin\n");
        role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        role.Confidence.Should().Be(RoleConfidence.Uncertain);
    }

    [Fact]
    public void Scratch_root_file_system_with_cmd_bash_is_a_base_image()
        => Final("FROM scratch\nADD rootfs.tar.xz /\nCMD [\"bash\"]\n").Kind.Should().Be(ImageRoleKind.BaseOrToolchain);

    // --- Base and toolchain images ---

    [Fact]
    public void Base_image_ending_with_cmd_bash_starts_only_a_shell()
    {
        var m = Model("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*\nCMD [\"bash\"]\n");
        var role = m.FinalStage!.Role;
        role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        role.Confidence.Should().Be(RoleConfidence.Likely);
        role.Evidence.Should().Equal("CMD only starts a shell ('bash')");
        m.FinalStage.StartCommand!.Kind.Should().Be(StartCommandKind.Shell);
        m.FinalStage.StartCommand.StartsNothing.Should().BeTrue();
    }

    [Theory]
    [InlineData("CMD [\"python3\"]", StartCommandKind.Interpreter)]
    [InlineData("CMD [\"python3.12\"]", StartCommandKind.Interpreter)]
    [InlineData("CMD [\"/bin/bash\", \"-l\"]", StartCommandKind.Shell)]
    [InlineData("CMD node --version", StartCommandKind.Version)]
    [InlineData("CMD [\"go\", \"version\"]", StartCommandKind.Version)]
    [InlineData("CMD [\"dotnet\", \"--info\"]", StartCommandKind.Version)]
    [InlineData("CMD [\"jshell\"]", StartCommandKind.Interpreter)]
    [InlineData("CMD [\"lein\", \"repl\"]", StartCommandKind.Interpreter)]
    [InlineData("CMD [\"iex\"]", StartCommandKind.Interpreter)]
    public void Commands_that_start_only_a_shell_interpreter_or_version_mark_a_base_image(string cmd, StartCommandKind kind)
    {
        var m = Model("FROM debian:12-slim\nRUN true\n" + cmd + "\n");
        m.FinalStage!.StartCommand!.Kind.Should().Be(kind);
        m.FinalStage.Role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
    }

    [Theory]
    [InlineData("CMD [\"python3\", \"app.py\"]", "python3")]
    [InlineData("CMD [\"python\", \"-m\", \"uvicorn\", \"main:app\"]", "python")]
    [InlineData("CMD [\"node\", \"dist/main.js\"]", "node")]
    [InlineData("CMD [\"bash\", \"start.sh\"]", "start.sh")]
    [InlineData("CMD [\"bash\", \"-c\", \"exec /app/run.sh --port 80\"]", "run.sh")]
    [InlineData("CMD [\"iex\", \"-S\", \"mix\", \"phx.server\"]", "iex")]
    [InlineData("CMD [\"java\", \"-jar\", \"/app.jar\"]", "java")]
    public void Interpreters_with_a_program_start_an_application(string cmd, string program)
    {
        var m = Model("FROM debian:12-slim\n" + cmd + "\n");
        m.FinalStage!.StartCommand!.ProgramName.Should().Be(program);
        m.FinalStage.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
    }

    [Fact]
    public void A_cli_tool_whose_cmd_asks_for_help_is_shipped()
    {
        var role = Final("FROM debian:12-slim\nCOPY hadolint /bin/\nENTRYPOINT [\"/bin/hadolint\"]\nCMD [\"--help\"]\n");
        role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        role.Confidence.Should().Be(RoleConfidence.Likely);
    }

    [Fact]
    public void Entrypoint_script_with_a_help_subcommand_is_a_shipped_application()
    {
        var m = Model("FROM eclipse-temurin:17-jre-jammy\nCOPY docker-entrypoint.sh /\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"help\"]\n");
        m.FinalStage!.StartCommand!.Kind.Should().Be(StartCommandKind.Version);
        m.FinalStage.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        m.FinalStage.Role.Confidence.Should().Be(RoleConfidence.Likely);
    }

    [Theory]
    [InlineData("CMD [\"repl\"]", StartCommandKind.Interpreter)]
    [InlineData("CMD [\"-M\", \"--repl\"]", StartCommandKind.EntrypointScript)]
    public void Entrypoint_script_arguments_that_are_not_programs(string cmd, StartCommandKind kind)
        => Model("FROM debian:bookworm\nENTRYPOINT [\"entrypoint\"]\n" + cmd + "\n").FinalStage!.StartCommand!.Kind.Should().Be(kind);

    [Fact]
    public void Robotics_image_built_on_a_ros_base_without_command_is_a_base()
    {
        var role = Final("FROM osrf/ros:humble-desktop\nRUN apt-get update && apt-get install -y ros-humble-navigation2\n");
        role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        role.Confidence.Should().Be(RoleConfidence.Likely);
        role.Evidence.Should().Contain("'osrf/ros:humble-desktop' is a language or base image");
    }

    [Fact]
    public void Image_on_an_unknown_base_without_command_is_an_uncertain_base()
    {
        var role = Final("FROM ghcr.io/acme/robot-base:2.1\nRUN colcon build\n");
        role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        role.Confidence.Should().Be(RoleConfidence.Uncertain);
    }

    [Fact]
    public void Base_built_on_a_base_stage_inherits_its_shell_command()
    {
        var m = Model("FROM ros:humble AS ros-base\nENTRYPOINT [\"/ros_entrypoint.sh\"]\nCMD [\"bash\"]\nFROM ros-base AS robot\nRUN apt-get install -y ros-humble-moveit\n");
        var final = m.FinalStage!;
        final.StartCommand.Should().BeSameAs(m.Stages[0].StartCommand);
        final.StartCommand!.Wrappers.Should().Equal("ros_entrypoint.sh");
        final.StartCommand.Instruction.Should().BeOfType<CmdInstruction>();
        final.StartCommand.DefinedIn.Should().BeSameAs(m.Stages[0]);
        final.Role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        final.Role.Evidence.Should().Equal("CMD (from stage 'ros-base') only starts a shell ('bash')");
    }

    [Fact]
    public void Toolchain_image_without_command_is_a_base()
        => Final("FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest\n")
            .Should().Match<ImageRole>(r => r.Kind == ImageRoleKind.BaseOrToolchain && r.Confidence == RoleConfidence.Likely);

    [Fact]
    public void Keep_alive_commands_mark_an_uncertain_base()
    {
        var role = Final("FROM ubuntu:24.04\nCMD [\"sleep\", \"infinity\"]\n");
        role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        role.Confidence.Should().Be(RoleConfidence.Uncertain);
        Model("FROM ubuntu:24.04\nCMD tail -f /dev/null\n").FinalStage!.StartCommand!.Kind.Should().Be(StartCommandKind.KeepAlive);
    }

    // --- Without a command of its own ---

    [Fact]
    public void Server_image_with_only_content_ships_the_server()
    {
        var role = Final("FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n");
        role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        role.Confidence.Should().Be(RoleConfidence.Likely);
        role.Evidence.Should().Equal("final stage; no CMD or ENTRYPOINT of its own", "'nginx:1.27-alpine' starts its server by default");
    }

    [Fact]
    public void Php_cli_is_not_a_server_but_php_fpm_is()
    {
        Final("FROM php:8.3-fpm-alpine\nCOPY . /var/www/html\n").Kind.Should().Be(ImageRoleKind.ShippedApplication);
        Final("FROM php:8.3-cli\nRUN docker-php-ext-install pdo\n").Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
    }

    [Fact]
    public void Expose_without_command_is_an_uncertain_application()
    {
        var role = Final("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 8000\n");
        role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        role.Confidence.Should().Be(RoleConfidence.Uncertain);
        role.Evidence.Should().Contain("EXPOSE 8000 suggests an application started by the base image or by whoever runs it");
    }

    [Fact]
    public void Copying_from_an_installer_stage_without_command_is_a_base_image()
    {
        var role = Final("FROM alpine:3.20 AS installer\nRUN wget -O dotnet.tar.gz https://example.com/dotnet.tar.gz && mkdir /dotnet && tar -xzf dotnet.tar.gz -C /dotnet\n" +
                         "FROM debian:12-slim\nCOPY --from=installer /dotnet /usr/share/dotnet\nRUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet\n");
        role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        role.Evidence.Should().Equal("final stage; no CMD or ENTRYPOINT of its own", "'debian:12-slim' is an OS image");
    }

    [Fact]
    public void Unresolved_base_without_command_is_unknown()
    {
        var role = Final("ARG BASE\nFROM ${BASE}\nRUN make install\n");
        role.Kind.Should().Be(ImageRoleKind.Unknown);
        role.IsUncertain.Should().BeTrue();
    }

    [Fact]
    public void Empty_cmd_counts_as_no_command()
    {
        var m = Model("FROM alpine:3.20\nCMD []\n");
        m.FinalStage!.StartCommand!.Kind.Should().Be(StartCommandKind.None);
        m.FinalStage.StartCommand.Program.Should().BeNull();
        m.FinalStage.Role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
    }

    // --- Test, CI and development images ---

    [Fact]
    public void Bake_style_file_whose_last_stage_is_lint_is_a_ci_image()
    {
        var m = Model(
            "FROM golang:1.22 AS base\nWORKDIR /src\n" +
            "FROM base AS deps\nRUN --mount=type=bind,target=. go mod download\n" +
            "FROM deps AS build\nRUN go build -o /out/app\n" +
            "FROM scratch AS binary\nCOPY --from=build /out/app /\n" +
            "FROM golangci/golangci-lint:v1.59 AS lint\nRUN --mount=target=. --mount=from=deps,source=/go/pkg/mod,target=/go/pkg/mod golangci-lint run\n");
        var lint = m.FinalStage!;
        lint.Role.Kind.Should().Be(ImageRoleKind.TestOrCi);
        lint.Role.Evidence.Should().Equal("final stage", "stage name 'lint'");
        m.Stages[1].Role.Kind.Should().Be(ImageRoleKind.Builder);
        m.Stages[1].Role.Evidence.Should().Equal("stage name 'deps' and consumed by RUN --mount from= in stage 'lint'");
        m.Stages[0].Role.Kind.Should().Be(ImageRoleKind.Builder);
        m.Stages[2].Role.Kind.Should().Be(ImageRoleKind.Unused);
        m.Stages[2].Role.Confidence.Should().Be(RoleConfidence.Likely);
        m.Stages[3].Role.Kind.Should().Be(ImageRoleKind.Unused);
    }

    [Theory]
    [InlineData("test")]
    [InlineData("tests")]
    [InlineData("ci")]
    [InlineData("validate")]
    [InlineData("check")]
    [InlineData("dev")]
    [InlineData("debug")]
    [InlineData("unit-test")]
    [InlineData("lint_go")]
    public void Final_stages_named_for_tests_or_ci_are_test_images(string name)
        => Final("FROM node:20 AS build\nRUN npm ci\nFROM build AS " + name + "\nCMD [\"node\", \"server.js\"]\n").Kind.Should().Be(ImageRoleKind.TestOrCi);

    [Theory]
    [InlineData("testament")]
    [InlineData("contest")]
    [InlineData("checkout")]
    [InlineData("devices")]
    public void Names_that_only_contain_a_test_word_are_not_test_images(string name)
        => Final("FROM node:20 AS " + name + "\nCMD [\"node\", \"server.js\"]\n").Kind.Should().Be(ImageRoleKind.ShippedApplication);

    [Theory]
    [InlineData("ci/Dockerfile", true)]
    [InlineData("hack/build/Dockerfile", true)]
    [InlineData("test/e2e/Dockerfile", true)]
    [InlineData(".devcontainer/Dockerfile", true)]
    [InlineData("integration-tests/Dockerfile", true)]
    [InlineData("Dockerfile.test", true)]
    [InlineData("docker/api.dev.Dockerfile", true)]
    [InlineData("Dockerfile-ci", true)]
    [InlineData("deploy\\ci\\Dockerfile", true)]
    [InlineData("frontend/parser/testfiles/env/Dockerfile", true)]
    [InlineData("build-tools/Dockerfile", false)]
    public void Path_hints_mark_test_and_ci_images(string path, bool strong)
    {
        var role = Final("FROM node:20-slim\nCMD [\"node\", \"server.js\"]\n", path: path);
        role.Kind.Should().Be(ImageRoleKind.TestOrCi);
        role.Confidence.Should().Be(strong ? RoleConfidence.Likely : RoleConfidence.Uncertain);
    }

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("build/package/Dockerfile")]
    [InlineData("services/checkout/Dockerfile")]
    [InlineData("contest/Dockerfile")]
    [InlineData("docker/Dockerfile.prod")]
    [InlineData("src/latest/Dockerfile")]
    public void Paths_without_a_hint_do_not_change_the_role(string path)
        => Final("FROM node:20-slim\nCMD [\"node\", \"server.js\"]\n", path: path).Kind.Should().Be(ImageRoleKind.ShippedApplication);

    [Fact]
    public void Test_runners_in_cmd_mark_a_test_image()
    {
        Final("FROM python:3.12\nCOPY . .\nCMD [\"pytest\", \"-q\"]\n").Kind.Should().Be(ImageRoleKind.TestOrCi);
        Final("FROM golang:1.22\nCOPY . .\nCMD go test ./...\n").Kind.Should().Be(ImageRoleKind.TestOrCi);
        Final("FROM golang:1.22\nCOPY . .\nCMD go run ./cmd/server\n").Kind.Should().Be(ImageRoleKind.ShippedApplication);
    }

    // --- --target ---

    [Fact]
    public void Target_selecting_a_middle_stage_makes_later_stages_unused()
    {
        const string text = "FROM node:20 AS build\nRUN npm ci && npm run build\n" +
                            "FROM node:20-slim AS release\nCOPY --from=build /app/dist /app\nCMD [\"node\", \"/app/main.js\"]\n" +
                            "FROM release AS test\nRUN npm test\n";
        var m = Model(text, target: "release");
        m.FinalStage!.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        m.FinalStage.Role.Evidence.Should().Equal("final stage, chosen with --target; CMD starts 'node'");
        m.Stages[2].Role.Kind.Should().Be(ImageRoleKind.Unused);
        Model(text).FinalStage!.Role.Kind.Should().Be(ImageRoleKind.TestOrCi);
    }

    [Fact]
    public void Target_selecting_the_build_stage_is_a_toolchain_image()
    {
        var role = Final("FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT [\"/app\"]\n", target: "build");
        role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        role.Evidence.Should().Equal("final stage, chosen with --target; no CMD or ENTRYPOINT of its own", "stage name 'build'");
    }

    [Fact]
    public void Final_stage_named_build_with_a_command_is_shipped_but_less_certain()
    {
        var role = Final("FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app\nCMD [\"/app\"]\n");
        role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        role.Confidence.Should().Be(RoleConfidence.Likely);
        role.Evidence.Should().Contain("although the stage is named 'build'");
    }

    [Fact]
    public void Unreachable_unnamed_stage_is_certainly_unused()
    {
        var m = Model("FROM alpine:3.20\nRUN echo unused\nFROM alpine:3.20\nCMD [\"/bin/app\"]\n");
        m.Stages[0].Role.Kind.Should().Be(ImageRoleKind.Unused);
        m.Stages[0].Role.Confidence.Should().Be(RoleConfidence.Certain);
        m.Stages[0].Role.Evidence.Should().Equal("not used by the final stage (stage 1)");
    }

    // --- Start commands and wrappers ---

    [Fact]
    public void S6_overlay_init_runs_the_services_or_the_cmd()
    {
        var services = Model("FROM alpine:3.20\nADD s6-overlay-noarch.tar.xz /\nCOPY rootfs/ /\nENTRYPOINT [\"/init\"]\n").FinalStage!;
        services.StartCommand!.Kind.Should().Be(StartCommandKind.Supervisor);
        services.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        services.Role.Confidence.Should().Be(RoleConfidence.Likely);

        var withCmd = Model("FROM alpine:3.20\nADD s6-overlay-noarch.tar.xz /\nENTRYPOINT [\"/init\"]\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n").FinalStage!;
        withCmd.StartCommand!.ProgramName.Should().Be("nginx");
        withCmd.StartCommand.Wrappers.Should().Equal("s6-overlay /init");
        withCmd.StartCommand.Instruction.Should().BeOfType<CmdInstruction>();
        withCmd.Role.Confidence.Should().Be(RoleConfidence.Certain);
    }

    [Fact]
    public void Tini_and_entrypoint_script_run_the_cmd()
    {
        var start = Model("FROM postgres:16\nENTRYPOINT [\"/sbin/tini\", \"-g\", \"--\", \"docker-entrypoint.sh\"]\nCMD [\"postgres\", \"-c\", \"fsync=off\"]\n").FinalStage!.StartCommand!;
        start.Program.Should().Be("postgres");
        start.ProgramArguments.Should().Equal("-c", "fsync=off");
        start.Wrappers.Should().Equal("tini", "docker-entrypoint.sh");
        start.Instruction.Should().BeOfType<CmdInstruction>();
        start.Words.Should().Equal("postgres", "-c", "fsync=off");
        start.IsExecForm.Should().BeTrue();
    }

    [Fact]
    public void Entrypoint_script_alone_is_the_program()
    {
        var m = Model("FROM debian:12\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n");
        m.FinalStage!.StartCommand!.Kind.Should().Be(StartCommandKind.EntrypointScript);
        m.FinalStage.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);
        m.FinalStage.Role.Confidence.Should().Be(RoleConfidence.Uncertain);
        m.FinalStage.Role.Evidence.Should().Equal("final stage; ENTRYPOINT runs 'entrypoint.sh' with no CMD for it to run");
    }

    [Fact]
    public void Entrypoint_script_with_cmd_bash_is_a_base_image()
        => Final("FROM node:20\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\"]\n")
            .Kind.Should().Be(ImageRoleKind.BaseOrToolchain);

    [Fact]
    public void User_switchers_and_dumb_init_are_looked_through()
    {
        var start = Model("FROM debian:12\nENTRYPOINT [\"dumb-init\", \"--\", \"gosu\", \"app\", \"/usr/local/bin/server\", \"--port\", \"80\"]\n").FinalStage!.StartCommand!;
        start.ProgramName.Should().Be("server");
        start.Wrappers.Should().Equal("dumb-init", "gosu");
        start.HasWrapper("gosu").Should().BeTrue();
        start.Instruction.Should().BeOfType<EntrypointInstruction>();
    }

    [Theory]
    [InlineData("CMD exec java -jar /app.jar", "java")]
    [InlineData("CMD ./migrate.sh && node server.js", "node")]
    [InlineData("CMD [\"sh\", \"-c\", \"npm run migrate && exec node dist/main.js\"]", "node")]
    [InlineData("CMD [\"/bin/sh\", \"-ec\", \"python manage.py migrate; gunicorn app.wsgi --bind 0.0.0.0:$PORT\"]", "gunicorn")]
    [InlineData("CMD nginx -g \"daemon off;\" & wait", "nginx")]
    [InlineData("CMD java -jar app.jar --port=$(cat /etc/port)", "java")]
    public void Shell_scripts_start_their_last_or_exec_command(string cmd, string program)
        => Model("FROM debian:12\n" + cmd + "\n").FinalStage!.StartCommand!.ProgramName.Should().Be(program);

    [Fact]
    public void Shell_form_reports_its_form_and_the_implicit_shell()
    {
        var start = Model("FROM debian:12\nCMD exec java -jar /app.jar\n").FinalStage!.StartCommand!;
        start.IsExecForm.Should().BeFalse();
        start.Wrappers.Should().Equal("sh -c", "exec");
        start.Words.Should().Equal("exec", "java", "-jar", "/app.jar");
        start.ProgramArguments.Should().Equal("-jar", "/app.jar");
    }

    [Fact]
    public void Exec_form_entrypoint_that_runs_its_arguments_through_sh()
    {
        var start = Model("FROM debian:12\nENTRYPOINT [\"sh\", \"-c\", \"exec \\\"$@\\\"\", \"sh\"]\nCMD [\"/usr/bin/app\", \"serve\"]\n").FinalStage!.StartCommand!;
        start.Program.Should().Be("/usr/bin/app");
        start.ProgramArguments.Should().Equal("serve");
        start.Instruction.Should().BeOfType<CmdInstruction>();
    }

    [Fact]
    public void Shell_instruction_is_used_for_the_shell_form()
    {
        var start = Model("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nCMD source /env && exec /app/server\n").FinalStage!.StartCommand!;
        start.ProgramName.Should().Be("server");
        start.Wrappers[0].Should().Be("bash -c");
    }

    [Fact]
    public void Entrypoint_clears_an_inherited_cmd_but_not_one_set_earlier_in_the_stage()
    {
        var m = Model("FROM debian:12 AS base\nCMD [\"bash\"]\nFROM base AS a\nENTRYPOINT [\"/app\"]\nFROM base AS b\nCMD [\"--verbose\"]\nENTRYPOINT [\"/app\"]\n");
        var a = m.Stages[1].StartCommand!;
        a.Cmd.Should().BeNull();
        a.ProgramArguments.Should().BeEmpty();
        var b = m.Stages[2].StartCommand!;
        b.Cmd.Should().NotBeNull();
        b.ProgramArguments.Should().Equal("--verbose");
    }

    [Fact]
    public void Shell_form_entrypoint_ignores_the_cmd()
    {
        var start = Model("FROM debian:12\nENTRYPOINT /usr/bin/server --config /etc/s.conf\nCMD [\"--debug\"]\n").FinalStage!.StartCommand!;
        start.ProgramName.Should().Be("server");
        start.ProgramArguments.Should().Equal("--config", "/etc/s.conf");
        start.Instruction.Should().BeOfType<EntrypointInstruction>();
    }

    [Fact]
    public void Stages_without_a_command_have_no_start_command()
        => Model("FROM alpine:3.20\nRUN true\n").FinalStage!.StartCommand.Should().BeNull();

    // --- Windows ---

    [Fact]
    public void Windows_images_resolve_exe_paths_and_cmd_shell_form()
    {
        var exec = Model("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app/ C:/app/\nENTRYPOINT [\"C:\\\\app\\\\MyService.exe\", \"--console\"]\n").FinalStage!;
        exec.StartCommand!.ProgramName.Should().Be("MyService");
        exec.Role.Kind.Should().Be(ImageRoleKind.ShippedApplication);

        var shell = Model("# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD C:\\app\\run.exe --port 80\n").FinalStage!.StartCommand!;
        shell.Program.Should().Be("C:\\app\\run.exe");
        shell.Wrappers.Should().Equal("cmd /c");
    }

    [Fact]
    public void Windows_base_image_that_starts_powershell_is_a_base()
    {
        var m = Model("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Install-WindowsFeature Web-Server\nCMD [\"powershell\"]\n");
        m.FinalStage!.StartCommand!.Kind.Should().Be(StartCommandKind.Shell);
        m.FinalStage.Role.Kind.Should().Be(ImageRoleKind.BaseOrToolchain);
        Model("FROM mcr.microsoft.com/windows/servercore:1809\nCMD [\"powershell.exe\", \"-nologo\", \"-ExecutionPolicy\", \"Bypass\"]\n")
            .FinalStage!.StartCommand!.Kind.Should().Be(StartCommandKind.Shell);
    }

    [Fact]
    public void Windows_aspnet_framework_image_ships_iis()
        => Final("FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022\nCOPY publish/ /inetpub/wwwroot\n")
            .Kind.Should().Be(ImageRoleKind.ShippedApplication);

    [Fact]
    public void Powershell_runs_its_first_operand()
    {
        var start = Model("FROM microsoft/windowsservercore\nCMD powershell ./start.ps1 -serverfarms \\\"%serverfarms%\\\" -Verbose\n").FinalStage!.StartCommand!;
        start.Program.Should().Be("./start.ps1");
        start.Wrappers.Should().Equal("cmd /c", "powershell -Command");
    }

    [Fact]
    public void Powershell_command_shell_form_is_split()
    {
        var start = Model("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-NoProfile\", \"-Command\"]\nCMD C:\\tools\\agent.exe -run\n").FinalStage!.StartCommand!;
        start.ProgramName.Should().Be("agent");
        start.Wrappers.Should().Equal("powershell -Command");
    }

    // --- Shape ---

    [Fact]
    public void Every_stage_has_a_role_with_evidence()
    {
        var m = Model("FROM a:1 AS one\nFROM b:1 AS two\nCOPY --from=one /x /x\nFROM two\nCMD [\"/x\"]\nFROM c:1\n", target: "2");
        m.Stages.Should().OnlyContain(s => s.Role.Evidence.Count > 0);
        m.Stages.Select(s => s.Role.Kind).Should().Equal(ImageRoleKind.Builder, ImageRoleKind.Builder, ImageRoleKind.ShippedApplication, ImageRoleKind.Unused);
    }

    [Fact]
    public void Many_stages_that_inherit_a_long_entrypoint_each_get_their_own_cmd()
    {
        var text = new StringBuilder("FROM debian:12 AS s0\nENTRYPOINT [\"env\"" + string.Concat(Enumerable.Repeat(", \"A=1\"", 5000)) + ", \"/app\"]\n");
        for (int k = 1; k < 2000; k++) text.Append("FROM s").Append(k - 1).Append(" AS s").Append(k).Append("\nCMD [\"--flag").Append(k).Append("\"]\n");
        var m = Model(text.ToString());
        m.FinalStage!.StartCommand!.Program.Should().Be("/app");
        m.FinalStage.StartCommand.ProgramArguments.Should().Equal("--flag1999");
        m.FinalStage.StartCommand.Instruction.Should().BeOfType<EntrypointInstruction>();
        m.Stages[1].Role.Kind.Should().Be(ImageRoleKind.Builder);
    }

    [Fact]
    public void Empty_file_has_no_stages_and_no_roles()
        => Model("# just a comment\n").Stages.Should().BeEmpty();
}
