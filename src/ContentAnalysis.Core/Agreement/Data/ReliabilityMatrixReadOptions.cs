namespace ContentAnalysis.Core.Agreement;

/// <summary>How <see cref="ReliabilityMatrixReader"/> reads a spreadsheet of ratings.</summary>
/// <param name="Transpose">Coders in rows (first column the coder name, header row of unit ids) instead of columns.</param>
/// <param name="RequireNumeric">Every value must be a number (interval and ratio data); the first that is not is an error.</param>
/// <param name="ValueOrder">Rank order of text labels for ordinal data; every label must be listed.</param>
public sealed record ReliabilityMatrixReadOptions(
    bool Transpose = false,
    bool RequireNumeric = false,
    IReadOnlyList<string>? ValueOrder = null)
{
    /// <summary>Cell texts that mean "no value" (besides an empty cell), compared ignoring case.</summary>
    public static IReadOnlyList<string> MissingMarkers { get; } = ["NA", ".", "N/A"];

    /// <summary>
    /// First-column headers that mark the column of unit ids rather than a coder, compared ignoring case; an empty
    /// first header cell does too. Other names are coders, so a coder called <c>unit</c> cannot be read.
    /// </summary>
    public static IReadOnlyList<string> UnitColumnNames { get; } = ["unit", "units", "unit_id", "id", "item", "case", "subject"];

    /// <summary>Whether a first-column header names the unit column (see <see cref="UnitColumnNames"/>).</summary>
    public static bool IsUnitColumnName(ReadOnlySpan<char> header)
    {
        header = header.Trim();
        if (header.IsEmpty)
        {
            return true;
        }

        foreach (var name in UnitColumnNames)
        {
            if (header.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
