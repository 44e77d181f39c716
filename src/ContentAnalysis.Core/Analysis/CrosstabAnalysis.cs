using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// Cross-tabulates one dimension by a document field over the units coded on the dimension, and tests independence
/// (see <c>docs/analysis.md</c>): Pearson's chi-square, Cramér's V and adjusted residuals for every table, Fisher's
/// exact test for a 2×2 table, a Monte-Carlo p when expected counts are small, Kruskal–Wallis for a scale, and Holm's
/// adjustment across the per-category tables of a multi dimension.
/// </summary>
public static class CrosstabAnalysis
{
    /// <summary>The report for <paramref name="dimension"/> by <paramref name="by"/>.</summary>
    public static CrosstabReport Run(CodedCorpus corpus, Dimension dimension, DocumentField by, CrosstabOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(dimension);
        options ??= CrosstabOptions.Default;
        var columns = corpus.ValuesOf(by);
        var coded = corpus.Units
            .Select(u => (Values: u.ValuesOn(dimension), Column: IndexOf(columns, u.Field(by))))
            .Where(u => u.Values is not null)
            .Select(u => (Values: u.Values!, u.Column))
            .ToList();
        var byName = by.ToString().ToLowerInvariant();
        if (dimension.Kind == DimensionKind.Multi)
        {
            var tables = dimension.AllCategories()
                .Select(category =>
                {
                    var counts = new int[2, columns.Count];
                    foreach (var (values, column) in coded)
                    {
                        counts[values.Contains(category.Id, StringComparer.Ordinal) ? 0 : 1, column]++;
                    }

                    return Tabulate(ContingencyTable.Create(["present", "absent"], columns, counts), options, category.Id, null);
                })
                .ToList();
            var holm = HolmAdjustment.Adjust([.. tables.Select(t => t.HeadlineP)]);
            return new CrosstabReport(dimension.Id, byName, corpus.Coder, [.. tables.Select((t, i) => t with { PHolm = holm[i] })]);
        }

        var values = AnalysisValue.Of(dimension);
        var cells = new int[values.Count, columns.Count];
        var groups = columns.Select(_ => new List<double>()).ToList();
        foreach (var (recorded, column) in coded)
        {
            for (var v = 0; v < values.Count; v++)
            {
                if (AnalysisValue.Contains(dimension, recorded, values[v].Key))
                {
                    cells[v, column]++;
                    if (!dimension.IsCategorical)
                    {
                        groups[column].Add(AnalysisValue.Level(values[v].Key)!.Value);
                    }
                }
            }
        }

        var kruskal = dimension.IsCategorical ? null : KruskalWallisTest.Run(groups);
        var table = Tabulate(ContingencyTable.Create([.. values.Select(v => v.Key)], columns, cells), options, null, kruskal);
        return new CrosstabReport(dimension.Id, byName, corpus.Coder, [table]);
    }

    /// <summary>Every statistic of one table.</summary>
    internal static CrosstabTable Tabulate(ContingencyTable table, CrosstabOptions options, string? category, ChiSquareResult? kruskalWallis)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var expected = table.Total == 0 ? new double[table.Rows.Count, table.Columns.Count] : ChiSquareTest.Expected(table);
        var test = ChiSquareTest.Run(table);
        var small = expected.Cast<double>().Any(e => e < options.SmallExpected);
        ChiSquareSummary? summary = test is null
            ? null
            : new ChiSquareSummary(test.Statistic, test.Df, test.PValue, small ? MonteCarloChiSquare.PValue(table, options.Replicates, options.Seed) : null);
        return new CrosstabTable(
            category,
            table.Rows,
            table.Columns,
            table.ToRows(),
            [.. Enumerable.Range(0, table.Rows.Count).Select(r => Enumerable.Range(0, table.Columns.Count).Select(c => expected[r, c]).ToArray())],
            summary,
            test is null ? null : TableMeasures.CramersV(table, test.Statistic),
            FisherExactTest.TwoSided(table),
            test is null ? [.. table.Rows.Select(_ => new double?[table.Columns.Count])] : TableMeasures.AdjustedResiduals(table),
            null,
            table.DroppedRows,
            table.DroppedColumns,
            kruskalWallis);
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{value}' is not among the field's values.");
    }
}
