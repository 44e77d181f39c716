using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Tests.Coding;

namespace ContentAnalysis.Core.Tests.Training;

/// <summary>The one rule in <see cref="CodingStore"/>: a second pass (<c>anna~2</c>) and training journals are not independent coders.</summary>
public sealed class RecodeJournalTests
{
    [Fact]
    public void IndependentCoders_RecodeAndTrainingJournals_AreLeftOut()
    {
        using var fixture = new CodingFixture();
        fixture.Codings.Append("anna", fixture.Record("anna", "d1.p001", "strategy", "balancing"));
        fixture.Codings.Append("ben", fixture.Record("ben", "d1.p001", "strategy", "balancing"));
        fixture.Codings.Append("anna~2", fixture.Record("anna~2", "d1.p001", "strategy", "alignment"));
        var training = CodingStore.OpenTraining(fixture.Layout);
        training.Append("tina", fixture.Record("tina", "d1.p001", "strategy", "alignment"));

        Assert.Equal(["anna", "anna~2", "ben"], fixture.Codings.Coders);
        Assert.Equal(["anna", "ben"], fixture.Codings.IndependentCoders);
        Assert.False(fixture.Codings.IsIndependent("anna~2"));
        Assert.Equal(["anna", "ben"], fixture.Codings.LoadIndependent().Select(c => c.Coder));
        Assert.True(File.Exists(Path.Combine(fixture.Temp.Path, "data", "training", "tina.csv")));
        Assert.Equal(["tina"], training.Coders);
    }

    [Theory]
    [InlineData("anna~2", "anna")]
    [InlineData("anna~10", "anna")]
    [InlineData("anna~1", null)]
    [InlineData("anna~02", null)]
    [InlineData("anna", null)]
    [InlineData("~2", null)]
    public void FirstPassOf_NamesTheCoderOfARepeatedPass(string journal, string? coder) =>
        Assert.Equal(coder, CodingStore.FirstPassOf(journal));

    [Fact]
    public void RecodeJournal_IsTheSecondPass() => Assert.Equal("anna~2", CodingStore.RecodeJournal("anna"));
}
