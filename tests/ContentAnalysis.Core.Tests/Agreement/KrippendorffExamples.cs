using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>Reliability data sets from the literature, typed in from the publications.</summary>
internal static class KrippendorffExamples
{
    /// <summary>
    /// Krippendorff (2011, "Computing Krippendorff's Alpha-Reliability", section C): coders A–D,
    /// 12 units, missing values. Unit 12's single value is coder B's as in the paper; the copy in
    /// irrCAC (peer_irrcac_raw4raters_4x12.csv) puts it under coder C, which alpha does not notice.
    /// </summary>
    public static ReliabilityData FourCodersTwelveUnits() => Build(
        ["A", "B", "C", "D"],
        [
            ["1", "1", null, "1"],
            ["2", "2", "3", "2"],
            ["3", "3", "3", "3"],
            ["3", "3", "3", "3"],
            ["2", "2", "2", "2"],
            ["1", "2", "3", "4"],
            ["4", "4", "4", "4"],
            ["1", "1", "2", "1"],
            ["2", "2", "2", "2"],
            [null, "5", "5", "5"],
            [null, null, "1", "1"],
            [null, "3", null, null],
        ]);

    /// <summary>Krippendorff (2011, section A): two coders, ten units, binary values; alpha = .095.</summary>
    public static ReliabilityData TwoCodersBinary() => Build(
        ["A", "B"],
        [
            ["0", "1"], ["1", "1"], ["0", "1"], ["0", "0"], ["0", "0"],
            ["0", "1"], ["0", "0"], ["0", "0"], ["1", "0"], ["0", "0"],
        ]);

    /// <summary>Builds a matrix with units numbered 1..N from rows of labels (null = missing).</summary>
    public static ReliabilityData Build(string[] coders, string?[][] rows, IReadOnlyList<string>? valueOrder = null) =>
        ReliabilityData.FromLabels(
            [.. Enumerable.Range(1, rows.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            coders,
            rows,
            valueOrder);
}
