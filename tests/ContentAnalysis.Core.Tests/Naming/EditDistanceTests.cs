using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Tests.Naming;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("defintion", "definition", 1)]
    [InlineData("abc", "", 3)]
    [InlineData("titel", "title", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
    public void Between_KnownPairs_GivesOptimalStringAlignmentDistance(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    [Theory]
    [InlineData("defintion", "definition")]
    [InlineData("exemples", "examples")]
    [InlineData("multiple", "multi")]
    [InlineData("Label", "label")]
    [InlineData("lable", "label")]
    [InlineData("exmaples", "examples")]
    public void Suggest_NearMiss_ReturnsTheCandidate(string word, string expected) =>
        Assert.Equal(expected, EditDistance.Suggest(word, ["id", "label", "definition", "examples", "multi", "single"]));

    [Fact]
    public void Suggest_NothingClose_ReturnsNull() =>
        Assert.Null(EditDistance.Suggest("colour_scheme", ["id", "label", "definition"]));
}
