using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KrippendorffAlphaPropertyTests
{
    private static readonly LevelOfMeasurement[] Levels =
        [LevelOfMeasurement.Nominal, LevelOfMeasurement.Ordinal, LevelOfMeasurement.Interval, LevelOfMeasurement.Ratio];

    private static string?[][] PaperRows()
    {
        var data = KrippendorffExamples.FourCodersTwelveUnits();
        return [.. Enumerable.Range(0, data.UnitCount).Select(u => Enumerable.Range(0, data.CoderCount)
            .Select(c => data[u, c] == ReliabilityData.Missing ? null : data.Values[data[u, c]]).ToArray())];
    }

    [Fact]
    public void Compute_UnitsPermuted_SameValue()
    {
        var rows = PaperRows();
        var permuted = rows.Reverse().Skip(3).Concat(rows.Reverse().Take(3)).ToArray();

        foreach (var level in Levels)
        {
            Assert.Equal(
                KrippendorffAlpha.Compute(KrippendorffExamples.Build(["A", "B", "C", "D"], rows), level).Value!.Value,
                KrippendorffAlpha.Compute(KrippendorffExamples.Build(["A", "B", "C", "D"], permuted), level).Value!.Value,
                12);
        }
    }

    [Fact]
    public void Compute_CodersPermuted_SameValue()
    {
        var rows = PaperRows();
        var permuted = rows.Select(r => new[] { r[2], r[0], r[3], r[1] }).ToArray();

        foreach (var level in Levels)
        {
            Assert.Equal(
                KrippendorffAlpha.Compute(KrippendorffExamples.Build(["A", "B", "C", "D"], rows), level).Value!.Value,
                KrippendorffAlpha.Compute(KrippendorffExamples.Build(["C", "A", "D", "B"], permuted), level).Value!.Value,
                12);
        }
    }

    [Fact]
    public void Compute_NominalLabelsRenamed_SameValue()
    {
        string[] names = ["", "mediator", "aggressor", "bystander", "ally", "victim"];
        var renamed = PaperRows().Select(r => r.Select(v => v is null ? null : names[int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)]).ToArray()).ToArray();

        Assert.Equal(0.743, Math.Round(KrippendorffAlpha.Compute(KrippendorffExamples.Build(["A", "B", "C", "D"], renamed), LevelOfMeasurement.Nominal).Value!.Value, 3));
    }

    [Fact]
    public void Compute_PerfectAgreement_IsOne()
    {
        var data = KrippendorffExamples.Build(["A", "B", "C"], [["1", "1", "1"], ["2", "2", null], ["4", "4", "4"]]);

        foreach (var level in Levels)
        {
            Assert.Equal(1, KrippendorffAlpha.Compute(data, level).Value);
        }
    }

    [Fact]
    public void Compute_SystematicDisagreement_IsBelowZero()
    {
        // Two coders who always pick opposite values: D_o exceeds what chance gives.
        var data = KrippendorffExamples.Build(["A", "B"], [["1", "2"], ["2", "1"], ["1", "2"], ["2", "1"]]);

        var nominal = KrippendorffAlpha.Compute(data, LevelOfMeasurement.Nominal).Value!.Value;

        // n = 8, n_1 = n_2 = 4, o_12 = 4: alpha = 1 − (n − 1)·o_12/(n_1·n_2) = 1 − 7·4/16 = −0.75.
        Assert.Equal(-0.75, nominal, 12);
    }

    [Fact]
    public void Compute_NoPairableValues_UndefinedWithReason()
    {
        var data = KrippendorffExamples.Build(["A", "B"], [["1", null], [null, "2"]]);

        var estimate = KrippendorffAlpha.Compute(data, LevelOfMeasurement.Nominal);

        Assert.Null(estimate.Value);
        Assert.Contains("pairable", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OneValueOnly_UndefinedWithReason()
    {
        var data = KrippendorffExamples.Build(["A", "B"], [["3", "3"], ["3", "3"], ["3", null]]);

        var estimate = KrippendorffAlpha.Compute(data, LevelOfMeasurement.Interval);

        Assert.Null(estimate.Value);
        Assert.Contains("expected disagreement is zero", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaveOneCoderOut_Krippendorff2011_MatchesAlphaOfReducedMatrix()
    {
        var rows = PaperRows();
        var result = KrippendorffAlpha.LeaveOneCoderOut(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);

        Assert.Equal(["A", "B", "C", "D"], result.Keys);
        string[] coders = ["A", "B", "C", "D"];
        for (var left = 0; left < 4; left++)
        {
            var kept = Enumerable.Range(0, 4).Where(c => c != left).ToArray();
            var reduced = KrippendorffExamples.Build([.. kept.Select(c => coders[c])], [.. rows.Select(r => kept.Select(c => r[c]).ToArray())]);
            Assert.Equal(KrippendorffAlpha.Compute(reduced, LevelOfMeasurement.Nominal).Value!.Value, result[coders[left]].Value!.Value, 12);
        }
    }

    [Fact]
    public void Disagreements_Krippendorff2011_ListsUnitsTwoSixAndEight()
    {
        var list = KrippendorffAlpha.Disagreements(KrippendorffExamples.FourCodersTwelveUnits());

        Assert.Equal(["2", "6", "8"], list.Select(d => d.UnitId));
        Assert.Equal(["1", "2", "3", "4"], list[1].Values);
        Assert.Equal(["1", "1", "2", "1"], list[2].Values);
    }

    [Fact]
    public void Compute_CompleteNominalData_RelatesToFleissKappaBySampleSize()
    {
        // Without missing values alpha differs from Fleiss' kappa only by the finite-sample factor
        // of D_e, D_e = n/(n − 1)·(1 − P_e): 1 − alpha = (1 − kappa)·(n − 1)/n, n = N·m values.
        var rows = PaperRows()[1..9];
        var data = KrippendorffExamples.Build(["A", "B", "C", "D"], rows);
        const int Coders = 4;
        var n = rows.Length * Coders;
        var agreement = rows.Average(r => r.GroupBy(v => v).Sum(g => g.Count() * (g.Count() - 1)) / (double)(Coders * (Coders - 1)));
        var chance = rows.SelectMany(r => r).GroupBy(v => v).Sum(g => Math.Pow(g.Count() / (double)n, 2));
        var kappa = (agreement - chance) / (1 - chance);

        var alpha = KrippendorffAlpha.Compute(data, LevelOfMeasurement.Nominal).Value!.Value;

        Assert.Equal((1 - kappa) * (n - 1) / n, 1 - alpha, 12);
    }
}
