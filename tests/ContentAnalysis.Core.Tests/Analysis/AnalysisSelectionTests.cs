using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Tests.Coding;

namespace ContentAnalysis.Core.Tests.Analysis;

public sealed class AnalysisSelectionTests
{
    [Fact]
    public void Coder_DefaultIsGoldWhenItExists()
    {
        Assert.Equal("gold", AnalysisSelection.Coder(["anna", "gold"]));
    }

    [Fact]
    public void Coder_NoGold_RefusesAndNamesTheCoders()
    {
        var e = Assert.Throws<InputException>(() => AnalysisSelection.Coder(["anna", "ben"]));

        Assert.Equal(AnalysisDiagnostics.UnknownCoder, e.Diagnostics[0].Code);
        Assert.Contains("anna, ben", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categorical_NamedScale_Refused_NoneNamed_AllCategoryDimensions()
    {
        var book = TestCodebook.Create();

        var e = Assert.Throws<InputException>(() => AnalysisSelection.Categorical(book, [book.FindDimension("tone")!], "co-occurrence needs categories"));
        var all = AnalysisSelection.Categorical(book, [], "unused");

        Assert.Equal(AnalysisDiagnostics.BadDimension, e.Diagnostics.Single().Code);
        Assert.Equal(["russia_role", "strategy"], all.Select(d => d.Id));
    }
}
