namespace ContentAnalysis.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Tables for a person at a terminal (plain text when redirected).</summary>
    Table,

    /// <summary>JSON for scripts.</summary>
    Json,

    /// <summary>CSV for spreadsheets and scripts.</summary>
    Csv,

    /// <summary>Markdown for documents.</summary>
    Md,
}
