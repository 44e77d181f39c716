namespace ContentAnalysis.Core.Reporting;

/// <summary>A block of a <see cref="ReportDocument"/>.</summary>
public abstract record DocumentBlock
{
    /// <summary>Every inline of the block, table cells and list items included.</summary>
    public abstract IEnumerable<DocumentInline> Inlines();
}

/// <summary>A heading of level 1 to 6 (Word's Heading1…Heading6).</summary>
public sealed record DocumentHeading(int Level, IReadOnlyList<DocumentInline> Content) : DocumentBlock
{
    /// <inheritdoc/>
    public override IEnumerable<DocumentInline> Inlines() => Content;
}

/// <summary>A paragraph of running text.</summary>
public sealed record DocumentParagraph(IReadOnlyList<DocumentInline> Content) : DocumentBlock
{
    /// <inheritdoc/>
    public override IEnumerable<DocumentInline> Inlines() => Content;
}

/// <summary>A quoted passage (evidence from the corpus), one or more paragraphs.</summary>
public sealed record DocumentQuote(IReadOnlyList<IReadOnlyList<DocumentInline>> Paragraphs) : DocumentBlock
{
    /// <inheritdoc/>
    public override IEnumerable<DocumentInline> Inlines() => Paragraphs.SelectMany(p => p);
}

/// <summary>A bulleted or numbered list whose items are single paragraphs.</summary>
public sealed record DocumentList(bool Ordered, IReadOnlyList<IReadOnlyList<DocumentInline>> Items) : DocumentBlock
{
    /// <inheritdoc/>
    public override IEnumerable<DocumentInline> Inlines() => Items.SelectMany(i => i);
}

/// <summary>A figure: an image in SVG (HTML) and PNG (Word, Markdown) with its caption and text alternative.</summary>
/// <param name="Id">A short name, used for the image files beside a Markdown report (<c>alpha</c>).</param>
/// <param name="Caption">The caption printed under the figure.</param>
/// <param name="Image">The image and its text alternative.</param>
public sealed record DocumentFigure(string Id, string Caption, DocumentImage Image) : DocumentBlock
{
    /// <inheritdoc/>
    public override IEnumerable<DocumentInline> Inlines() => [];
}
