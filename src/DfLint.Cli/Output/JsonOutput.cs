using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DfLint.Cli.Output;

/// <summary>
/// Writes JSON by hand with <see cref="Utf8JsonWriter"/> (no reflection, so NativeAOT-safe): indented by two spaces,
/// <c>\n</c> line breaks, non-ASCII kept as is (the output is a file, not HTML), and a final newline.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }
        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }
}
