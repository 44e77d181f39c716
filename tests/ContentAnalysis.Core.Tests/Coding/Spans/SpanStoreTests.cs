using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Coding.Spans;

public sealed class SpanStoreTests
{
    [Fact]
    public void ReadAll_EveryCoderSortedWithProjectRelativeFileNames()
    {
        using var temp = new TempDirectory();
        var store = SpanStore.Open(new ProjectLayout(temp.Path));
        Assert.False(store.Exists);
        store.Append("ben", [new CodedSpan("ben", "doc1", 2, 4, "role", "ally")]);
        store.Append("anna", [new CodedSpan("anna", "doc1", 0, 5, "role", "mediator")]);
        temp.Write("data/spans/carl.csv", "document,start,end,dimension,category,memo\ndoc1,3,1,role,ally,\n");
        temp.Write("data/spans/not a coder.csv", string.Empty);

        var all = store.ReadAll();

        Assert.Equal(["anna", "ben", "carl"], all.Coders);
        Assert.Equal(["anna", "ben"], all.Spans.Select(s => s.Coder));
        Assert.Equal("data/spans/carl.csv", Assert.Single(all.Diagnostics).File);
        Assert.True(all.HasErrors);
        Assert.Equal(["anna"], store.ReadAll(["anna"]).Coders);
    }

    [Fact]
    public void Append_SpanOfAnotherCoder_Throws()
    {
        using var temp = new TempDirectory();
        var store = SpanStore.Open(new ProjectLayout(temp.Path));
        Assert.Throws<ArgumentException>(() => store.Append("anna", [new CodedSpan("ben", "doc1", 2, 4, "role", "ally")]));
        Assert.Throws<InputException>(() => store.FilePath("../x"));
    }
}
