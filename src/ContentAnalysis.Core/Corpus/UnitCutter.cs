using System.Globalization;
using System.Runtime.CompilerServices;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Appends a document's blocks to its text and cuts each into units (one paragraph, or its sentences); a heading
/// block is text but not a unit: it becomes the section of the units that follow.
/// </summary>
internal sealed class UnitCutter(TextBuffer text, UnitHasher hasher, UnitKind unitKind, string documentId, string period)
{
    private readonly List<(int Start, int Length)> _sentences = [];
    private string _section = string.Empty;
    private int _flushedChars;
    private int _ordinal;

    /// <summary>The units so far; a caller that takes them clears the list (ordinals go on counting).</summary>
    public List<TextUnit> Units { get; } = [];

    /// <summary>The length of the text so far, including what <see cref="MoveText"/> moved out of the buffer.</summary>
    public int Position => _flushedChars + text.Length;

    /// <summary>The id of the unit at <paramref name="ordinal"/>: <c>{doc}.p001</c>, <c>{doc}.s0001</c>.</summary>
    public static string UnitId(string documentId, UnitKind kind, int ordinal) => kind == UnitKind.Sentence
        ? string.Create(CultureInfo.InvariantCulture, $"{documentId}.s{ordinal:D4}")
        : string.Create(CultureInfo.InvariantCulture, $"{documentId}.p{ordinal:D3}");

    /// <summary>Moves the buffered text to <paramref name="destination"/>; offsets go on counting from where it ends.</summary>
    public void MoveText(TextBuffer destination)
    {
        destination.Append(text.Slice(0));
        _flushedChars = checked(_flushedChars + text.Length);
        text.Length = 0;
    }

    /// <summary>
    /// Appends one block (after a blank line when text precedes it): <paramref name="plain"/> joins its lines with
    /// spaces, else (a Markdown block already joined) they stay lines of their own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Block(bool isHeading, ReadOnlySpan<char> raw, bool plain = false)
    {
        var separatorAt = text.Length;
        if (Position > 0)
        {
            text.Append("\n\n");
        }

        var blockStart = text.Length;
        DocumentParser.AppendJoinedLines(text, raw, plain || isHeading ? ' ' : '\n');
        if (text.Length == blockStart)
        {
            text.Length = separatorAt;
            return;
        }

        var block = text.Slice(blockStart);
        if (isHeading)
        {
            _section = block.ToString();
        }
        else if (unitKind == UnitKind.Sentence)
        {
            _sentences.Clear();
            SentenceSplitter.Split(block, _sentences);
            foreach (var (start, length) in _sentences)
            {
                Add('s', _flushedChars + blockStart + start, block.Slice(start, length));
            }
        }
        else
        {
            Add('p', _flushedChars + blockStart, block);
        }
    }

    /// <summary>Ends the current section: the units after it have none until the next heading.</summary>
    public void EndSection() => _section = string.Empty;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(char prefix, int start, ReadOnlySpan<char> unit)
    {
        var ordinal = ++_ordinal;
        var id = UnitId(documentId, prefix == 's' ? UnitKind.Sentence : UnitKind.Paragraph, ordinal);
        Units.Add(new TextUnit(id, documentId, ordinal, _section, start, unit.Length, hasher.Hash(unit), period));
    }
}
