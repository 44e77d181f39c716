using System.Text;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A document read from a format with its own structure (PDF, Word): metadata fields, body blocks in reading order
/// (headings and paragraphs, each already one line of text) and notes. The importer cuts it into units with
/// <see cref="DocumentParser.ParseBlocks(StructuredDocument, Codebooks.UnitKind, string, string)"/>; no page-furniture removal or line joining runs on it.
/// </summary>
internal sealed class StructuredDocument
{
    /// <summary>The section name under which footnotes become units (docs/decisions.md, issue 11).</summary>
    public const string NotesSection = "Notes";

    /// <summary>The section name under which Word endnotes become units.</summary>
    public const string EndnotesSection = "Endnotes";

    /// <summary>Metadata fields (title, author, date) found in the document itself.</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Body blocks in reading order.</summary>
    public List<DocumentBlock> Blocks { get; } = [];

    /// <summary>Footnotes in order, each with its number at the start (<c>1 Text of the note.</c>).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Endnotes in order, numbered like footnotes.</summary>
    public List<string> Endnotes { get; } = [];

    /// <summary>Adds a paragraph (white space collapsed; nothing when empty).</summary>
    public void AddParagraph(string text) => Add(DocumentBlockKind.Paragraph, text);

    /// <summary>Adds a heading: not a unit, the section of the paragraphs after it.</summary>
    public void AddHeading(string text) => Add(DocumentBlockKind.Heading, text);

    /// <summary>Ends the current section: the paragraphs after it have none until the next heading.</summary>
    public void EndSection() => Blocks.Add(new DocumentBlock(DocumentBlockKind.Heading, string.Empty));

    private void Add(DocumentBlockKind kind, string text)
    {
        var line = Collapse(text);
        if (line.Length > 0)
        {
            Blocks.Add(new DocumentBlock(kind, line));
        }
    }

    /// <summary>
    /// One line: white space runs (including line breaks and no-break spaces) as one space, trimmed, NFC, and the
    /// Unicode ligature characters (<c>ﬁ</c>, <c>ﬂ</c>, …) as their letters, so <c>conﬂict</c> is found as <c>conflict</c>.
    /// </summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (c is >= '\uFB00' and <= '\uFB06')
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

/// <summary>What a block of a <see cref="StructuredDocument"/> is.</summary>
internal enum DocumentBlockKind
{
    /// <summary>Body text: one unit (or its sentences).</summary>
    Paragraph,

    /// <summary>A heading: the section of what follows, not a unit.</summary>
    Heading,
}

/// <summary>One block of a <see cref="StructuredDocument"/>.</summary>
/// <param name="Kind">Paragraph or heading.</param>
/// <param name="Text">The block's text on one line.</param>
internal sealed record DocumentBlock(DocumentBlockKind Kind, string Text);
