using System.Globalization;
using ContentAnalysis.Core.Agreement;
using CsvHelper;
using MathNet.Numerics.Random;

namespace ContentAnalysis.Benchmarks.Agreement;

/// <summary>
/// Synthetic reliability data from a latent-class model: every unit has a true class out of
/// <c>categories</c>; each coder reports it with probability <c>accuracy</c>, otherwise a uniformly
/// drawn other class; each cell is missing with probability <c>missing</c>. Fixed seed, so every
/// run sees the same matrix.
/// </summary>
public static class AlphaLatentClassGenerator
{
    /// <summary>Generates the matrix; values are the numbers 1..categories.</summary>
    public static ReliabilityData Generate(int units, int coders, int categories = 10, double accuracy = 0.6, double missing = 0.1, int seed = 20260101)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var cells = new int[units * coders];
        for (var u = 0; u < units; u++)
        {
            var truth = random.Next(categories);
            for (var c = 0; c < coders; c++)
            {
                int value;
                if (random.NextDouble() < missing)
                {
                    value = ReliabilityData.Missing;
                }
                else if (random.NextDouble() < accuracy)
                {
                    value = truth;
                }
                else
                {
                    // A uniformly random class other than the true one.
                    value = random.Next(categories - 1);
                    if (value >= truth)
                    {
                        value++;
                    }
                }

                cells[(u * coders) + c] = value;
            }
        }

        var unitIds = new UnitIdList(units);
        var coderNames = Enumerable.Range(1, coders).Select(c => $"coder{c}").ToArray();
        var values = Enumerable.Range(1, categories).Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
        var numbers = Enumerable.Range(1, categories).Select(v => (double)v).ToArray();
        return new ReliabilityData(unitIds, coderNames, values, cells, numbers);
    }

    /// <summary>Writes the matrix as CSV: header <c>unit,coder1,…</c>, one row per unit, empty cells for missing.</summary>
    public static void WriteCsv(ReliabilityData data, string path)
    {
        using var csv = CsvWriter.ToFile(path, CsvWriterOptions.Default, FileOptions.None);
        csv.WriteField("unit");
        foreach (var coder in data.Coders)
        {
            csv.WriteField(coder);
        }

        csv.EndRecord();
        for (var u = 0; u < data.UnitCount; u++)
        {
            csv.WriteField(data.UnitIds[u]);
            foreach (var cell in data.Row(u))
            {
                csv.WriteField(cell == ReliabilityData.Missing ? string.Empty : data.Values[cell]);
            }

            csv.EndRecord();
        }
    }

    /// <summary>Unit ids u1..uN computed on demand, so a million units cost no strings.</summary>
    private sealed class UnitIdList(int count) : IReadOnlyList<string>
    {
        public string this[int index] => "u" + (index + 1).ToString(CultureInfo.InvariantCulture);

        public int Count => count;

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
