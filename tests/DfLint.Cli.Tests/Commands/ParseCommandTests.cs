using System;
using System.Linq;
using System.Text.Json;
using DfLint.Cli.Commands;
using DfLint.Syntax;

namespace DfLint.Cli.Tests.Commands;

public class ParseCommandTests : IDisposable
{
    /// <summary>A file with one real finding: the unknown instruction is a DF000 error.</summary>
    private const string Bad = "FROM alpine:3.20\nFOO bar\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_missing_file_exits_with_2()
    {
        var run = _cli.Run("parse", "nope");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: path 'nope' does not exist");
    }

    [Fact]
    public void A_binary_file_exits_with_2()
    {
        _cli.WriteBytes("Dockerfile", new byte[] { 1, 0, 2 });

        var run = _cli.Run("parse", "Dockerfile");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("dflint: error: 'Dockerfile' is a binary file, not a Dockerfile");
    }

    [Fact]
    public void Json_is_a_document_with_every_list()
    {
        _cli.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = _cli.Run("parse", "Dockerfile", "--format", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Stdout);
        doc.RootElement.EnumerateObject().Select(p => p.Name).Should()
            .Equal("escapeToken", "directives", "instructions", "comments", "diagnostics", "warnings");
        doc.RootElement.GetProperty("escapeToken").GetString().Should().Be("\\");
    }

    [Fact]
    public void Json_writes_spans_as_lines_and_columns()
    {
        const string text = "FROM --platform=linux/amd64 alpine:3 AS build\nRUN [\"echo\", \"hi\"]\nONBUILD COPY a b\n";
        var source = new SourceText(text);
        var from = new FromInstruction(new SourceSpan(0, 45), new Token("FROM", new SourceSpan(0, 4)),
            new[] { new FlagSyntax(new SourceSpan(5, 22), "--platform=linux/amd64", new Token("platform", new SourceSpan(7, 8)), new Token("linux/amd64", new SourceSpan(16, 11))) },
            MappedText.Contiguous(text.Substring(0, 45), 0),
            new[] { new Token("alpine:3", new SourceSpan(28, 8)), new Token("AS", new SourceSpan(37, 2)), new Token("build", new SourceSpan(40, 5)) },
            new ImageReferenceSyntax(new SourceSpan(28, 8), "alpine:3", null, new Token("alpine", new SourceSpan(28, 6)), new Token("3", new SourceSpan(35, 1)), null),
            new Token("AS", new SourceSpan(37, 2)), new Token("build", new SourceSpan(40, 5)));
        var run = new RunInstruction(new SourceSpan(46, 18), new Token("RUN", new SourceSpan(46, 3)), Array.Empty<FlagSyntax>(),
            MappedText.Contiguous(text.Substring(46, 18), 46),
            new ExecFormSyntax(new SourceSpan(50, 14), new[] { new Token("echo", new SourceSpan(51, 6)), new Token("hi", new SourceSpan(59, 4)) }),
            Array.Empty<MountSyntax>());
        var copy = new CopyInstruction(new SourceSpan(73, 8), new Token("COPY", new SourceSpan(73, 4)), Array.Empty<FlagSyntax>(),
            MappedText.Contiguous("COPY a b", 73), new[] { new Token("a", new SourceSpan(78, 1)), new Token("b", new SourceSpan(80, 1)) }, false);
        var onbuild = new OnbuildInstruction(new SourceSpan(65, 16), new Token("ONBUILD", new SourceSpan(65, 7)), Array.Empty<FlagSyntax>(),
            MappedText.Contiguous("ONBUILD COPY a b", 65), copy);
        var syntax = new DockerfileSyntax(source, '\\', Array.Empty<DirectiveSyntax>(), new InstructionSyntax[] { from, run, onbuild },
            Array.Empty<CommentSyntax>(), new[] { new ParseDiagnostic(new SourceSpan(70, 2), "made up") }, Array.Empty<ParseDiagnostic>());

        using var doc = JsonDocument.Parse(AstJsonWriter.Write(syntax));

        var instructions = doc.RootElement.GetProperty("instructions");
        var f = instructions[0];
        f.GetProperty("kind").GetString().Should().Be("From");
        f.GetProperty("stageName").GetProperty("text").GetString().Should().Be("build");
        Span(f.GetProperty("stageName").GetProperty("span")).Should().Be((1, 41, 1, 46));
        f.GetProperty("image").GetProperty("tag").GetProperty("text").GetString().Should().Be("3");
        f.GetProperty("image").GetProperty("registry").ValueKind.Should().Be(JsonValueKind.Null);
        f.GetProperty("flags")[0].GetProperty("value").GetProperty("text").GetString().Should().Be("linux/amd64");
        var r = instructions[1];
        r.GetProperty("command").GetProperty("form").GetString().Should().Be("exec");
        r.GetProperty("command").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).Should().Equal("echo", "hi");
        Span(r.GetProperty("command").GetProperty("span")).Should().Be((2, 5, 2, 19));
        var trigger = instructions[2].GetProperty("trigger");
        trigger.GetProperty("kind").GetString().Should().Be("Copy");
        trigger.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("text").GetString()).Should().Equal("a", "b");
        Span(doc.RootElement.GetProperty("diagnostics")[0].GetProperty("span")).Should().Be((3, 6, 3, 8));
    }

    private static (int, int, int, int) Span(JsonElement span)
        => (span.GetProperty("startLine").GetInt32(), span.GetProperty("startColumn").GetInt32(),
            span.GetProperty("endLine").GetInt32(), span.GetProperty("endColumn").GetInt32());

    [Fact]
    public void Parse_prints_errors_on_stderr_and_exits_with_1()
    {
        _cli.Write("Dockerfile", Bad);

        var run = _cli.Run("parse", "Dockerfile");

        run.ExitCode.Should().Be(1);
        run.StderrLines.Should().ContainSingle().Which.Should().MatchRegex(@"^Dockerfile:2:\d+: error DF000: unknown instruction: FOO");
        run.Stdout.Should().NotBeEmpty("the BuildKit dump is printed even when there are errors");
    }
}
