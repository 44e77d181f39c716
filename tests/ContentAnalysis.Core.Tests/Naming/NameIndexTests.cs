using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Tests.Naming;

public sealed class NameIndexTests
{
    [Theory]
    [InlineData("bgi.p7413", "big.p7413")] // swapped letters: one edit
    [InlineData("big.p07413", "big.p7413")] // one extra digit
    [InlineData("BIG.P12", "big.p12")] // case is ignored, the stored spelling is returned
    [InlineData("gib.q99999x", null)] // more than three edits from anything: no suggestion
    public void Suggest_UnitIds_NearestWithinTheEditBudget(string word, string? expected)
    {
        var index = new NameIndex(Enumerable.Range(1, 20_000).Select(i => $"big.p{i}"));
        Assert.Equal(expected, index.Suggest(word));
    }

    [Fact]
    public void Suggest_Tie_TheEarliestNameWins() =>
        Assert.Equal("cat", new NameIndex(["zzz", "cat", "bat"]).Suggest("hat"));

    [Fact]
    public void Suggest_NoNames_Null() => Assert.Null(new NameIndex([]).Suggest("x"));

    // The index must give exactly what the rule gives by comparing the word with every name (the rule as it was
    // written before the index: nearest by optimal string alignment, earliest on a tie, a prefix name past distance 1).
    [Fact]
    public void Suggest_RandomWords_SameAsComparingWithEveryName()
    {
        var random = new Random(15);
        const string Letters = "abcd.p0123";
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)])]);
        var names = Enumerable.Range(0, 400).Select(_ => Word(random.Next(1, 9))).ToList();
        var index = new NameIndex(names);
        for (var i = 0; i < 2_000; i++)
        {
            var word = Word(random.Next(0, 10));
            Assert.Equal(Scan(word, names), index.Suggest(word));
        }
    }

    private static string? Scan(string word, List<string> names)
    {
        var best = names.Select((n, i) => (Name: n, Distance: EditDistance.Between(word.ToLowerInvariant(), n.ToLowerInvariant()), Index: i))
            .OrderBy(c => c.Distance).ThenBy(c => c.Index).First();
        var prefixed = names.FirstOrDefault(c => c.Length >= 3 && word.StartsWith(c, StringComparison.OrdinalIgnoreCase));
        if (prefixed is not null && best.Distance > 1)
        {
            return prefixed;
        }

        return best.Distance <= Math.Clamp(Math.Max(word.Length, best.Name.Length) / 3, 1, 3) ? best.Name : null;
    }
}
