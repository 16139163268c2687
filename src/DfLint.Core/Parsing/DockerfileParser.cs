using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Parsing.Grammar;
using DfLint.Syntax;

namespace DfLint.Parsing;

/// <summary>
/// Reads a Dockerfile exactly as BuildKit's parser does, and keeps going past anything it cannot read: a bad
/// instruction becomes an <see cref="InvalidInstruction"/> plus a diagnostic, and parsing continues with the next one.
/// Never throws, whatever the input.
/// </summary>
public static class DockerfileParser
{
    public static DockerfileSyntax Parse(string text)
    {
        text ??= string.Empty;
        var source = new SourceText(text);
        try
        {
            return ParseCore(source);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must not take the host down: report it as a syntax problem at the start of the file.
            return new DockerfileSyntax(source, '\\', Array.Empty<DirectiveSyntax>(), Array.Empty<InstructionSyntax>(),
                Array.Empty<CommentSyntax>(),
                new[] { new ParseDiagnostic(new SourceSpan(0, 0), "internal parser error: " + ex.Message) },
                Array.Empty<ParseDiagnostic>());
        }
    }

    private static DockerfileSyntax ParseCore(SourceText source)
    {
        var reader = new LogicalLineReader(source.Text);
        var instructions = new List<InstructionSyntax>();
        InstructionParser? parser = null;
        char parserEscape = '\0';
        LogicalLine? line;
        while ((line = reader.Read()) is not null)
        {
            if (parser is null || parserEscape != reader.EscapeToken)
            {
                parserEscape = reader.EscapeToken;
                parser = new InstructionParser(parserEscape);
            }
            var node = parser.Parse(line.Text, line.EndOffset);
            if (node is InvalidInstruction invalid) reader.Diagnostics.Add(invalid.Error);
            int end = node.Span.End;
            var heredocs = CanContainHeredoc(node) ? ReadHeredocs(reader, line, ref end) : Array.Empty<HeredocSyntax>();
            node = node with
            {
                Heredocs = heredocs,
                Comments = line.Comments,
                Span = SourceSpan.FromBounds(Math.Min(node.Span.Start, line.StartOffset), end),
            };
            instructions.Add(node);
        }

        if (instructions.Count == 0)
            reader.Diagnostics.Add(new ParseDiagnostic(new SourceSpan(source.Length, 0), "file with no instructions"));

        var diagnostics = reader.Diagnostics;
        InstructionValidator.Validate(instructions, reader.EscapeToken, diagnostics);
        diagnostics.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new DockerfileSyntax(source, reader.EscapeToken, reader.Directives, instructions, reader.AllComments,
            diagnostics, reader.Warnings);
    }

    private static bool CanContainHeredoc(InstructionSyntax node)
    {
        if (node is OnbuildInstruction { Trigger: { } trigger }) node = trigger;
        return node switch
        {
            RunInstruction run => run.Command is not ExecFormSyntax,
            FileTransferInstruction ft => !ft.IsJson,
            _ => false,
        };
    }

    private static IReadOnlyList<HeredocSyntax> ReadHeredocs(LogicalLineReader reader, LogicalLine line, ref int end)
    {
        var markers = HeredocGrammar.Find(line.Text.Text, out string? error);
        if (error is not null)
            reader.Diagnostics.Add(new ParseDiagnostic(line.Text.ToFileSpan(0, line.Text.Length), error));
        if (markers.Count == 0) return Array.Empty<HeredocSyntax>();
        var result = new List<HeredocSyntax>(markers.Count);
        string text = reader.SourceText;
        foreach (var m in markers)
        {
            var markerSpan = line.Text.ToFileSpan(m.Start, m.End - m.Start);
            bool ok = reader.ReadHeredocBody(m.Name, m.Chomp, out int bodyStart, out int bodyEnd, out int terminatorEnd);
            if (!ok)
                reader.Diagnostics.Add(new ParseDiagnostic(markerSpan,
                    $"unterminated heredoc: no line '{m.Name}' ends the heredoc started here"));
            var content = MappedText.Contiguous(text.Substring(bodyStart, bodyEnd - bodyStart), bodyStart);
            result.Add(new HeredocSyntax(markerSpan, SourceSpan.FromBounds(bodyStart, terminatorEnd), m.Name, m.FileDescriptor,
                m.Expand, m.Chomp, content));
            end = Math.Max(end, terminatorEnd);
        }
        return result;
    }
}
