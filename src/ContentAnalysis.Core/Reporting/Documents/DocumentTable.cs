namespace ContentAnalysis.Core.Reporting;

/// <summary>A table with one header row and a caption (printed above it, as APA style places table titles).</summary>
/// <param name="Caption">The caption, or null.</param>
/// <param name="Header">The header row's cells.</param>
/// <param name="Rows">The body rows; each has as many cells as the header.</param>
public sealed record DocumentTable(
    string? Caption,
    IReadOnlyList<IReadOnlyList<DocumentInline>> Header,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<DocumentInline>>> Rows) : DocumentBlock
{
    /// <summary>A table of plain text cells.</summary>
    public static DocumentTable FromText(string? caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        new(caption, [.. header.Select(Cell)], [.. rows.Select(r => (IReadOnlyList<IReadOnlyList<DocumentInline>>)[.. r.Select(Cell)])]);

    /// <inheritdoc/>
    public override IEnumerable<DocumentInline> Inlines() => Header.Concat(Rows.SelectMany(r => r)).SelectMany(c => c);

    private static IReadOnlyList<DocumentInline> Cell(string text) => [new InlineText(text)];
}
