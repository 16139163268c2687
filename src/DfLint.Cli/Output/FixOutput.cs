using System.Text.Json;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Output;

/// <summary>
/// Writes a finding's fixes in the JSON and SARIF formats, so that editors and scripts can apply them. Edit positions
/// are exact (1-based lines and columns in UTF-16 code units, end exclusive; an insertion has an empty range), unlike
/// a finding's location, which is adjusted for display.
/// </summary>
internal static class FixOutput
{
    public static string SafetyName(FixSafety safety) => safety == FixSafety.Safe ? "safe" : "unsafe";

    /// <summary>
    /// JSON: <c>"fixes": [{ "title", "safety": "safe"|"unsafe", "edits": [{ "line", "column", "endLine", "endColumn",
    /// "offset", "length", "newText" }] }]</c>; offsets are 0-based UTF-16 offsets into the linted text. Written only when
    /// the finding has fixes.
    /// </summary>
    public static void WriteJson(Utf8JsonWriter json, LintResult result, Finding finding)
    {
        if (finding.Fixes.Count == 0) return;
        json.WriteStartArray("fixes");
        foreach (var fix in finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteString("safety", SafetyName(fix.Safety));
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                var start = result.Source.GetLinePosition(edit.Span.Start);
                var end = result.Source.GetLinePosition(edit.Span.End);
                json.WriteStartObject();
                json.WriteNumber("line", start.Line);
                json.WriteNumber("column", start.Column);
                json.WriteNumber("endLine", end.Line);
                json.WriteNumber("endColumn", end.Column);
                json.WriteNumber("offset", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>SARIF 2.1.0 §3.55: <c>fixes</c> with one <c>artifactChange</c> of replacements; the safety goes in the fix's property bag.</summary>
    public static void WriteSarif(Utf8JsonWriter json, LintResult result, Finding finding, string uri, string uriBaseId)
    {
        if (finding.Fixes.Count == 0) return;
        json.WriteStartArray("fixes");
        foreach (var fix in finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", uri);
            json.WriteString("uriBaseId", uriBaseId);
            json.WriteEndObject();
            json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                var start = result.Source.GetLinePosition(edit.Span.Start);
                var end = result.Source.GetLinePosition(edit.Span.End);
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("startLine", start.Line);
                json.WriteNumber("startColumn", start.Column);
                json.WriteNumber("endLine", end.Line);
                json.WriteNumber("endColumn", end.Column);
                json.WriteEndObject();
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("safety", SafetyName(fix.Safety));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
