using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Analysis;

/// <summary>Which coded units <c>qcat analyze segments</c> retrieves.</summary>
/// <param name="Category">The category the units must have.</param>
/// <param name="And">Further categories they must all have too.</param>
/// <param name="Not">Categories they must not have.</param>
/// <param name="Period">Only units of this period, if given.</param>
/// <param name="Document">Only units of this document, if given.</param>
/// <param name="Matching">Only units whose text matches, if given.</param>
public sealed record SegmentQuery(CategoryReference Category, IReadOnlyList<CategoryReference> And, IReadOnlyList<CategoryReference> Not, string? Period = null, string? Document = null, Regex? Matching = null)
{
    /// <summary>Whether <paramref name="unit"/> passes everything but the text filter.</summary>
    public bool Selects(CodedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return (Period is null || unit.Field(DocumentField.Period) == Period)
            && (Document is null || unit.Document.Id == Document)
            && Category.IsIn(unit)
            && And.All(c => c.IsIn(unit))
            && !Not.Any(c => c.IsIn(unit));
    }
}
