namespace ContentAnalysis.Core.Reporting;

/// <summary>What the reconciled coding says: frequencies, co-occurrence, cross-tabulations and quoted evidence.</summary>
/// <param name="Available">Whether the project has the reconciled coding the findings rest on.</param>
/// <param name="Coder">The coding analysed (<c>gold</c>).</param>
/// <param name="CodedUnits">Units of the corpus that coding covers.</param>
/// <param name="Frequencies">Per categorical dimension: counts by period and by source.</param>
/// <param name="Cooccurrence">Co-occurrence of the categories of different dimensions, or null.</param>
/// <param name="Crosstabs">Each categorical dimension by period, with its test.</param>
/// <param name="EvidencePerPeriod">At most this many quotations per category and period.</param>
/// <param name="Evidence">Quoted passages per category.</param>
public sealed record FindingsInfo(
    bool Available,
    string Coder,
    int CodedUnits,
    IReadOnlyList<FrequencyInfo> Frequencies,
    ReportTable? Cooccurrence,
    IReadOnlyList<CrosstabInfo> Crosstabs,
    int EvidencePerPeriod,
    IReadOnlyList<EvidenceInfo> Evidence)
{
    /// <summary>Units per pair of categories (the diagonal: units with the category), for the heatmap; not seen by templates.</summary>
    internal ChartMatrix? CooccurrenceCounts { get; init; }
}

/// <summary>The frequencies of one dimension.</summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Label">Its label.</param>
/// <param name="ChartId">The figure of its frequencies by period.</param>
/// <param name="ByPeriod">Units per category and period.</param>
/// <param name="BySource">Units per category and source.</param>
/// <param name="Denominator">What the shares are shares of.</param>
public sealed record FrequencyInfo(string Dimension, string Label, string ChartId, ReportTable ByPeriod, ReportTable BySource, string Denominator)
{
    /// <summary>Units per period (rows) and value (columns), for the chart; not seen by templates.</summary>
    internal ChartMatrix? PeriodCounts { get; init; }
}

/// <summary>One dimension cross-tabulated by period, with its test.</summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Category">For a multi dimension, the category whose presence is tested; else empty.</param>
/// <param name="Table">The counts.</param>
/// <param name="Test">The test in words, e.g. <c>χ²(6) = 12.40, p = .054 (Monte Carlo), V = .31</c>.</param>
/// <param name="P">The table's p-value (Holm-adjusted across a multi dimension's categories), or null.</param>
/// <param name="CramersV">Cramér's V, or null.</param>
public sealed record CrosstabInfo(string Dimension, string Category, ReportTable Table, string Test, double? P, double? CramersV);

/// <summary>The quoted evidence of one category.</summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Category">The category's id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Units">Units coded with it.</param>
/// <param name="Quotes">The quoted passages.</param>
public sealed record EvidenceInfo(string Dimension, string Category, string Label, int Units, IReadOnlyList<QuoteInfo> Quotes);

/// <summary>One quoted passage.</summary>
/// <param name="Unit">The unit's id.</param>
/// <param name="Title">Its document's title.</param>
/// <param name="Author">Its document's author.</param>
/// <param name="Date">Its document's date.</param>
/// <param name="Period">Its period.</param>
/// <param name="Text">The passage.</param>
public sealed record QuoteInfo(string Unit, string Title, string Author, string Date, string Period, string Text);
