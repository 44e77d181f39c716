using System.Globalization;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Reconciliation;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes a <see cref="ReconciliationSummary"/> as JSON or CSV, and gives the rows the CLI's tables print.</summary>
public static class ReconciliationSummaryWriter
{
    /// <summary>The header of <see cref="Rows"/> for <paramref name="summary"/>: one <c>chose CODER</c> column per coder.</summary>
    public static IReadOnlyList<string> Header(ReconciliationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return ["dimension", "agreed", "majority", .. summary.Coders.Select(c => "chose " + c), "combined", "new value", "other", "decided", "open", "incomplete"];
    }

    /// <summary>One row per dimension and a last <c>total</c> row.</summary>
    public static List<string[]> Rows(ReconciliationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return [.. summary.Dimensions.Append(summary.Total).Select(Row)];
    }

    /// <summary>The JSON text: <c>{into, coders, scope, dimensions: [...], total}</c>, with a final newline.</summary>
    public static string ToJson(ReconciliationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var json = new ReconciliationJson(summary.Into, summary.Coders, summary.Scope, [.. summary.Dimensions.Select(Json)], Json(summary.Total));
        return ReportJson.Serialize(json, ReportJson.Types.ReconciliationJson);
    }

    /// <summary>The CSV text: the header and rows of <see cref="Rows"/>, with snake_case column names.</summary>
    public static string ToCsv(ReconciliationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return CsvExport.Format([.. Header(summary).Select(h => h.Replace(' ', '_'))], Rows(summary));
    }

    private static string[] Row(ReconciliationSummaryRow row) =>
        [row.Dimension, Int(row.Agreed), Int(row.Majority), .. row.ChoseCoder.Select(p => Int(p.Value)), Int(row.Combined), Int(row.NewValue), Int(row.Other), Int(row.Decided), Int(row.Open), Int(row.Incomplete)];

    private static ReconciliationRowJson Json(ReconciliationSummaryRow row) =>
        new(row.Dimension, row.Agreed, row.Majority, row.ChoseCoder.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), row.Combined, row.NewValue, row.Other, row.Decided, row.Open, row.Incomplete);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
