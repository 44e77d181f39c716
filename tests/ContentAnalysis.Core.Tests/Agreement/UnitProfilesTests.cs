using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>
/// Units grouped by value profile (<see cref="UnitProfiles"/>) must give every coefficient the per-unit sums give:
/// the grouping only changes the order of additions.
/// </summary>
public sealed class UnitProfilesTests
{
    [Fact]
    public void TryBuild_HandCountedProfiles()
    {
        // Units: (1,1,1) (1,1,1) (1,2,.) (2,1,.) (.,.,.) (2,2,2): profiles {1×3}, {1,2}, {2×3}; the empty unit has none.
        var data = KrippendorffExamples.Build(
            ["a", "b", "c"],
            [["1", "1", "1"], ["1", "1", "1"], ["1", "2", null], ["2", "1", null], [null, null, null], ["2", "2", "2"]]);

        var profiles = UnitProfiles.TryBuild(data, [0, 1, 2])!;

        Assert.Equal(3, profiles.Count);
        Assert.Equal([0, 0, 1, 1, -1, 2], profiles.ProfileOfUnit);
        Assert.Equal([2, 2, 1], profiles.Multiplicity);
        Assert.Equal(5, profiles.UnitsWithValue);
        Assert.Equal(3, profiles.CountOf(0, 0));
        Assert.Equal(1, profiles.CountOf(1, 1));
        Assert.Equal(2, profiles.ValuesIn(1));
        // Coder a gave 1 three times and 2 twice.
        Assert.Equal([3, 2], profiles.CoderCounts.AsSpan(0, 2).ToArray());
    }

    [Theory]
    [InlineData(30_000)]
    [InlineData(UnitProfiles.TwoHalvesFromUnits + 3)]
    public void TryBuild_ManyProfiles_NumberedInFirstSeenOrder(int units)
    {
        // 30,000 units of 7 coders on 10 values hold thousands of profiles (the index grows several times); from
        // TwoHalvesFromUnits they are counted in two halves. The reference groups each unit's sorted values with LINQ
        // and numbers the groups in order of first appearance.
        var data = ClosedFormAlphaTests.Random(11, units, 7, 10, missingShare: 0.2);
        var expected = new Dictionary<string, int>();
        var numbers = Enumerable.Range(0, data.UnitCount).Select(u =>
        {
            var values = Enumerable.Range(0, data.CoderCount).Select(c => data[u, c]).Where(v => v != ReliabilityData.Missing).Order().ToArray();
            if (values.Length == 0)
            {
                return -1;
            }

            var key = string.Join(",", values);
            return expected.TryGetValue(key, out var number) ? number : expected[key] = expected.Count;
        }).ToArray();

        var profiles = UnitProfiles.TryBuild(data, [0, 1, 2, 3, 4, 5, 6])!;

        Assert.True(expected.Count > 4096, $"only {expected.Count} profiles");
        Assert.Equal(expected.Count, profiles.Count);
        Assert.Equal(numbers, profiles.ProfileOfUnit);
        Assert.Equal(numbers.Where(n => n >= 0).CountBy(n => n).OrderBy(p => p.Key).Select(p => p.Value), profiles.Multiplicity);
        Assert.Equal(numbers.Count(n => n >= 0), profiles.UnitsWithValue);
    }

    [Fact]
    public void TryBuild_ValuesThatDoNotFit_NotGrouped()
    {
        // 40 values × 2 bits (three coders need two bits a count) = 80 bits: no exact 64-bit key.
        var data = ClosedFormAlphaTests.Random(1, 100, 3, 40, missingShare: 0);

        Assert.True(data.ValueCount > 32);
        Assert.Null(UnitProfiles.TryBuild(data, [0, 1, 2]));
    }

