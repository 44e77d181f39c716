using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Coding;

public sealed class CodingValidatorTests
{
    private static readonly Dimension Optional = TestCodebook.Create().FindDimension("strategy")!;

    private static readonly Dimension Required = Optional with { Id = "required_strategy", Required = true };

    [Fact]
    public void Values_UncodedOnOptionalDimension_Accepted()
    {
        var bag = new DiagnosticBag();
        Assert.Equal(["uncoded"], CodingValidator.Values(Optional, ["uncoded"], bag, "in.csv", 2, "d1.p001"));
        Assert.Empty(bag);
    }

    [Theory]
    [InlineData("uncoded", "dimension 'required_strategy' is required: unit 'd1.p001' cannot be left 'uncoded'")]
    [InlineData("uncoded;balancing", "dimension 'required_strategy' is required: unit 'd1.p001' cannot be left 'uncoded'")]
    public void Values_UncodedOnRequiredDimension_Error(string values, string message)
    {
        var bag = new DiagnosticBag();
        Assert.Null(CodingValidator.Values(Required, values.Split(';'), bag, "in.csv", 2, "d1.p001"));
        Assert.Equal((CodingDiagnostics.TooManyValues, message, 2), (bag[0].Code, bag[0].Message, bag[0].Line));
    }

    [Fact]
    public void Values_UncodedMixedWithCategory_Error()
    {
        var bag = new DiagnosticBag();
        Assert.Null(CodingValidator.Values(Optional, ["uncoded", "balancing"], bag, "in.csv", 3, "d1.p001"));
        Assert.Equal("'uncoded' mixed with other values for unit 'd1.p001' on dimension 'strategy'", Assert.Single(bag).Message);
    }
}
