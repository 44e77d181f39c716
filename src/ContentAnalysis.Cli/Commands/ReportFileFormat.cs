namespace ContentAnalysis.Cli.Commands;

/// <summary>The <c>--format</c> of <c>qcat report</c>, as typed (the first is the default).</summary>
internal enum ReportFileFormat
{
    /// <summary>Markdown, with the figures as PNG and SVG files beside it.</summary>
    Md,

    /// <summary>One standalone HTML file.</summary>
    Html,

    /// <summary>A Word document.</summary>
    Docx,
}
