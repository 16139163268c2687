using System;
using System.IO;
using System.Text;

namespace DfLint.Cli.Discovery;

/// <summary>What reading a Dockerfile gave: its text (and maybe a warning), or an error line.</summary>
public sealed record ReadResult(string? Text, string? Error, string? Warning = null);

/// <summary>Reads Dockerfiles as UTF-8 (a BOM is dropped), refusing binary files.</summary>
public static class DockerfileReader
{
    private const int BinaryProbeLength = 8192;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static ReadResult ReadFile(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(fullPath)) return new ReadResult(null, $"'{displayPath}' is a directory, not a Dockerfile");
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (FileNotFoundException)
        {
            return new ReadResult(null, $"path '{displayPath}' does not exist");
        }
        catch (DirectoryNotFoundException)
        {
            return new ReadResult(null, $"path '{displayPath}' does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new ReadResult(null, $"cannot read '{displayPath}': {Program.OneLine(e.Message)}");
        }
        return Decode(bytes, displayPath);
    }

    public static ReadResult Decode(byte[] bytes, string displayPath)
    {
        int probe = Math.Min(bytes.Length, BinaryProbeLength);
        if (Array.IndexOf(bytes, (byte)0, 0, probe) >= 0)
            return new ReadResult(null, $"'{displayPath}' is a binary file, not a Dockerfile");
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new ReadResult(Strict.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            return new ReadResult(Lenient.GetString(bytes, start, bytes.Length - start), null,
                $"'{displayPath}' is not valid UTF-8; invalid bytes were read as U+FFFD");
        }
    }

    /// <summary>Standard input, already decoded by the reader.</summary>
    public static ReadResult ReadStdin(TextReader stdin, string displayPath)
    {
        string text;
        try { text = stdin.ReadToEnd(); }
        catch (IOException e) { return new ReadResult(null, $"cannot read standard input: {Program.OneLine(e.Message)}"); }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        int probe = Math.Min(text.Length, BinaryProbeLength);
        if (text.IndexOf('\0', 0, probe) >= 0) return new ReadResult(null, $"'{displayPath}' is a binary file, not a Dockerfile");
        return new ReadResult(text, null);
    }
}
