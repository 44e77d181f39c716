using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding;

public sealed class CodingMatrixBuilderTests
{
    [Fact]
    public void ForDimension_Single_CategoriesInCodebookOrderMissingWhereUncoded()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p002", "strategy", "alignment"), project.Record("anna", "d1.p001", "strategy", "balancing")]);
        project.Codings.Append("ben", [project.Record("ben", "d1.p001", "strategy", "none"), project.Record("ben", "d2.p001", "strategy", "alignment")]);
        var data = CodingMatrixBuilder.ForDimension(TestCodebook.Create().FindDimension("strategy")!, [project.Codings.Load("anna"), project.Codings.Load("ben")], [.. project.Corpus.Units.Select(u => u.Id)]);
        Assert.Equal(["d1.p001", "d1.p002", "d2.p001"], data.UnitIds);
        Assert.Equal(["anna", "ben"], data.Coders);
        Assert.Equal(["balancing", "alignment", "none"], data.Values);
        Assert.Equal([0, 2, 1, ReliabilityData.Missing, ReliabilityData.Missing, 1], data.Cells.ToArray());
        Assert.Null(data.NumericValues);
    }

    // On a non-required single dimension "none applies" is a value coders can agree on; "left uncoded" is missing.
    [Fact]
    public void ForDimension_SingleUncoded_MissingWhileNoneIsAValue()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p001", "strategy", "none"), project.Record("anna", "d1.p002", "strategy", "uncoded")]);
        project.Codings.Append("ben", [project.Record("ben", "d1.p001", "strategy", "none"), project.Record("ben", "d1.p002", "strategy", "balancing")]);
        var dimension = TestCodebook.Create().FindDimension("strategy")!;
        var coders = new[] { project.Codings.Load("anna"), project.Codings.Load("ben") };

        var data = CodingMatrixBuilder.ForDimension(dimension, coders);
        Assert.Equal(["balancing", "none"], data.Values);
        Assert.Equal([1, 1, ReliabilityData.Missing, 0], data.Cells.ToArray());

        var balancing = CodingMatrixBuilder.ForCategory(dimension, "balancing", coders);
        Assert.Equal([0, 0, ReliabilityData.Missing, 1], balancing.Cells.ToArray());
    }

    [Fact]
    public void ForDimension_Ordinal_NumericLabelsNoneMissing()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p001", "tone", "2"), project.Record("anna", "d1.p002", "tone", "-1")]);
        project.Codings.Append("ben", [project.Record("ben", "d1.p001", "tone", "1"), project.Record("ben", "d1.p002", "tone", "none")]);
        var data = CodingMatrixBuilder.ForDimension(TestCodebook.Create().FindDimension("tone")!, [project.Codings.Load("anna"), project.Codings.Load("ben")]);
        Assert.Equal(["-1", "1", "2"], data.Values);
        Assert.Equal([-1.0, 1.0, 2.0], data.NumericValues);
        Assert.Equal([2, 1, 0, ReliabilityData.Missing], data.Cells.ToArray());
    }

    // Issue 14: a scale value written 2.0 or 02 in one journal and 2 in another is one value (NumericValue rule).
    [Fact]
    public void ForDimension_ScaleWrittenDifferently_OneNumericValue()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p001", "tone", "2.0"), project.Record("anna", "d1.p002", "tone", "-0")]);
        project.Codings.Append("ben", [project.Record("ben", "d1.p001", "tone", "02"), project.Record("ben", "d1.p002", "tone", "0")]);
        var data = CodingMatrixBuilder.ForDimension(TestCodebook.Create().FindDimension("tone")!, [project.Codings.Load("anna"), project.Codings.Load("ben")]);
        Assert.Equal(["0", "2"], data.Values);
        Assert.Equal([1, 1, 0, 0], data.Cells.ToArray());
    }

    [Fact]
    public void ForCategory_Multi_OneWhereChosenZeroWhereCodedWithout()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p001", "russia_role", "mediator", "ally_of_armenia"), project.Record("anna", "d1.p002", "russia_role", "none")]);
        project.Codings.Append("ben", [project.Record("ben", "d1.p001", "russia_role", "ally_of_armenia")]);
        var dimension = TestCodebook.Create().FindDimension("russia_role")!;
        var data = CodingMatrixBuilder.ForCategory(dimension, "mediator", [project.Codings.Load("anna"), project.Codings.Load("ben")]);
        Assert.Equal(["d1.p001", "d1.p002"], data.UnitIds);
        Assert.Equal(["0", "1"], data.Values);
        Assert.Equal([1, 0, 0, ReliabilityData.Missing], data.Cells.ToArray());
        Assert.Throws<ArgumentException>(() => CodingMatrixBuilder.ForDimension(dimension, []));
        Assert.Throws<ArgumentException>(() => CodingMatrixBuilder.ForCategory(dimension, "nope", []));
    }
}
