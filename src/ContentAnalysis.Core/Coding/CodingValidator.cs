using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Coding;

/// <summary>Checks coded values against a codebook dimension; shared by the import and the integrity check.</summary>
internal static class CodingValidator
{
    /// <summary>Finds the dimension or reports it unknown (with a "did you mean").</summary>
    public static Dimension? Dimension(Codebook codebook, string id, DiagnosticBag bag, string? file, int line, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var dimension = codebook.FindDimension(id);
        if (dimension is null)
        {
            bag.Add(CodingDiagnostics.DimensionNotInCodebook(id, codebook, severity, bag.WillKeep(CodingDiagnostics.UnknownDimension), file, line));
        }

        return dimension;
    }

    /// <summary>
    /// Checks <paramref name="values"/> for <paramref name="dimension"/>: known categories or levels, one value on single,
    /// ordinal and interval dimensions, <c>none</c> alone. Returns the values in canonical form, or null when invalid.
    /// </summary>
    public static IReadOnlyList<string>? Values(Dimension dimension, IReadOnlyList<string> values, DiagnosticBag bag, string? file, int line, string unit)
    {
        var errors = bag.ErrorCount;
        var distinct = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            bag.Add(CodingDiagnostics.NoValue(unit, dimension.Id, file, line));
            return null;
        }

        if (distinct.Contains(ReservedValues.Uncoded) && (distinct.Count > 1 || dimension.Required))
        {
            bag.Add(CodingDiagnostics.UncodedMisused(unit, dimension, file, line));
            return null;
        }

        if (distinct.Contains(ReservedValues.None) && distinct.Count > 1)
        {
            bag.Add(CodingDiagnostics.NoneMixed(unit, dimension.Id, file, line));
            return null;
        }

        if (dimension.Kind != DimensionKind.Multi && distinct.Count > 1)
        {
            bag.Add(CodingDiagnostics.SeveralValues(distinct, unit, dimension, file, line));
            return null;
        }

        var canonical = new List<string>(distinct.Count);
        foreach (var value in distinct)
        {
            if (value is ReservedValues.None or ReservedValues.Uncoded)
            {
                canonical.Add(value);
            }
            else if (dimension.IsCategorical)
            {
                if (dimension.FindCategory(value) is null)
                {
                    bag.Add(CodingDiagnostics.CategoryNotInDimension(value, dimension, unit, bag.WillKeep(CodingDiagnostics.UnknownValue), file, line));
                }

                canonical.Add(value);
            }
            else if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && dimension.FindLevel(number) is not null)
            {
                canonical.Add(number.ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                bag.Add(CodingDiagnostics.ValueOffScale(value, dimension, unit, file, line));
            }
        }

        return bag.ErrorCount > errors ? null : canonical;
    }
}