    [Fact]
    public void TryBuild_AlmostEveryUnitItsOwnProfile_NotGrouped()
    {
        // 2 coders on 30 values give at most 465 profiles, far fewer than the trial units: grouped. 15 coders drawing
        // uniformly from 12 values give C(26, 15) ≈ 7.7 million possible profiles, so nearly every unit is its own.
        var grouped = ClosedFormAlphaTests.Random(2, UnitProfiles.TrialUnits + 10, 2, 30, missingShare: 0);
        Assert.NotNull(UnitProfiles.TryBuild(grouped, [0, 1]));

        var random = new Random(3);
        var rows = Enumerable.Range(0, UnitProfiles.TrialUnits + 10)
            .Select(_ => Enumerable.Range(0, 15).Select(_ => (string?)(random.Next(12) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        var spread = KrippendorffExamples.Build([.. Enumerable.Range(0, 15).Select(c => "c" + c)], rows);
        Assert.Equal(12, spread.ValueCount);
        Assert.Null(UnitProfiles.TryBuild(spread, [.. Enumerable.Range(0, 15)]));
    }

    [Theory]
    [InlineData(1, 300, 2, 3, 0.0)]
    [InlineData(2, 500, 4, 5, 0.3)]
    [InlineData(3, 800, 5, 8, 0.2)]
    [InlineData(4, 2000, 3, 12, 0.5)]
    public void KappaFamily_GroupedEqualsPerUnit(int seed, int units, int coders, int values, double missing)
    {
        var data = ClosedFormAlphaTests.Random(seed, units, coders, values, missing);
        var grouped = RatingCounts.Build(data, null, group: true);
        var perUnit = RatingCounts.Build(data, null, group: false);
        Assert.NotNull(grouped.Weights);
        Assert.True(grouped.RowCount < perUnit.RowCount);
        Assert.Equal(perUnit.UnitCount, grouped.UnitCount);
        Assert.Equal(perUnit.PairableUnitCount, grouped.PairableUnitCount);

        foreach (var weighting in Enum.GetValues<AgreementWeighting>())
        {
            var weights = AgreementWeights.For(weighting, data);
            var a = ObservedAgreement.Compute(grouped, weights);
            var b = ObservedAgreement.Compute(perUnit, weights);
            Assert.Equal(b.Value, a.Value, 1e-12);
            foreach (var model in Enum.GetValues<ChanceModel>())
            {
                AssertSame(
                    ChanceCorrectedAgreement.Estimate("k", b, model, data.ValueCount, 0.95),
                    ChanceCorrectedAgreement.Estimate("k", a, model, data.ValueCount, 0.95));
            }

            AssertSame(CongerAgreement.Estimate("c", data, b, 0.95), CongerAgreement.Estimate("c", data, a, 0.95));
        }
    }

    [Theory]
    [InlineData(5, 400, 3, 4, 0.2)]
    [InlineData(6, 1500, 6, 6, 0.4)]
    public void Alpha_GroupedEqualsPerUnit(int seed, int units, int coders, int values, double missing)
    {
        var data = ClosedFormAlphaTests.Random(seed, units, coders, values, missing);
        var shared = UnitValueCounts.Shared(data);
        var perUnit = UnitValueCounts.Build(data);
        Assert.NotNull(shared.Weights);
        Assert.Equal(perUnit.PairableUnits, shared.PairableUnits);
        Assert.Equal(perUnit.PairCount, shared.PairCount);
        Assert.Equal(perUnit.Marginals, shared.Marginals);

        foreach (var level in Enum.GetValues<LevelOfMeasurement>())
        {
            var a = ClosedFormAlpha.Compute(data, level, shared).Value!.Value;
            var b = ClosedFormAlpha.Compute(data, level, perUnit).Value!.Value;
            Assert.Equal(b, a, 1e-12);
        }
    }

    [Fact]
    public void Alpha_ResamplingWeightsOnGroupedCounts_Refused()
    {
        var data = ClosedFormAlphaTests.Random(7, 50, 3, 3, 0);
        var shared = UnitValueCounts.Shared(data);

        Assert.Throws<ArgumentException>(() => ClosedFormAlpha.Compute(data, LevelOfMeasurement.Nominal, shared, new int[shared.Offsets.Length - 1]));
    }

    // Both ways of counting a unit's values (sorting up to 16 coders, a value table above) against LINQ's GroupBy.
    [Theory]
    [InlineData(8, 300, 5, 900, -1)]
    [InlineData(9, 200, 16, 40, 3)]
    [InlineData(10, 150, 17, 40, -1)]
    [InlineData(11, 60, 40, 7, 0)]
    public void Build_CountsEachUnitsValues(int seed, int units, int coders, int values, int excluded)
    {
        var data = ClosedFormAlphaTests.Random(seed, units, coders, values, missingShare: 0.3);

        var counts = UnitValueCounts.Build(data, excluded);

        var expected = Enumerable.Range(0, data.UnitCount)
            .Select(u => Enumerable.Range(0, coders).Where(c => c != excluded && data[u, c] != ReliabilityData.Missing).Select(c => data[u, c]).ToList())
            .Where(v => v.Count >= 2)
            .Select(v => v.GroupBy(x => x).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList())
            .ToList();
        Assert.Equal(expected.Count, counts.PairableUnits);
        for (var u = 0; u < expected.Count; u++)
        {
            var actual = Enumerable.Range(counts.Offsets[u], counts.Offsets[u + 1] - counts.Offsets[u])
                .Select(i => (counts.Values[i], counts.Counts[i])).OrderBy(p => p.Item1).ToList();
            Assert.Equal(expected[u], actual);
        }
    }

    private static void AssertSame(AgreementEstimate expected, AgreementEstimate actual)
    {
        Assert.Equal(expected.Value is null, actual.Value is null);
        if (expected.Value is { } value)
        {
            Assert.Equal(value, actual.Value!.Value, 1e-12);
            Assert.Equal(expected.StandardError!.Value, actual.StandardError!.Value, 1e-12);
        }
    }
}
