using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Analysis;

/// <summary>One unit of the corpus with its document and one coder's codings of it.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Document">Its document's metadata.</param>
/// <param name="Codings">Dimension id → the coder's coding (empty when the unit is not coded).</param>
public sealed record CodedUnit(TextUnit Unit, DocumentMetadata Document, IReadOnlyDictionary<string, CodingValue> Codings)
{
    /// <summary>
    /// The values recorded on <paramref name="dimension"/>, or null when the unit is not coded on it or was left
    /// uncoded on purpose (missing data, <see cref="ReservedValues.IsMissing"/>). <c>none</c> on a category dimension
    /// is a value: the coder decided that no category applies.
    /// </summary>
    public IReadOnlyList<string>? ValuesOn(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return Codings.TryGetValue(dimension.Id, out var coding) && coding.Values.Count > 0 && !ReservedValues.IsMissing(coding.Values, dimension.IsCategorical)
            ? coding.Values
            : null;
    }

    /// <summary>The memo of the coding on <paramref name="dimension"/>, or empty.</summary>
    public string MemoOn(string dimension) => Codings.TryGetValue(dimension, out var coding) ? coding.Memo : string.Empty;

    /// <summary>The value of a document field for this unit (the unit's own period, which is its document's).</summary>
    public string Field(DocumentField field) => field switch
    {
        DocumentField.Document => Document.Id,
        DocumentField.Period => Unit.Period.Length > 0 ? Unit.Period : Document.Period,
        DocumentField.Source => Document.Source,
        DocumentField.Author => Document.Author,
        DocumentField.Date => Document.Date,
        DocumentField.Title => Document.Title,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
