// Ported from github/codeql-action, src/fingerprints.ts (function `hash`), MIT license,
// Copyright GitHub. The algorithm is reproduced so that our primaryLocationLineHash equals the value upload-sarif computes.
using System.Collections.Generic;
using System.Globalization;

namespace DfLint.Cli.Output;

/// <summary>
/// GitHub code scanning's <c>primaryLocationLineHash</c>: for every line, a Rabin–Karp rolling hash (base 37, mod 2^64)
/// over the next 100 characters counted from the start of the line, skipping spaces and tabs, with <c>\r\n</c>,
/// <c>\r</c> and <c>\n</c> each read as one <c>\n</c>. The end of the text is a 65535 sentinel followed by NULs.
/// The value is <c>&lt;hex&gt;:&lt;n&gt;</c> where n counts the lines so far (this one included) with the same hash.
/// Characters are UTF-16 code units, as JavaScript's <c>charCodeAt</c>; a leading BOM is part of the text, as Node
/// keeps it, so hosts must not strip it when they want bit-identical values.
/// </summary>
internal static class LineHash
{
    private const int BlockSize = 100;
    private const ulong Mod = 37;
    private const int Eof = 65535;

    /// <summary>The hash of every line, index 0 for line 1. Lines are counted as the hasher counts them (CR, LF, CRLF).</summary>
    public static IReadOnlyList<string> Compute(string text)
    {
        var hashes = new List<string>();
        var window = new int[BlockSize];
        var lineNumbers = new int[BlockSize];
        for (int i = 0; i < BlockSize; i++) lineNumbers[i] = -1;

        ulong hashRaw = 0;
        ulong firstMod = 1;
        unchecked
        {
            for (int i = 0; i < BlockSize; i++) firstMod *= Mod;
        }

        int index = 0;
        int lineNumber = 0;
        bool lineStart = true;
        bool prevCR = false;
        var hashCounts = new Dictionary<string, int>();

        void OutputHash()
        {
            string hashValue = hashRaw.ToString("x", CultureInfo.InvariantCulture);
            hashCounts.TryGetValue(hashValue, out int count);
            hashCounts[hashValue] = ++count;
            // Lines are reported in increasing order, one each.
            hashes.Add(hashValue + ":" + count.ToString(CultureInfo.InvariantCulture));
            lineNumbers[index] = -1;
        }

        void UpdateHash(int current)
        {
            int begin = window[index];
            window[index] = current;
            unchecked
            {
                hashRaw = Mod * hashRaw + (ulong)current - firstMod * (ulong)begin;
            }
            index = (index + 1) % BlockSize;
        }

        void ProcessCharacter(int current)
        {
            if (current == ' ' || current == '\t' || (prevCR && current == '\n'))
            {
                prevCR = false;
                return;
            }
            if (current == '\r')
            {
                current = '\n';
                prevCR = true;
            }
            else
            {
                prevCR = false;
            }
            if (lineNumbers[index] != -1) OutputHash();
            if (lineStart)
            {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }
            if (current == '\n') lineStart = true;
            UpdateHash(current);
        }

        foreach (char c in text) ProcessCharacter(c);
        ProcessCharacter(Eof);
        for (int i = 0; i < BlockSize; i++)
        {
            if (lineNumbers[index] != -1) OutputHash();
            UpdateHash(0);
        }
        return hashes;
    }
}
