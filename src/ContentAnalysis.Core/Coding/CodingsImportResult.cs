using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>What <see cref="CodingsImporter.Import"/> appended, and warnings that did not stop it.</summary>
/// <param name="Records">The records appended to the journals (each names its coder).</param>
/// <param name="Warnings">Warnings, e.g. that a journal appended to was already damaged.</param>
public sealed record CodingsImportResult(IReadOnlyList<CodingRecord> Records, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>Rows left out because their <c>coder</c> cell named another coder than the one asked for, per coder.</summary>
    public IReadOnlyDictionary<string, int> OtherCoders { get; init; } = new Dictionary<string, int>();

    /// <summary>Per coder, in the order of <see cref="Records"/>: how many codings were appended to the coder's journal and of how many units.</summary>
    public IReadOnlyList<CoderImport> Coders { get; init; } = [];

    /// <summary>Of <see cref="Records"/>, the <c>uncoded</c> recorded for optional dimensions the file left empty, per coder.</summary>
    public IReadOnlyDictionary<string, int> LeftUncoded { get; init; } = new Dictionary<string, int>();

    /// <summary>What was appended to one coder's journal.</summary>
    /// <param name="Coder">The coder (journal name).</param>
    /// <param name="Codings">The records appended (<c>uncoded</c> ones included).</param>
    /// <param name="Units">The distinct units they code.</param>
    public sealed record CoderImport(string Coder, int Codings, int Units);
}
