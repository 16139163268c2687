using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using DfLint.Syntax;

namespace DfLint.Cli.Commands;

/// <summary>
/// Writes a <see cref="DockerfileSyntax"/> as JSON with every span as 1-based lines and columns (end exclusive).
/// Hand-written with <see cref="Utf8JsonWriter"/>: no reflection, so NativeAOT and trimming stay warning-free.
/// </summary>
public static class AstJsonWriter
{
    public static string Write(DockerfileSyntax syntax)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            new Writer(json, syntax.Source).Document(syntax);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private sealed class Writer
    {
        private readonly Utf8JsonWriter _json;
        private readonly SourceText _source;

        public Writer(Utf8JsonWriter json, SourceText source)
        {
            _json = json;
            _source = source;
        }

        public void Document(DockerfileSyntax syntax)
        {
            _json.WriteStartObject();
            _json.WriteString("escapeToken", syntax.EscapeToken.ToString());
            Array("directives", syntax.Directives, d =>
            {
                _json.WriteStartObject();
                Span("span", d.Span);
                Token("name", d.Name);
                Token("value", d.Value);
                _json.WriteEndObject();
            });
            Array("instructions", syntax.Instructions, Instruction);
            Array("comments", syntax.Comments, Comment);
            Array("diagnostics", syntax.Diagnostics, Diagnostic);
            Array("warnings", syntax.Warnings, Diagnostic);
            _json.WriteEndObject();
        }

        private void Instruction(InstructionSyntax instruction)
        {
            _json.WriteStartObject();
            _json.WriteString("kind", instruction.Kind.ToString());
            Span("span", instruction.Span);
            Token("keyword", instruction.Keyword);
            Array("flags", instruction.Flags, Flag);
            if (instruction.ArgumentText is { } args) Mapped("arguments", args);
            if (instruction.Heredocs.Count > 0) Array("heredocs", instruction.Heredocs, Heredoc);
            if (instruction.Comments.Count > 0) Array("comments", instruction.Comments, Comment);

            switch (instruction)
            {
                case UnknownInstruction:
                    break;
                case InvalidInstruction i:
                    _json.WritePropertyName("error");
                    Diagnostic(i.Error);
                    break;
                case FromInstruction i:
                    TokenArray("words", i.Words);
                    if (i.Image is { } image)
                    {
                        _json.WriteStartObject("image");
                        _json.WriteString("text", image.Text);
                        Span("span", image.Span);
                        OptionalToken("registry", image.Registry);
                        Token("path", image.Path);
                        OptionalToken("tag", image.Tag);
                        OptionalToken("digest", image.Digest);
                        _json.WriteEndObject();
                    }
                    OptionalToken("as", i.AsKeyword);
                    OptionalToken("stageName", i.StageName);
                    break;
                case RunInstruction i:
                    Command("command", i.Command);
                    Array("mounts", i.Mounts, m =>
                    {
                        _json.WriteStartObject();
                        _json.WriteString("type", m.Type);
                        Span("span", m.Flag.Span);
                        Array("fields", m.Fields, f =>
                        {
                            _json.WriteStartObject();
                            _json.WriteString("key", f.Key);
                            if (f.Value is null) _json.WriteNull("value"); else _json.WriteString("value", f.Value);
                            Span("span", f.Span);
                            _json.WriteEndObject();
                        });
                        _json.WriteEndObject();
                    });
                    break;
                case CmdInstruction i:
                    Command("command", i.Command);
                    break;
                case EntrypointInstruction i:
                    Command("command", i.Command);
                    break;
                case ShellInstruction i:
                    Command("command", i.Command);
                    break;
                case EnvInstruction i:
                    Array("pairs", i.Pairs, KeyValue);
                    break;
                case LabelInstruction i:
                    Array("pairs", i.Pairs, KeyValue);
                    break;
                case MaintainerInstruction i:
                    OptionalToken("value", i.Value);
                    break;
                case ExposeInstruction i:
                    Array("ports", i.Ports, p =>
                    {
                        _json.WriteStartObject();
                        Token("word", p.Word);
                        Token("port", p.Port);
                        OptionalToken("protocol", p.Protocol);
                        _json.WriteEndObject();
                    });
                    break;
                case FileTransferInstruction i:
                    _json.WriteBoolean("json", i.IsJson);
                    TokenArray("paths", i.Paths);
                    break;
                case VolumeInstruction i:
                    _json.WriteBoolean("json", i.IsJson);
                    TokenArray("paths", i.Paths);
                    break;
                case UserInstruction i:
                    OptionalToken("value", i.Value);
                    OptionalToken("user", i.User);
                    OptionalToken("group", i.Group);
                    break;
                case WorkdirInstruction i:
                    OptionalToken("value", i.Value);
                    break;
                case ArgInstruction i:
                    Array("declarations", i.Declarations, d =>
                    {
                        _json.WriteStartObject();
                        Span("span", d.Span);
                        Token("word", d.Word);
                        Token("name", d.Name);
                        OptionalToken("default", d.DefaultValue);
                        _json.WriteEndObject();
                    });
                    break;
                case OnbuildInstruction i:
                    if (i.Trigger is null) _json.WriteNull("trigger");
                    else { _json.WritePropertyName("trigger"); Instruction(i.Trigger); }
                    break;
                case StopsignalInstruction i:
                    OptionalToken("value", i.Value);
                    break;
                case HealthcheckInstruction i:
                    OptionalToken("type", i.Type);
                    if (i.Command is null) _json.WriteNull("command"); else Command("command", i.Command);
                    break;
            }
            _json.WriteEndObject();
        }

        private void Command(string name, CommandSyntax command)
        {
            _json.WriteStartObject(name);
            switch (command)
            {
                case ExecFormSyntax exec:
                    _json.WriteString("form", "exec");
                    Span("span", exec.Span);
                    TokenArray("items", exec.Items);
                    break;
                case ShellFormSyntax shell:
                    _json.WriteString("form", "shell");
                    Span("span", shell.Span);
                    _json.WriteString("text", shell.Value);
                    break;
                default:
                    _json.WriteString("form", command.GetType().Name);
                    Span("span", command.Span);
                    break;
            }
            _json.WriteEndObject();
        }

        private void KeyValue(KeyValueSyntax pair)
        {
            _json.WriteStartObject();
            Span("span", pair.Span);
            Token("key", pair.Key);
            Token("value", pair.Value);
            _json.WriteBoolean("legacy", pair.IsLegacy);
            _json.WriteEndObject();
        }

        private void Flag(FlagSyntax flag)
        {
            _json.WriteStartObject();
            Span("span", flag.Span);
            _json.WriteString("text", flag.Text);
            Token("name", flag.Name);
            OptionalToken("value", flag.Value);
            _json.WriteEndObject();
        }

        private void Heredoc(HeredocSyntax heredoc)
        {
            _json.WriteStartObject();
            _json.WriteString("name", heredoc.Name);
            _json.WriteNumber("fileDescriptor", heredoc.FileDescriptor);
            _json.WriteBoolean("expand", heredoc.Expand);
            _json.WriteBoolean("chomp", heredoc.Chomp);
            Span("markerSpan", heredoc.MarkerSpan);
            Span("span", heredoc.Span);
            _json.WriteString("content", heredoc.Content.Text);
            _json.WriteEndObject();
        }

        private void Comment(CommentSyntax comment)
        {
            _json.WriteStartObject();
            Span("span", comment.Span);
            _json.WriteString("text", comment.Text);
            _json.WriteEndObject();
        }

        private void Diagnostic(ParseDiagnostic diagnostic)
        {
            _json.WriteStartObject();
            Span("span", diagnostic.Span);
            _json.WriteString("message", diagnostic.Message);
            _json.WriteEndObject();
        }

        private void Mapped(string name, MappedText text)
        {
            _json.WriteStartObject(name);
            _json.WriteString("text", text.Text);
            Span("span", text.ToFileSpan(0, text.Length));
            _json.WriteEndObject();
        }

        private void Token(string name, Token token)
        {
            _json.WritePropertyName(name);
            TokenValue(token);
        }

        private void OptionalToken(string name, Token? token)
        {
            if (token is null) _json.WriteNull(name);
            else Token(name, token);
        }

        private void TokenValue(Token token)
        {
            _json.WriteStartObject();
            _json.WriteString("text", token.Text);
            Span("span", token.Span);
            _json.WriteEndObject();
        }

        private void TokenArray(string name, IReadOnlyList<Token> tokens) => Array(name, tokens, TokenValue);

        private void Array<T>(string name, IReadOnlyList<T> items, Action<T> write)
        {
            _json.WriteStartArray(name);
            foreach (var item in items) write(item);
            _json.WriteEndArray();
        }

        private void Span(string name, SourceSpan span)
        {
            var (start, end) = _source.GetLinePositionSpan(span);
            _json.WriteStartObject(name);
            _json.WriteNumber("startLine", start.Line);
            _json.WriteNumber("startColumn", start.Column);
            _json.WriteNumber("endLine", end.Line);
            _json.WriteNumber("endColumn", end.Column);
            _json.WriteEndObject();
        }
    }
}
