using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Tests.Coding;

namespace ContentAnalysis.Core.Tests.Analysis;

public sealed class AnalysisSelectionTests
{
    [Fact]
    public void Coder_DefaultIsGoldWhenItExists()
    {
        Assert.Equal("gold", AnalysisSelection.Coder(["anna", "gold"], null));
        Assert.Equal("anna", AnalysisSelection.Coder(["anna", "gold"], "anna"));
    }

    [Fact]
    public void Coder_NoGold_RefusesAndNamesTheCoders()
    {
        var e = Assert.Throws<InputException>(() => AnalysisSelection.Coder(["anna", "ben"], null));

        Assert.Equal(AnalysisDiagnostics.UnknownCoder, e.Diagnostics[0].Code);
        Assert.Contains("anna, ben", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dimensions_WrongKindAndUnknown_AllReported()
    {
        var e = Assert.Throws<InputException>(() => AnalysisSelection.Dimensions(TestCodebook.Create(), ["tone", "nope"], d => d.IsCategorical, "co-occurrence needs categories"));

        Assert.Equal(2, e.Diagnostics.Count);
        Assert.All(e.Diagnostics, d => Assert.Equal(AnalysisDiagnostics.BadDimension, d.Code));
    }
}
