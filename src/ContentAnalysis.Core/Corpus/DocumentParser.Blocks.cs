using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Units from a <see cref="StructuredDocument"/> (PDF, Word) instead of from lines of text; cut like every other document's, by <see cref="UnitCutter"/>.</summary>
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
        var cutter = new UnitCutter(text, hasher, unitKind, documentId, period);
        foreach (var block in blocks)
        {
            if (block.Text.Length == 0)
            {
                cutter.EndSection();
            }
            else
            {
                cutter.Block(block.Kind == DocumentBlockKind.Heading, block.Text);
            }
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        return new ParsedDocument(text.ToString(), cutter.Units);
    }
}
