using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement.Unitizing;

public sealed class UnitizingAlphaTests
{
    private const double Tolerance = 1e-9;

    // Hand computation, Krippendorff et al. (2016) eqs. 1, 4, 5a, 6 (L = 10, m = 2, one value x):
    //   A: x[0,4) φ[4,10)          B: φ[0,2) x[2,6) φ[6,10)
    //   coincidences, both directions, ÷ (m−1) = 1: l_xx = 2+2 = 4, l_xφ = l_φx = 2+2 = 4, l_φφ = 4+4 = 8; l.. = 20 = mL
    //   margins l_x. = 8, l_φ. = 12; self-pairing: units squared 4²+4² = 32, gaps once 6+(2+4) = 12, together 44
    //   denominator l.. − 44/l.. = 17.8; ε_xx = (64−32)/17.8, ε_φφ = (144−12)/17.8, so Σ ε_cc = 164/17.8
    //   uα = 1 − (20−12) / (20 − 164/17.8) = 1 − 8·17.8/192 = 31/120; with one value |uα = uα.
    [Fact]
    public void Compute_OneValueTwoCoders_HandComputed()
    {
        var result = UnitizingAlpha.Compute(Data(10, [new(0, 4, "x")], [new(2, 6, "x")]));

        Assert.Equal(31.0 / 120, result.Alpha, Tolerance);
        Assert.Equal(31.0 / 120, result.BinaryAlpha, Tolerance);
        // One value: no variation among intersecting units, so cuα and (x)uα are not defined.
        Assert.True(double.IsNaN(result.CodingAlpha));
        Assert.True(double.IsNaN(Assert.Single(result.Values).Alpha));
        Assert.Equal((2, 2, 10L), (result.Coders, result.Units, result.Length));
    }

    // Hand computation, eqs. 1, 4, 5a, 6, 10, 11, 13b (L = 10, m = 2, values x and y):
    //   A: x[0,4) y[4,8) φ[8,10)   B: x[0,6) y[6,8) φ[8,10)
    //   l_xx = 8, l_xy = l_yx = 2, l_yy = 4, l_φφ = 4 (l.. = 20); margins x 10, y 6, φ 4
    //   self-pairing: x 4²+6² = 52, y 4²+2² = 20, φ 2+2 = 4 (76); denominator 20 − 76/20 = 16.2
    //   Σ ε_cc = (48 + 16 + 12)/16.2; uα = 1 − 4/(20 − 76/16.2) = 1 − 64.8/248 = 229/310
    //   |uα: l_φ. − l_φφ = 0, so |uα = 1
    //   cuα: l* = [[8,2],[2,4]], l*.. = 16; intersections with the other coder's units: A 4, 4; B 6, 2;
    //   squared by value x 16+36 = 52, y 16+4 = 20 (72); denominator 16 − 72/16 = 11.5
    //   ε*_xx = 48/11.5, ε*_yy = 16/11.5, ε*_xy = 60/11.5; cuα = 1 − 4/(16 − 64/11.5) = 1 − 46/120 = 37/60
    //   (x)uα = 1 − (108/11.5 / 10)(10 − 8)/(60/11.5) = 1 − 0.36 = 0.64
    //   (y)uα = 1 − (76/11.5 / 6)(6 − 4)/(60/11.5) = 1 − 152/360 = 26/45
    [Fact]
    public void Compute_TwoValuesTwoCoders_HandComputed()
    {
        var result = UnitizingAlpha.Compute(Data(10, [new(0, 4, "x"), new(4, 8, "y")], [new(0, 6, "x"), new(6, 8, "y")]));

        Assert.Equal(229.0 / 310, result.Alpha, Tolerance);
        Assert.Equal(1.0, result.BinaryAlpha, Tolerance);
        Assert.Equal(37.0 / 60, result.CodingAlpha, Tolerance);
        Assert.Equal(16.0 / 20, result.Coverage, Tolerance);
        Assert.Equal(["x", "y"], result.Values.Select(v => v.Value));
        Assert.Equal(0.64, result.Values[0].Alpha, Tolerance);
        Assert.Equal(26.0 / 45, result.Values[1].Alpha, Tolerance);
        Assert.Equal([1.0, 1.0], result.Values.Select(v => v.Coverage));
        Assert.Equal([2, 2], result.Values.Select(v => v.Units));
    }

    // No worked example with values from Krippendorff et al. (2016) or Krippendorff (2019, §12.6) was found to test
    // against. This case is a cross-check with an independent implementation of the same paper's equations, by
    // another author: github.com/lindanna/unitized_alpha (unitized_alpha.py, the data of its __main__ block: three
    // coders, L = 20; its README prints u alpha 0.474, bu_alpha 0.433, cu_alpha 0.779 covering 38.33 %,
    // ku_alpha 0.769 for label 1 and 0.787 for label 2). It exercises m > 2, where the (m − 1) divisions matter.
    [Fact]
    public void Compute_ThreeCoders_AgreesWithIndependentImplementation()
    {
        var result = UnitizingAlpha.Compute(Data(
            20,
            [new(2, 5, "1"), new(9, 11, "1"), new(12, 20, "2")],
            [new(2, 5, "1"), new(7, 15, "2")],
            [new(2, 5, "1"), new(10, 15, "2")]));

        Assert.Equal(0.474, result.Alpha, 0.0005);
        Assert.Equal(0.433, result.BinaryAlpha, 0.0005);
        Assert.Equal(0.779, result.CodingAlpha, 0.0005);
        Assert.Equal(0.3833, result.Coverage, 0.00005);
        Assert.Equal(0.769, result.Values[0].Alpha, 0.0005);
        Assert.Equal(0.787, result.Values[1].Alpha, 0.0005);
    }

