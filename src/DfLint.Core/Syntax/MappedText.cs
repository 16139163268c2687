using System;

namespace DfLint.Syntax;

/// <summary>
/// Text assembled from pieces of a file (a logical line joined across continuations, a heredoc body), with the
/// map back to file offsets. Index <c>i</c> of <see cref="Text"/> came from file offset <see cref="ToFileOffset"/>.
/// </summary>
public sealed class MappedText
{
    // Segment k covers Text[_textStarts[k] .. _textStarts[k+1]) and starts at file offset _fileStarts[k].
    private readonly int[] _textStarts;
    private readonly int[] _fileStarts;

    public MappedText(string text, int[] textStarts, int[] fileStarts)
    {
        if (textStarts.Length != fileStarts.Length || textStarts.Length == 0)
            throw new ArgumentException("A mapped text needs one file start per segment and at least one segment.");
        Text = text;
        _textStarts = textStarts;
        _fileStarts = fileStarts;
    }

    /// <summary>A text that is one contiguous piece of the file.</summary>
    public static MappedText Contiguous(string text, int fileStart) => new(text, new[] { 0 }, new[] { fileStart });

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The file offset of a character of <see cref="Text"/>; <see cref="Length"/> maps to just after the last one.</summary>
    public int ToFileOffset(int index)
    {
        if (index >= Text.Length)
        {
            if (Text.Length == 0) return _fileStarts[0];
            return ToFileOffset(Text.Length - 1) + 1;
        }
        if (index < 0) index = 0;
        int k = Array.BinarySearch(_textStarts, index);
        if (k < 0) k = ~k - 1;
        // Several empty segments can share one text start; take the last, which holds the character.
        while (k + 1 < _textStarts.Length && _textStarts[k + 1] == index) k++;
        return _fileStarts[k] + (index - _textStarts[k]);
    }

    /// <summary>The file span covering Text[start .. start+length): from the first character's offset to just after the last one.</summary>
    public SourceSpan ToFileSpan(int start, int length)
    {
        if (length <= 0) return new SourceSpan(ToFileOffset(start), 0);
        int first = ToFileOffset(start);
        int last = ToFileOffset(start + length - 1);
        return SourceSpan.FromBounds(first, last + 1);
    }

    /// <summary>A piece of this text, still mapped to the file.</summary>
    public MappedText Slice(int start, int length)
    {
        if (start < 0) start = 0;
        if (start > Text.Length) start = Text.Length;
        if (length > Text.Length - start) length = Text.Length - start;
        int k = Array.BinarySearch(_textStarts, start);
        if (k < 0) k = ~k - 1;
        while (k + 1 < _textStarts.Length && _textStarts[k + 1] <= start) k++;
        var ts = new System.Collections.Generic.List<int> { 0 };
        var fs = new System.Collections.Generic.List<int> { _fileStarts[k] + (start - _textStarts[k]) };
        for (int j = k + 1; j < _textStarts.Length && _textStarts[j] < start + length; j++)
        {
            ts.Add(_textStarts[j] - start);
            fs.Add(_fileStarts[j]);
        }
        return new MappedText(Text.Substring(start, length), ts.ToArray(), fs.ToArray());
    }

    public override string ToString() => Text;
}
