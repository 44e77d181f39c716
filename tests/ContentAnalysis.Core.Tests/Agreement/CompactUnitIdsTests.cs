using System.Text;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>
/// Unit ids that count up are kept as a prefix and a first number; whatever happens to the count, every id must read
/// back as it was added (the reference is the list of ids added).
/// </summary>
public sealed class CompactUnitIdsTests
{
    [Theory]
    [InlineData("u1", "u2", "u3", "u4")]
    [InlineData("u9", "u10", "u11")]
    [InlineData("0", "1", "2")]
    [InlineData("u1", "u2", "u2", "u3")]
    [InlineData("u1", "u2", "x", "u4")]
    [InlineData("u01", "u02", "u03")]
    [InlineData("u1", "u2", "", "u4")]
    [InlineData("doc1-p7", "doc1-p8", "doc2-p1")]
    [InlineData("a", "b")]
    [InlineData("123456789012345678", "123456789012345679")]
    [InlineData("1234567890123456789", "1234567890123456790")]
    public void Add_ReadsBackEveryId(params string[] ids)
    {
        var stored = CompactUnitIds.Stored(2);

        foreach (var id in ids)
        {
            stored.Add(Encoding.UTF8.GetBytes(id));
        }

        Assert.Equal(ids, stored);
        Assert.Equal(ids, Enumerable.Range(0, ids.Length).Select(i => Encoding.UTF8.GetString(stored.Span(i))));
    }

    [Fact]
    public void Add_CountingIds_StoresNothingUntilTheCountBreaks()
    {
        var ids = CompactUnitIds.Stored(4);
        foreach (var id in new[] { "u8", "u9", "u10" })
        {
            ids.Add(Encoding.UTF8.GetBytes(id));
        }

        Assert.True(ids.Counting);
        ids.Add("u12"u8);

        Assert.False(ids.Counting);
        Assert.Equal(["u8", "u9", "u10", "u12"], ids);
    }

    [Theory]
    [InlineData(new[] { "u1", "u2" }, new[] { "u3", "u4" }, true)]
    [InlineData(new[] { "u1", "u2" }, new[] { "u4", "u5" }, false)]
    [InlineData(new[] { "u1", "u2" }, new[] { "v3", "v4" }, false)]
    [InlineData(new[] { "u1", "x" }, new[] { "u3", "u4" }, false)]
    [InlineData(new string[0], new[] { "u3", "u4" }, true)]
    [InlineData(new[] { "u1" }, new string[0], true)]
    public void Append_JoinsCountsWhenTheyContinue(string[] first, string[] second, bool counting)
    {
        var (a, b) = (CompactUnitIds.Stored(2), CompactUnitIds.Stored(2));
        foreach (var id in first)
        {
            a.Add(Encoding.UTF8.GetBytes(id));
        }

        foreach (var id in second)
        {
            b.Add(Encoding.UTF8.GetBytes(id));
        }

        a.Append(b);

        Assert.Equal(counting, a.Counting);
        Assert.Equal(first.Concat(second), a);
        Assert.Equal(first.Concat(second), Enumerable.Range(0, a.Count).Select(i => Encoding.UTF8.GetString(a.Span(i))));
    }

    [Fact]
    public void ReadMatrix_RepeatedIdAfterCountedOnes_NamesFirstLine()
    {
        var error = Assert.Throws<ContentAnalysis.Core.Diagnostics.InputException>(() =>
            ReliabilityMatrixReader.Read("unit,A,B\nu1,1,2\nu2,2,2\nu3,1,1\nu2,1,2\n"u8.ToArray(), new ReliabilityMatrixReadOptions(), "m.csv")).Diagnostics[0];

        Assert.Equal(5, error.Line);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }
}
