using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// <c>qcat agree --spans</c>: checks span codings against the corpus and codebook and computes Krippendorff's
/// <c>uα</c> family (<see cref="UnitizingAlpha"/>) per dimension. The continuum of a dimension is every document in
/// which any compared coder marked any span (in any dimension), laid end to end in document-id order; a coder's
/// positions without a span of the dimension are gaps. Offsets are code points of the stored normalised text.
/// </summary>
public static class SpanAgreement
{
    /// <summary>Checks the spans and computes the agreement of each dimension that has spans (or of <paramref name="dimensions"/>).</summary>
    /// <param name="spans">The span codings of the coders to compare (at least two coders).</param>
    /// <param name="codebook">The codebook the spans' dimensions and categories belong to.</param>
    /// <param name="documentLength">A document's length in code points, or null for a document the corpus does not have.</param>
    /// <param name="dimensions">Only these dimensions, or null for every dimension with spans.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <exception cref="ArgumentException">Fewer than two coders.</exception>
    public static SpanAgreementReport Compute(CodedSpans spans, Codebook codebook, Func<string, long?> documentLength, IReadOnlyList<Dimension>? dimensions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(documentLength);
        if (spans.Coders.Count < 2)
        {
            throw new ArgumentException("agreement needs at least two coders", nameof(spans));
        }

        var diagnostics = new List<Diagnostic>(spans.Diagnostics);
        var lengths = new Dictionary<string, long?>(StringComparer.Ordinal);
        var valid = spans.Spans.Where(s => Check(s, codebook, d => lengths.TryGetValue(d, out var n) ? n : lengths[d] = documentLength(d), diagnostics)).ToList();
        valid = WithoutOverlaps(valid, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return new SpanAgreementReport([], [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line)]);
        }

        var documents = valid.Select(s => s.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var total = 0L;
        foreach (var document in documents)
        {
            offsets[document] = total;
            total += lengths[document]!.Value;
        }

        var selected = dimensions ?? [.. codebook.Dimensions.Where(d => valid.Any(s => s.Dimension == d.Id))];
        var results = new List<SpanDimensionAgreement>();
        foreach (var dimension in selected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (total == 0)
            {
                break;
            }

            var units = spans.Coders.Select(coder => new KeyValuePair<string, IReadOnlyList<MarkedUnit>>(
                coder,
                [.. valid.Where(s => s.Coder == coder && s.Dimension == dimension.Id).Select(s => new MarkedUnit(offsets[s.Document] + s.Start, offsets[s.Document] + s.End, s.Category))])).ToList();
            var result = UnitizingAlpha.Compute(UnitizingData.Create(total, units), cancellationToken);
            results.Add(new SpanDimensionAgreement(dimension.Id, spans.Coders, documents, result));
        }

        return new SpanAgreementReport(results, diagnostics);
    }

    /// <summary>Document lengths in code points from the corpus (each text read once, when first asked for).</summary>
    /// <param name="corpus">The project's corpus.</param>
    /// <exception cref="InputException">(From the returned function) a document's text file is missing or damaged.</exception>
    public static Func<string, long?> DocumentLengths(CorpusStore corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return document => corpus.FindDocument(document) is null ? null : CodePoints(corpus.ReadText(document));
    }

    /// <summary>The number of Unicode code points (scalar values) of <paramref name="text"/>: a surrogate pair counts once.</summary>
    public static long CodePoints(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length - text.Count(char.IsLowSurrogate);
    }

    private static bool Check(CodedSpan span, Codebook codebook, Func<string, long?> documentLength, List<Diagnostic> diagnostics)
    {
        var file = FileOf(span);
        var dimension = codebook.FindDimension(span.Dimension);
        Diagnostic? problem = dimension is null ? SpanDiagnostics.UnknownDimension(span, file)
            : dimension.FindCategory(span.Category) is null ? SpanDiagnostics.UnknownCategory(span, file)
            : documentLength(span.Document) is not { } length ? SpanDiagnostics.UnknownDocument(span, file)
            : span.End > length ? SpanDiagnostics.OutsideDocument(span, length, file)
            : null;
        if (problem is not null)
        {
            diagnostics.Add(problem);
        }

        return problem is null;
    }

    private static List<CodedSpan> WithoutOverlaps(List<CodedSpan> spans, List<Diagnostic> diagnostics)
    {
        var kept = new List<CodedSpan>(spans.Count);
        foreach (var group in spans.GroupBy(s => (s.Coder, s.Dimension, s.Document)))
        {
            CodedSpan? reaching = null;
            foreach (var span in group.OrderBy(s => s.Start).ThenBy(s => s.Line))
            {
                if (reaching is not null && reaching.End > span.Start)
                {
                    diagnostics.Add(SpanDiagnostics.Overlap(span, reaching, FileOf(span)));
                    continue;
                }

                kept.Add(span);
                reaching = span;
            }
        }

        return kept;
    }

    private static string FileOf(CodedSpan span) => $"data/spans/{span.Coder}.csv";
}
