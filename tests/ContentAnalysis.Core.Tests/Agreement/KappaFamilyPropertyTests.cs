using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KappaFamilyPropertyTests
{
    private static readonly KappaOptions Ordinal = new() { Level = LevelOfMeasurement.Ordinal };

    [Fact]
    public void ComputeAll_LargeMatrixPermuted_SameEstimates()
    {
        // Above CongerAgreement.TwoHalvesFromUnits and KappaFamily.ConcurrentFromUnits the per-unit passes run on two
        // threads over halves of the units; reversing the units and the coders changes which half holds what.
        var data = ClosedFormAlphaTests.Random(17, CongerAgreement.TwoHalvesFromUnits + 1_001, 4, 5, missingShare: 0.1);
        var permuted = Relabel(data, [3, 1, 0, 2], [.. Enumerable.Range(0, data.UnitCount).Reverse()], v => v);

        AssertSame(KappaFamily.ComputeAll(data), KappaFamily.ComputeAll(permuted));
    }

    [Fact]
    public void ComputeAll_CodersAndUnitsPermuted_SameEstimates()
    {
        var data = KappaFixtures.Load("peer_irrcac_raw4raters_4x12");
        var coderOrder = new[] { 2, 0, 3, 1 };
        var unitOrder = Enumerable.Range(0, data.UnitCount).Reverse().ToArray();
        var permuted = Relabel(data, coderOrder, unitOrder, v => v);

        AssertSame(KappaFamily.ComputeAll(data, Ordinal), KappaFamily.ComputeAll(permuted, Ordinal));
    }

    [Fact]
    public void ComputeAll_NominalLabelsRenamed_SameEstimates()
    {
        var data = KappaFixtures.Load("peer_irr_diagnoses_6x30");
        var renamed = Relabel(
            data, [.. Enumerable.Range(0, data.CoderCount)], [.. Enumerable.Range(0, data.UnitCount)], v => "x" + v.Length + v[0]);

        AssertSame(KappaFamily.ComputeAll(data), KappaFamily.ComputeAll(renamed));
    }

    [Fact]
    public void ComputeAll_PerfectAgreement_EveryDefinedCoefficientIsOne()
    {
        var data = KappaFixtures.FromRows(["1", "1", "1"], ["2", "2", ""], ["3", "3", "3"], ["1", "", "1"], ["2", "2", "2"]);

        var estimates = KappaFamily.ComputeAll(data, Ordinal);

        Assert.All(estimates, e => Assert.Equal(1.0, e.Value!.Value, 1e-12));
        Assert.All(estimates.Where(e => e.StandardError.HasValue), e => Assert.Equal(1.0, e.CiHigh!.Value, 1e-12));
    }

    [Fact]
    public void ComputeAll_SystematicDisagreement_ChanceCorrectedCoefficientsBelowZero()
    {
        var data = KappaFixtures.FromRows(["a", "b"], ["b", "a"], ["a", "b"], ["b", "a"], ["a", "b"], ["b", "a"]);

        var estimates = KappaFamily.ComputeAll(data);

        Assert.Equal(0.0, KappaFamilyTests.Find(estimates, "percent_agreement").Value);
        Assert.All(estimates.Where(e => e.IsDefined && e.Name != "percent_agreement"), e => Assert.True(e.Value < 0, e.Name));
    }

    [Fact]
    public void ComputeAll_OneCategoryOnly_ChanceCorrectedUndefinedWithReason()
    {
        var data = KappaFixtures.FromRows(["a", "a"], ["a", "a"], ["a", ""]);

        var estimates = KappaFamily.ComputeAll(data, Ordinal);

        Assert.Equal(1.0, KappaFamilyTests.Find(estimates, "percent_agreement").Value);
        Assert.All(estimates.Where(e => e.Name != "percent_agreement"), e => Assert.False(e.IsDefined, e.Name));
        Assert.All(estimates, e => Assert.False(string.IsNullOrEmpty(e.Note) && !e.IsDefined));
    }

    [Fact]
    public void ComputeAll_NoUnitWithTwoRatings_AllUndefinedWithReason()
    {
        var data = KappaFixtures.FromRows(["a", ""], ["", "b"], ["c", ""]);

        var estimates = KappaFamily.ComputeAll(data, Ordinal);

        Assert.All(estimates, e => Assert.False(e.IsDefined, e.Name));
        Assert.All(estimates, e => Assert.False(string.IsNullOrEmpty(e.Note)));
    }

    [Fact]
    public void ComputeAll_OneCoder_AllUndefinedWithReason()
    {
        var data = ReliabilityData.FromLabels(["u1", "u2"], ["only"], [["a"], ["b"]]);

        var estimates = KappaFamily.ComputeAll(data);

        Assert.All(estimates, e => Assert.Equal("fewer than two coders", e.Note));
    }

    [Fact]
    public void ComputeAll_EveryCellMissing_AllUndefinedWithReason()
    {
        var data = KappaFixtures.FromRows(["", ""], ["", ""]);

        var estimates = KappaFamily.ComputeAll(data, Ordinal);

        Assert.All(estimates, e => Assert.False(e.IsDefined, e.Name));
        Assert.All(estimates, e => Assert.False(string.IsNullOrEmpty(e.Note)));
    }

    [Fact]
    public void ComputeAll_LowerConfidenceLevel_NarrowerIntervalSameValueAndError()
    {
        var data = KappaFixtures.Load("peer_irr_diagnoses_6x30");

        var wide = KappaFamily.FleissKappa(data);
        var narrow = KappaFamily.FleissKappa(data, new KappaOptions { ConfidenceLevel = 0.90 });

        Assert.Equal(wide.StandardError, narrow.StandardError);
        Assert.True(narrow.CiLow > wide.CiLow && narrow.CiHigh < wide.CiHigh);
    }

    [Fact]
    public void ComputeAll_AnyData_NeverNaN()
    {
        var data = KappaFixtures.FromRows(["a", "b", ""], ["", "", ""], ["a", "a", "a"], ["b", "", ""]);

        foreach (var e in KappaFamily.ComputeAll(data, Ordinal))
        {
            foreach (var number in new[] { e.Value, e.StandardError, e.CiLow, e.CiHigh, e.PValue })
            {
                Assert.False(number.HasValue && !double.IsFinite(number.Value), e.Name);
            }
        }
    }

    private static ReliabilityData Relabel(ReliabilityData data, int[] coderOrder, int[] unitOrder, Func<string, string> rename)
    {
        var rows = unitOrder
            .Select(u => (IReadOnlyList<string?>)[.. coderOrder.Select(c => data[u, c] == ReliabilityData.Missing ? null : rename(data.Values[data[u, c]]))])
            .ToList();
        return ReliabilityData.FromLabels(
            [.. unitOrder.Select(u => data.UnitIds[u])], [.. coderOrder.Select(c => data.Coders[c])], rows);
    }

    private static void AssertSame(IReadOnlyList<AgreementEstimate> expected, IReadOnlyList<AgreementEstimate> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Name, actual[i].Name);
            Assert.Equal(expected[i].Value ?? double.NaN, actual[i].Value ?? double.NaN, 1e-12);
            Assert.Equal(expected[i].StandardError ?? double.NaN, actual[i].StandardError ?? double.NaN, 1e-12);
        }
    }
}
