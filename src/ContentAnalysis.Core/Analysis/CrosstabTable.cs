using System.Text.Json.Serialization;

namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// One contingency table of a dimension by a document field, with its tests. Property names follow the JSON of
/// <c>qcat analyze crosstab --format json</c> (snake_case).
/// </summary>
/// <param name="Category">For a multi dimension: the category whose presence/absence the rows are.</param>
/// <param name="Rows">Row labels (values of the dimension, or <c>present</c>/<c>absent</c>).</param>
/// <param name="Columns">Column labels (values of the field).</param>
/// <param name="Counts">Units per cell.</param>
/// <param name="Expected">Expected counts under independence.</param>
/// <param name="ChiSquare">Pearson's test; null when fewer than two rows or columns are left.</param>
/// <param name="CramersV">Cramér's V; null with the test.</param>
/// <param name="FisherP">Fisher's exact two-sided p for a 2×2 table.</param>
/// <param name="AdjustedResiduals">Adjusted standardised residuals per cell.</param>
/// <param name="PHolm">For a multi dimension: the table's p-value Holm-adjusted across the categories.</param>
/// <param name="DroppedRows">Rows left out because no unit fell in them.</param>
/// <param name="DroppedColumns">Columns left out because no unit fell in them.</param>
/// <param name="KruskalWallis">For an ordinal or interval dimension: the Kruskal–Wallis test across the columns.</param>
public sealed record CrosstabTable(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category,
    IReadOnlyList<string> Rows,
    IReadOnlyList<string> Columns,
    int[][] Counts,
    double[][] Expected,
    ChiSquareSummary? ChiSquare,
    double? CramersV,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? FisherP,
    double?[][] AdjustedResiduals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PHolm,
    IReadOnlyList<string> DroppedRows,
    IReadOnlyList<string> DroppedColumns,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChiSquareResult? KruskalWallis)
{
    /// <summary>
    /// The p-value the table's test reports, and the one Holm adjusts: Fisher's for a 2×2 table, else the Monte-Carlo
    /// p when expected counts are small, else the asymptotic chi-square p.
    /// </summary>
    [JsonIgnore]
    public double? HeadlineP => FisherP ?? ChiSquare?.PValueMonteCarlo ?? ChiSquare?.PValue;
}
