namespace ContentAnalysis.Core.Reporting;

/// <summary>The file formats a report is written in.</summary>
public enum ReportOutputFormat
{
    /// <summary>CommonMark with pipe tables; figures as PNG and SVG files beside it.</summary>
    Markdown,

    /// <summary>One standalone HTML file with inline SVG figures.</summary>
    Html,

    /// <summary>A Word document (.docx) with embedded PNG figures.</summary>
    Word,
}
