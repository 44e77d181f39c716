using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement.Unitizing;

// Krippendorff's classic αU against the worked examples published with its definitions. The data and values are
// those of the publications as encoded in DKPro Statistics' tests (github.com/dkpro/dkpro-statistics,
// dkpro-statistics-agreement/src/test/java/org/dkpro/statistics/agreement/unitizing/Krippendorff1995Test.java and
// Krippendorff2004Test.java), whose implementation reproduces them.
public sealed class ClassicUnitizingAlphaTests
{
    // Krippendorff (2004), Content Analysis, 2nd ed., example p. 254: two observers, continuum [150, 450) (shifted
    // here to [0, 300)), values c and k. Published: D_o(c) = 0.0144, D_e(c) = 0.0532, αU(c) = 0.7286;
    // D_o(k) = 0, D_e(k) = 0.0490, αU(k) = 1; αU = 0.8591.
    // Distances for c by hand: [225,295) vs [220,300): 5² + 5² = 50; [370,400) vs [355,375): 15² + 25² = 850;
    // the gap [400,450) of i contains j's unit [400,420): 20² = 400; D_o(c) = 2 · 1300 / (2 · 1 · 300²) = 0.01444.
    [Fact]
    public void Compute_Krippendorff2004Example_PublishedValues()
    {
        // Each observer's k and c units overlap ([180,240) and [225,295)): αU judges each value on its own.
        var result = ClassicUnitizingAlpha.Compute(
            300,
            [
            [Book(225, 295, "c"), Book(370, 400, "c"), Book(180, 240, "k"), Book(300, 350, "k")],
            [Book(220, 300, "c"), Book(355, 375, "c"), Book(400, 420, "c"), Book(180, 240, "k"), Book(300, 350, "k")],
            ]);

        Assert.Equal(0.8591, result.Alpha, 0.0005);
        var (c, k) = (result.Values[0], result.Values[1]);
        Assert.Equal(("c", 5, "k", 4), (c.Value, c.Units, k.Value, k.Units));
        Assert.Equal(1300.0 / 90000, c.ObservedDisagreement, 1e-12);
        Assert.Equal(0.0532, c.ExpectedDisagreement, 0.0001);
        Assert.Equal(0.7286, c.Alpha, 0.0001);
        Assert.Equal(0.0, k.ObservedDisagreement, 1e-12);
        Assert.Equal(0.0490, k.ExpectedDisagreement, 0.0001);
        Assert.Equal(1.0, k.Alpha, 1e-12);
        Assert.Equal((2, 300L), (result.Coders, result.Length));
    }

    // Krippendorff (1995), Sociological Methodology 25, example p. 57: four pairs of coders (A Bertha/Bill, B John/
    // Jill, C Gerret/Gill, D Heather/Hill) on a continuum of 24 positions, each judged on its own; (start, length)
    // in 24ths of the continuum. Published: D_o = 0.03125, 2.26736, 0.02777, 0.38715; D_e = 0.06990, 1.17731,
    // 0.08642, 0.41445 and αU = 0.553, −0.926, 0.679, 0.066. The observed disagreements do not depend on the scale;
    // the paper's expected ones are those of a (nearly) continuous continuum, so they are reproduced by stretching
    // each 24th to 50 000 positions. DKPro's test notes a small error in the paper's D_e and accepts ±0.005 for D_e
    // and ±0.02 for αU; so does this one.
    [Theory]
    [InlineData("A", 0.03125, 0.06990, 0.553)]
    [InlineData("B", 2.26736, 1.17731, -0.926)]
    [InlineData("C", 0.02777, 0.08642, 0.679)]
    [InlineData("D", 0.38715, 0.41445, 0.066)]
    public void Compute_Krippendorff1995Examples_PublishedValues(string pair, double observed, double expected, double alpha)
    {
        var exact = Assert.Single(ClassicUnitizingAlpha.Compute(Example1995(pair, 1)).Values);
        Assert.Equal(observed, exact.ObservedDisagreement, 0.00001);

        var result = ClassicUnitizingAlpha.Compute(Example1995(pair, 50_000));
        var value = Assert.Single(result.Values);
        Assert.Equal(observed, value.ObservedDisagreement, 0.00001);
        Assert.Equal(expected, value.ExpectedDisagreement, 0.005);
        Assert.Equal(alpha, value.Alpha, 0.02);
        Assert.Equal(value.Alpha, result.Alpha, 1e-12);
    }

    // Not a publication: a cross-check with DKPro's implementation on its own example (UnitizingAgreementTest.java):
    // r0 -11111111-, r1 --1-1-1--- (L = 10). Its values: D_o = 0.9100, D_e = 0.5351, αU = −0.7003.
    // D_o by hand: [1,9) against [2,3), [4,5), [6,7): (1² + 6²) + (3² + 4²) + (5² + 2²) = 91; 2 · 91 / (2 · 100).
    [Fact]
    public void Compute_SmallExample_AgreesWithDkpro()
    {
        var value = Assert.Single(ClassicUnitizingAlpha.Compute(Data(10, [Unit(1, 9, "A")], [Unit(2, 3, "A"), Unit(4, 5, "A"), Unit(6, 7, "A")])).Values);

        Assert.Equal(0.91, value.ObservedDisagreement, 1e-12);
        Assert.Equal(0.5351, value.ExpectedDisagreement, 0.0001);
        Assert.Equal(-0.7003, value.Alpha, 0.0001);
    }

    [Fact]
    public void Compute_IdenticalCoders_One()
    {
        MarkedUnit[] units = [Unit(3, 9, "x"), Unit(12, 20, "y"), Unit(25, 26, "x")];

        var result = ClassicUnitizingAlpha.Compute(Data(30, units, units, units));

        Assert.Equal(1.0, result.Alpha, 1e-12);
        Assert.All(result.Values, v => Assert.Equal(1.0, v.Alpha, 1e-12));
    }

    [Fact]
    public void Compute_OverlappingUnitsOfOneValueAndCoder_Throws()
    {
        Assert.Throws<ArgumentException>(() => ClassicUnitizingAlpha.Compute(20, [[Unit(0, 5, "x"), Unit(4, 8, "x")], []]));
        Assert.Throws<ArgumentException>(() => ClassicUnitizingAlpha.Compute(20, [[Unit(0, 5, "x")]]));
    }

    [Fact]
    public void Compute_NoUnits_NotDefined()
    {
        var result = ClassicUnitizingAlpha.Compute(Data(20, [], []));

        Assert.True(double.IsNaN(result.Alpha));
        Assert.Empty(result.Values);
    }

    private static UnitizingData Example1995(string pair, long stretch)
    {
        (long Start, long Length)[][] coders = pair switch
        {
            "A" => [[(2, 8), (14, 6)], [(4, 4), (15, 2)]],
            "B" => [[(0, 18)], [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)]],
            "C" => [[(2, 6), (10, 2), (14, 4), (20, 2)], [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)]],
            _ => [[(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)], [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)]],
        };
        return Data(24 * stretch, [.. coders.Select(units => units.Select(u => Unit(u.Start * stretch, (u.Start + u.Length) * stretch, pair)).ToArray())]);
    }

    private static MarkedUnit Unit(long start, long end, string value) => new(start, end, value);

    // A unit in the book's positions, whose continuum begins at 150.
    private static MarkedUnit Book(long start, long end, string value) => new(start - 150, end - 150, value);

    private static UnitizingData Data(long length, params MarkedUnit[][] coders) =>
        UnitizingData.Create(length, [.. coders.Select((units, i) => new KeyValuePair<string, IReadOnlyList<MarkedUnit>>($"c{i}", units))]);
}