    [Fact]
    public void Compute_IdenticalUnitizations_AllOne()
    {
        MarkedUnit[] units = [new(3, 9, "x"), new(12, 20, "y"), new(25, 26, "x")];
        var result = UnitizingAlpha.Compute(Data(40, units, units, units));

        Assert.Equal(1.0, result.Alpha, Tolerance);
        Assert.Equal(1.0, result.BinaryAlpha, Tolerance);
        Assert.Equal(1.0, result.CodingAlpha, Tolerance);
        Assert.All(result.Values, v => Assert.Equal(1.0, v.Alpha, Tolerance));
    }

    [Fact]
    public void Compute_PermutedCoders_SameValues()
    {
        MarkedUnit[] a = [new(0, 5, "x"), new(9, 14, "y")];
        MarkedUnit[] b = [new(2, 7, "x"), new(10, 12, "x"), new(20, 25, "y")];
        MarkedUnit[] c = [new(1, 6, "y"), new(18, 24, "y")];
        var first = UnitizingAlpha.Compute(Data(30, a, b, c));
        var permuted = UnitizingAlpha.Compute(Data(30, c, a, b));

        Assert.Equal(first.Alpha, permuted.Alpha, Tolerance);
        Assert.Equal(first.BinaryAlpha, permuted.BinaryAlpha, Tolerance);
        Assert.Equal(first.CodingAlpha, permuted.CodingAlpha, Tolerance);
        Assert.Equal(first.Values.Select(v => v.Alpha), permuted.Values.Select(v => v.Alpha), (p, q) => Math.Abs(p - q) < Tolerance);
    }

    [Fact]
    public void Compute_SystematicDisagreement_BelowZero()
    {
        // Where one coder marks a unit the other leaves a gap, and the reverse: the coders never agree on relevance.
        var result = UnitizingAlpha.Compute(Data(20, [new(0, 5, "x"), new(10, 15, "x")], [new(5, 10, "x"), new(15, 20, "x")]));

        Assert.True(result.Alpha < 0, $"uα = {result.Alpha}");
        Assert.True(result.BinaryAlpha < 0, $"|uα = {result.BinaryAlpha}");
        // No unit meets another coder's unit: nothing for cuα to judge.
        Assert.True(double.IsNaN(result.CodingAlpha));
        Assert.Equal(0, result.Coverage);
    }

    [Fact]
    public void Compute_SameUnitsSwappedValues_CodingAlphaBelowZeroBinaryOne()
    {
        var result = UnitizingAlpha.Compute(Data(20, [new(0, 5, "x"), new(10, 15, "y")], [new(0, 5, "y"), new(10, 15, "x")]));

        Assert.Equal(1.0, result.BinaryAlpha, Tolerance);
        Assert.True(result.CodingAlpha < 0, $"cuα = {result.CodingAlpha}");
        Assert.True(result.Alpha < result.BinaryAlpha);
    }

    [Fact]
    public void Compute_GapsOnlyCoder_HandledAndLowersAgreement()
    {
        var withAbstainer = UnitizingAlpha.Compute(Data(20, [new(0, 5, "x")], [new(0, 5, "x")], []));
        var withoutAbstainer = UnitizingAlpha.Compute(Data(20, [new(0, 5, "x")], [new(0, 5, "x")]));

        Assert.Equal(1.0, withoutAbstainer.Alpha, Tolerance);
        Assert.True(withAbstainer.Alpha < 1.0);
        Assert.Equal(3, withAbstainer.Coders);
    }

    [Fact]
    public void Compute_AllGaps_NotDefined()
    {
        var result = UnitizingAlpha.Compute(Data(20, [], []));

        Assert.True(double.IsNaN(result.Alpha));
        Assert.True(double.IsNaN(result.BinaryAlpha));
        Assert.Empty(result.Values);
    }

    [Fact]
    public void Create_OverlappingUnitsOfOneCoder_Throws()
    {
        Assert.Throws<ArgumentException>(() => Data(20, [new(0, 5, "x"), new(4, 8, "y")], []));
        Assert.Throws<ArgumentException>(() => Data(20, [new(15, 21, "x")], []));
        Assert.Throws<ArgumentException>(() => UnitizingData.Create(20, [new("a", [])]));
    }

    private static UnitizingData Data(long length, params MarkedUnit[][] coders) =>
        UnitizingData.Create(length, [.. coders.Select((units, i) => new KeyValuePair<string, IReadOnlyList<MarkedUnit>>($"c{i}", units))]);
}
