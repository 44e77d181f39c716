using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>
/// A continuous scale (more distinct numbers than <see cref="NumericCells.SwitchAfterLabels"/>) is read as numbers and
/// coded by one sort; the result must equal what interning every label gives (<see cref="ReliabilityData.FromLabels"/>,
/// an independent path).
/// </summary>
public sealed class NumericCellsTests
{
    [Fact]
    public void RadixSort_OrdersLikeArraySort_StableOnTies()
    {
        var random = new Random(11);
        var numbers = Enumerable.Range(0, 50_000)
            .Select(i => i % 7 == 0 ? Math.Round(random.NextDouble() * 10) : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 6)))
            .Append(0.0).Append(-1e300).Append(1e300).Append(double.Epsilon).Append(-double.Epsilon)
            .ToArray();
        var keys = numbers.Select(NumericCells.Sortable).ToArray();
        var items = Enumerable.Range(0, numbers.Length).ToArray();

        NumericCells.RadixSort(keys, items);

        var expected = Enumerable.Range(0, numbers.Length).OrderBy(i => numbers[i]).ToArray(); // LINQ's OrderBy is stable
        Assert.Equal(expected, items);
        Assert.True(keys.Zip(keys.Skip(1)).All(p => p.First <= p.Second));
    }

    [Fact]
    public void Load_ContinuousScale_SameAsInterningEveryLabel()
    {
        // 80,000 units × 3 coders of 4-decimal numbers, some missing (empty, NA), some written differently (3 / 3.0 / 03).
        var random = new Random(5);
        var rows = new List<string?[]>();
        var csv = new StringBuilder("unit,a,b,c\n");
        for (var u = 0; u < 80_000; u++)
        {
            var x = random.NextDouble() * 100;
            var row = new string?[3];
            for (var c = 0; c < 3; c++)
            {
                var draw = random.NextDouble();
                row[c] = draw < 0.05 ? null
                    : draw < 0.08 ? "3"
                    : draw < 0.1 ? "3.0"
                    : draw < 0.11 ? "03"
                    : (x * (0.9 + (0.2 * random.NextDouble()))).ToString("F4", CultureInfo.InvariantCulture);
            }

            rows.Add(row);
            csv.Append(CultureInfo.InvariantCulture, $"u{u},{Cell(row[0], u)},{Cell(row[1], u + 1)},{Cell(row[2], u)}\n");
        }

        var read = ReliabilityMatrixReader.Load(Encoding.UTF8.GetBytes(csv.ToString()), new ReliabilityMatrixReadOptions(), "m.csv");
        var expected = ReliabilityData.FromLabels([.. read.Data.UnitIds], ["a", "b", "c"], rows);

        Assert.Empty(read.Warnings);
        Assert.True(expected.ValueCount > NumericCells.SwitchAfterLabels);
        Assert.Equal(expected.Values, read.Data.Values);
        Assert.Equal(expected.NumericValues, read.Data.NumericValues);
        Assert.True(expected.Cells.SequenceEqual(read.Data.Cells));
        Assert.Contains("3", read.Data.Values);
        Assert.DoesNotContain("3.0", read.Data.Values);
    }

    [Fact]
    public void Load_LabelAfterTheSwitch_ReadAgainAsLabels()
    {
        // 70,000 distinct numbers, then "3" and "3.0" and one label: a mixed matrix compares every value as text.
        var csv = new StringBuilder("a,b\n");
        for (var u = 0; u < 70_000; u++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{u}.5,{u}.25\n");
        }

        csv.Append("3,3.0\nx,3\n");

        var read = ReliabilityMatrixReader.Load(Encoding.UTF8.GetBytes(csv.ToString()), new ReliabilityMatrixReadOptions(), "m.csv");

        Assert.Null(read.Data.NumericValues);
        Assert.Equal(140_003, read.Data.ValueCount); // every text once: 140,000 numbers, "3", "3.0" and "x"
        Assert.NotEqual(read.Data[70_000, 0], read.Data[70_000, 1]);
        Assert.Contains(read.Warnings, w => w.Code == "QCA4040");
    }

    private static string Cell(string? value, int u) => value ?? (u % 2 == 0 ? string.Empty : "NA");
}
