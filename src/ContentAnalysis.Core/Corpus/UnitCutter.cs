using System.Globalization;
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

    /// <summary>The units so far.</summary>
    public List<TextUnit> Units { get; } = [];

    /// <summary>
    /// Appends one block (after a blank line when text precedes it): <paramref name="plain"/> joins its lines with
    /// spaces, else (a Markdown block already joined) they stay lines of their own.
    /// </summary>
    public void Block(bool isHeading, ReadOnlySpan<char> raw, bool plain = false)
    {
        var separatorAt = text.Length;
        if (text.Length > 0)
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
                Add('s', blockStart + start, block.Slice(start, length));
            }
        }
        else
        {
            Add('p', blockStart, block);
        }
    }

    /// <summary>Ends the current section: the units after it have none until the next heading.</summary>
    public void EndSection() => _section = string.Empty;

    private void Add(char prefix, int start, ReadOnlySpan<char> unit)
    {
        var ordinal = Units.Count + 1;
        var id = prefix == 's'
            ? string.Create(CultureInfo.InvariantCulture, $"{documentId}.s{ordinal:D4}")
            : string.Create(CultureInfo.InvariantCulture, $"{documentId}.p{ordinal:D3}");
        Units.Add(new TextUnit(id, documentId, ordinal, _section, start, unit.Length, hasher.Hash(unit), period));
    }
}
