using System;
using DfLint.Syntax;

namespace DfLint.Parsing;

/// <summary>Reads a Dockerfile exactly as BuildKit's parser does. Never throws.</summary>
public static class DockerfileParser
{
    public static DockerfileSyntax Parse(string text)
    {
        var source = new SourceText(text ?? string.Empty);
        return new DockerfileSyntax(source, '\\', Array.Empty<DirectiveSyntax>(), Array.Empty<InstructionSyntax>(),
            Array.Empty<CommentSyntax>(), Array.Empty<ParseDiagnostic>(), Array.Empty<ParseDiagnostic>());
    }
}
