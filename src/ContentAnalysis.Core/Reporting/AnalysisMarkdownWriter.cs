using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Writes the Markdown of <c>qcat analyze freq|crosstab|segments|cooccur --format md</c>; each text ends with a newline.
/// Tables go through <see cref="TableWriter.ToMarkdown"/>; numbers for people have three decimals, a dash when undefined.
/// </summary>
public static class AnalysisMarkdownWriter
{
    private static readonly string[] FrequencyHeader = ["value", "label", "count", "share"];
    private static readonly string[] CooccurrenceHeader = ["dimension_a", "category_a", "dimension_b", "category_b", "units", "count_a", "count_b", "both", "jaccard", "lift", "phi"];

    /// <summary><c>qcat analyze freq --format md</c>: per table a heading, its denominator and the counts.</summary>
    public static string Frequencies(string coder, IReadOnlyList<FrequencyTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var text = new StringBuilder().Append("coder: ").Append(coder).Append('\n');
        foreach (var table in tables)
        {
            var title = table.Group is null ? $"{table.Dimension} ({table.Kind})" : $"{table.Dimension} ({table.Kind}), {table.Group}";
            var uncoded = table.Uncoded > 0 ? $" ({table.Uncoded} units not coded on it are left out)" : string.Empty;
            text.Append("\n### ").Append(title).Append("\n\n").Append(table.Denominator).Append(uncoded).Append("\n\n");
            text.Append(TableWriter.ToMarkdown(FrequencyHeader, table.Rows.Select(r => new[] { r.Value, r.Label, Count(r.Count), Show(r.Share) })));
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>qcat analyze crosstab --format md</c>: per table (per category of a multi dimension) a heading, the cells and the tests,
    /// each test line ending in a Markdown line break; <paramref name="rowLabels"/> name a scale's rows ("-1 tense").
    /// </summary>
    public static string Crosstab(CrosstabReport report, CrosstabOptions options, IReadOnlyDictionary<string, string> rowLabels)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{report.Dimension} by {report.By} (coder {report.Coder}); cells: units (adjusted residual)\n");
        foreach (var table in report.Tables)
        {
            text.Append('\n');
            if (table.Category is not null)
            {
                text.Append("### ").Append(table.Category).Append("\n\n");
            }

            text.Append(TableWriter.ToMarkdown([string.Empty, .. table.Columns, "total"], CrosstabCells(table, rowLabels))).Append('\n');
            foreach (var line in CrosstabSummary(table, options))
            {
                text.Append(line).Append("  \n");
            }
        }

        return text.ToString();
    }

    /// <summary>A crosstab's rows for people: the row (its label), "count (adjusted residual)" per column, the row total; then the column totals.</summary>
    public static IReadOnlyList<string[]> CrosstabCells(CrosstabTable table, IReadOnlyDictionary<string, string> rowLabels)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rowLabels);
        var rows = table.Rows.Select((row, r) => (string[])[rowLabels.GetValueOrDefault(row, row), .. table.Counts[r].Select((n, c) => table.AdjustedResiduals[r][c] is { } z ? string.Create(CultureInfo.InvariantCulture, $"{n} ({z:+0.0;-0.0;0.0})") : Count(n)), Count(table.Counts[r].Sum())]).ToList();
        rows.Add(["total", .. table.Columns.Select((_, c) => Count(table.Counts.Sum(r => r[c]))), Count(table.Counts.Sum(r => r.Sum()))]);
        return rows;
    }

    /// <summary>A crosstab's tests in words, one line each (chi-square, Monte-Carlo, Fisher, Holm, Kruskal–Wallis, what was left out).</summary>
    public static IEnumerable<string> CrosstabSummary(CrosstabTable table, CrosstabOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (table.ChiSquare is { } chi)
        {
            yield return $"chi-square = {Show(chi.Statistic, "0.00")}, df = {chi.Df}, p = {ShowP(chi.PValue)}; Cramér's V = {Show(table.CramersV)}";
            if (chi.PValueMonteCarlo is { } mc)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"expected counts below {options.SmallExpected}: Monte-Carlo p = {ShowP(mc)} ({options.Replicates} random tables, seed {options.Seed})");
            }
        }
        else
        {
            yield return "no test: fewer than two rows or columns have units";
        }

        if (table.FisherP is { } fisher)
        {
            yield return $"Fisher's exact test (2×2): p = {ShowP(fisher)}";
        }

        if (table.PHolm is { } holm)
        {
            yield return $"Holm-adjusted p across the categories: {ShowP(holm)}";
        }

        if (table.KruskalWallis is { } kw)
        {
            yield return $"Kruskal–Wallis (ties corrected): H = {Show(kw.Statistic, "0.00")}, df = {kw.Df}, p = {ShowP(kw.PValue)}";
        }

        if (table.DroppedRows.Count > 0)
        {
            yield return "rows without units, left out: " + string.Join(", ", table.DroppedRows);
        }

        if (table.DroppedColumns.Count > 0)
        {
            yield return "columns without units, left out: " + string.Join(", ", table.DroppedColumns);
        }
    }

    /// <summary><c>qcat analyze segments --format md</c>: per unit its name in bold with its source, categories, memo and the text as a quote.</summary>
    public static string Segments(string coder, string description, IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{segments.Count} units coded {description} (coder {coder})\n");
        foreach (var s in segments)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**{s.Unit}** — {s.Author}, \"{s.Title}\", {s.Date}, {s.Period}  \n");
            text.Append("categories: ").Append(string.Join(", ", s.Categories)).Append("  \n");
            if (s.Memo.Length > 0)
            {
                text.Append("memo: ").Append(s.Memo).Append("  \n");
            }

            text.Append("\n> ").Append(s.Text.ReplaceLineEndings("\n> ")).Append('\n');
        }

        return text.ToString();
    }

    /// <summary><c>qcat analyze cooccur --format md</c>: the pairs with counts, Jaccard, lift and phi.</summary>
    public static string Cooccurrence(string coder, IReadOnlyList<CooccurrencePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var rows = pairs.Select(p => new[]
        {
            p.DimensionA, p.CategoryA, p.DimensionB, p.CategoryB, Count(p.Units), Count(p.CountA), Count(p.CountB), Count(p.Both),
            Show(p.Jaccard), Show(p.Lift, "0.00"), Show(p.Phi),
        });
        return $"coder: {coder}; units: those coded on both dimensions of a pair\n" + TableWriter.ToMarkdown(CooccurrenceHeader, rows);
    }

    /// <summary>A number for people (three decimals by default), or a dash when undefined.</summary>
    public static string Show(double? value, string format = "0.000") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    /// <summary>A p-value for people: three decimals, or "&lt; 0.001"; a dash when undefined.</summary>
    public static string ShowP(double? p) => p switch
    {
        null => "—",
        < 0.001 => "< 0.001",
        _ => p.Value.ToString("0.000", CultureInfo.InvariantCulture),
    };

    /// <summary>A count, invariant culture.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
