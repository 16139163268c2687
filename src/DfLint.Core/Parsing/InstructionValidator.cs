using System.Collections.Generic;
using DfLint.Syntax;

namespace DfLint.Parsing;

/// <summary>BuildKit's instruction-level checks (its second layer), reported as parse diagnostics.</summary>
internal static class InstructionValidator
{
    public static void Validate(IReadOnlyList<InstructionSyntax> instructions, char escape, List<ParseDiagnostic> diagnostics)
    {
    }
}
