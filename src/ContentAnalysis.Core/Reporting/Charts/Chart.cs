
namespace ContentAnalysis.Core.Reporting;

/// <summary>A drawn chart: its image (SVG and PNG) with a one-sentence text alternative, and its data as a table.</summary>
/// <param name="Id">A short name (<c>alpha</c>), used for file names and <c>figure:ID</c> references.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Image">SVG, PNG and the text alternative.</param>
/// <param name="Data">The numbers drawn, as a table the report can print.</param>
public sealed record Chart(string Id, string Title, DocumentImage Image, DocumentTable Data)
{
    /// <summary>The chart as a figure of a report document.</summary>
    public DocumentFigure ToFigure(string caption) => new(Id, caption, Image);
}
