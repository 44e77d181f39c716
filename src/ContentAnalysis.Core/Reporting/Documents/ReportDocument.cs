namespace ContentAnalysis.Core.Reporting;

/// <summary>A report as blocks (headings, paragraphs, lists, quotes, tables, figures), ready for any writer.</summary>
/// <param name="Blocks">The blocks in reading order.</param>
public sealed record ReportDocument(IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>The text of the first level-1 heading, or <c>Report</c>.</summary>
    public string Title =>
        Blocks.OfType<DocumentHeading>().FirstOrDefault(h => h.Level == 1) is { } heading ? DocumentInline.PlainText(heading.Content) : "Report";

    /// <summary>Every "to be completed by the author" marker, in reading order (what <c>report --check</c> lists).</summary>
    public IReadOnlyList<AuthorMarker> AuthorMarkers() => [.. Blocks.SelectMany(b => b.Inlines()).OfType<AuthorMarker>()];
}
