using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Units from a <see cref="StructuredDocument"/> (PDF, Word) instead of from lines of text.</summary>
internal static partial class DocumentParser
{
    /// <summary>
    /// The text and units of <paramref name="document"/>: blocks joined by blank lines, each heading the section of
    /// the units after it, then the footnotes (section <see cref="StructuredDocument.NotesSection"/>) and endnotes
    /// (<see cref="StructuredDocument.EndnotesSection"/>) as units of their own, each under its heading line.
    /// </summary>
    public static ParsedDocument ParseBlocks(StructuredDocument document, UnitKind unitKind, string documentId, string period)
    {
        var blocks = new List<DocumentBlock>(document.Blocks);
        foreach (var (noteSection, notes) in new[] { (StructuredDocument.NotesSection, document.Notes), (StructuredDocument.EndnotesSection, document.Endnotes) })
        {
            var lines = notes.Select(StructuredDocument.Collapse).Where(n => n.Length > 0).ToList();
            if (lines.Count > 0)
            {
                blocks.Add(new DocumentBlock(DocumentBlockKind.Heading, noteSection));
                blocks.AddRange(lines.Select(n => new DocumentBlock(DocumentBlockKind.Paragraph, n)));
            }
        }

        using var text = new TextBuffer(blocks.Sum(b => b.Text.Length + 2) + 1);
        using var hasher = new UnitHasher();
        var units = new List<TextUnit>();
        var sentences = new List<(int Start, int Length)>();
        var section = string.Empty;
        foreach (var block in blocks)
        {
            if (block.Text.Length == 0)
            {
                section = string.Empty;
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var blockStart = text.Length;
            text.Append(block.Text);
            if (block.Kind == DocumentBlockKind.Heading)
            {
                section = block.Text;
                continue;
            }

            var span = text.Slice(blockStart);
            if (unitKind == UnitKind.Sentence)
            {
                sentences.Clear();
                SentenceSplitter.Split(span, sentences);
                foreach (var (start, length) in sentences)
                {
                    units.Add(MakeUnit(hasher, documentId, units.Count + 1, 's', section, blockStart + start, span.Slice(start, length), period));
                }
            }
            else
            {
                units.Add(MakeUnit(hasher, documentId, units.Count + 1, 'p', section, blockStart, span, period));
            }
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        return new ParsedDocument(text.ToString(), units);
    }
}
