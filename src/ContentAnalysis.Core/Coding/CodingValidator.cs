using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;
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
            var hint = !bag.WillKeep(CodingDiagnostics.UnknownDimension) ? null : EditDistance.DidYouMean(id, codebook.Dimensions.Select(d => d.Id)) ?? "dimensions: " + string.Join(", ", codebook.Dimensions.Select(d => d.Id));
            bag.Add(new Diagnostic(CodingDiagnostics.UnknownDimension, severity, $"unknown dimension '{id}' (codebook '{codebook.Id}')", file, line, 0, hint));
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
            bag.Error(CodingDiagnostics.UnknownValue, $"no value for unit '{unit}' on dimension '{dimension.Id}'", file, line, 0, "give a category id, a level value or 'none'");
            return null;
        }

        if (distinct.Contains(ReservedValues.Uncoded) && (distinct.Count > 1 || dimension.Required))
        {
            bag.Error(
                CodingDiagnostics.TooManyValues,
                dimension.Required ? $"dimension '{dimension.Id}' is required: unit '{unit}' cannot be left '{ReservedValues.Uncoded}'" : $"'{ReservedValues.Uncoded}' mixed with other values for unit '{unit}' on dimension '{dimension.Id}'",
                file,
                line,
                0,
                dimension.Required ? "give a value, or 'none' if no category applies" : "'uncoded' leaves the dimension uncoded; remove it or the other values");
            return null;
        }

        if (distinct.Contains(ReservedValues.None) && distinct.Count > 1)
        {
            bag.Error(CodingDiagnostics.TooManyValues, $"'{ReservedValues.None}' mixed with categories for unit '{unit}' on dimension '{dimension.Id}'", file, line, 0, "'none' means no category applies; remove it or the categories");
            return null;
        }

        if (dimension.Kind != DimensionKind.Multi && distinct.Count > 1)
        {
            bag.Error(CodingDiagnostics.TooManyValues, $"{distinct.Count} values ({string.Join(";", distinct)}) for unit '{unit}' on {dimension.Kind.ToString().ToLowerInvariant()} dimension '{dimension.Id}'", file, line, 0, "this dimension takes exactly one value");
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
                    var hint = !bag.WillKeep(CodingDiagnostics.UnknownValue) ? null : EditDistance.DidYouMean(value, dimension.AllCategories().Select(c => c.Id)) ?? "categories: " + string.Join(", ", dimension.AllCategories().Select(c => c.Id));
                    bag.Error(CodingDiagnostics.UnknownValue, $"unknown category '{value}' in dimension '{dimension.Id}' (unit '{unit}')", file, line, 0, hint);
                }

                canonical.Add(value);
            }
            else if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && dimension.FindLevel(number) is not null)
            {
                canonical.Add(number.ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                var scale = string.Join(", ", dimension.Levels.Select(l => l.Value.ToString("R", CultureInfo.InvariantCulture)));
                bag.Error(CodingDiagnostics.UnknownValue, $"value '{value}' is not on the scale of dimension '{dimension.Id}' (unit '{unit}')", file, line, 0, $"levels: {scale}");
            }
        }

        return bag.ErrorCount > errors ? null : canonical;
    }
}
