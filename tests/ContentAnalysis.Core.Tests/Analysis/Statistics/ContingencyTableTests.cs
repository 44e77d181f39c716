using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

public sealed class ContingencyTableTests
{
    [Fact]
    public void Create_EmptyRowsAndColumns_AreDroppedAndNamed()
    {
        var table = ContingencyTable.Create(["a", "b", "c"], ["x", "y", "z"], new[,] { { 1, 0, 2 }, { 0, 0, 0 }, { 3, 0, 4 } });

        Assert.Equal(["a", "c"], table.Rows);
        Assert.Equal(["x", "z"], table.Columns);
        Assert.Equal(["b"], table.DroppedRows);
        Assert.Equal(["y"], table.DroppedColumns);
        Assert.Equal([[1, 2], [3, 4]], table.ToRows());
        Assert.Equal([3, 7], table.RowTotals);
        Assert.Equal([4, 6], table.ColumnTotals);
        Assert.Equal(10, table.Total);
    }

    [Fact]
    public void Create_ShapeMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContingencyTable.Create(["a"], ["x", "y"], new[,] { { 1 }, { 2 } }));
    }

    [Fact]
    public void Create_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContingencyTable.Create(["a"], ["x"], new[,] { { -1 } }));
    }
}
