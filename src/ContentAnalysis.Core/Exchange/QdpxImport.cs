namespace ContentAnalysis.Core.Exchange;

/// <summary>What <c>qcat import qdpx</c> did: the summary it prints.</summary>
public sealed record QdpxImport
{
    /// <summary>Documents imported (text sources).</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Coders (from users) that received codings.</summary>
    public IReadOnlyList<string> Coders { get; init; } = [];

    /// <summary>The codebook file written, or null when the project's codebook was used.</summary>
    public string? CodebookWritten { get; init; }

    /// <summary>Selection codings kept as span codings (<c>data/spans/</c>).</summary>
    public int Spans { get; init; }

    /// <summary>Unit codings written to the journals (unit × dimension).</summary>
    public int UnitCodings { get; init; }

    /// <summary>Why codings or selections were not mapped, one line each.</summary>
    public IReadOnlyList<string> NotMapped { get; init; } = [];

    /// <summary>Deviations from the standard that were repaired, with how often.</summary>
    public IReadOnlyList<string> Repaired { get; init; } = [];

    /// <summary>Sources not imported (PDF, pictures, audio, video, external files), one line each.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}
