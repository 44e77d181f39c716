namespace ContentAnalysis.Cli.Commands;

/// <summary>The exchange format of <c>qcat codebook export</c>: REFI-QDA Codebook Exchange.</summary>
internal enum ExchangeFormat
{
    /// <summary>A REFI-QDA <c>.qdc</c> file.</summary>
    Qdc,
}
