using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// The corpus seen through one coder's codings: every unit, in corpus order, with its document and codings.
/// Codings of units the corpus no longer has are left out (<c>qcat check</c> reports them).
/// </summary>
/// <param name="Coder">Whose codings these are.</param>
/// <param name="Units">Every unit of the corpus, coded or not.</param>
public sealed record CodedCorpus(string Coder, IReadOnlyList<CodedUnit> Units)
{
    /// <summary>Joins the corpus with a coder's folded journal.</summary>
    public static CodedCorpus Create(CorpusStore corpus, CoderCodings codings)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(codings);
        var units = corpus.Units
            .Select(u => new CodedUnit(u, corpus.FindDocument(u.DocumentId)?.Metadata ?? new DocumentMetadata(u.DocumentId, string.Empty, string.Empty, string.Empty, string.Empty, u.Period), codings.Of(u.Id)))
            .ToList();
        return new CodedCorpus(codings.Coder, units);
    }

    /// <summary>
    /// The distinct values of <paramref name="field"/> in a stable, meaningful order: by the earliest date of the
    /// documents that carry them (periods and documents come out in time order), then by name.
    /// </summary>
    public IReadOnlyList<string> ValuesOf(DocumentField field) =>
        [.. Units.GroupBy(u => u.Field(field), StringComparer.Ordinal)
            .OrderBy(g => g.Select(u => u.Document.Date).Where(d => d.Length > 0).DefaultIfEmpty("9999").Min(StringComparer.Ordinal), StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];
}
