using System.Diagnostics;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Benchmarks.AgreeMatrix;

/// <summary>
/// Times each stage of <c>qcat agree --matrix</c> on one file (warm, best of a few runs), so a slow end-to-end run
/// can be traced to the reader, the kappa family or a level of alpha without a profiler.
/// </summary>
public static class AgreeStageTimer
{
    public static void Run(string path, int repeats = 3)
    {
        var bytes = File.ReadAllBytes(path);
        Best("csv scan (GetSpan, no use)", repeats, () => Scan(bytes));
        Best("unit id set (1M)", repeats, () =>
        {
            var ids = CompactUnitIds.Stored(1_000_000);
            var seen = new HashSet<int>(1_000_000, new CompactUnitIds.ByteComparer(ids));
            for (var i = 0; i < 1_000_000; i++)
            {
                seen.Add(ids.Add(System.Text.Encoding.UTF8.GetBytes("u" + i)));
            }

            return seen.Count;
        });
        Best("read file bytes", repeats, () => File.ReadAllBytes(path).Length);
        Best("utf-8 check", repeats, () => ContentAnalysis.Core.IO.Utf8Scan.Check(bytes) is null);
        Best("read matrix, one pass", repeats, () => ReliabilityMatrixReader.LoadWithParts(bytes, new ReliabilityMatrixReadOptions(), path, 1));
        Best($"read matrix, {MatrixBuilder.PartsFor(bytes.Length)} parts", repeats, () => ReliabilityMatrixReader.LoadWithParts(bytes, new ReliabilityMatrixReadOptions(), path, MatrixBuilder.PartsFor(bytes.Length)));
        var data = Best("read matrix", repeats, () => ReliabilityMatrixReader.ReadFile(path, new ReliabilityMatrixReadOptions(false, false, null)));
        Best("unit profiles", repeats, () => UnitProfiles.TryBuild(data, [.. Enumerable.Range(0, data.CoderCount)]));
        Best("rating counts (per unit)", repeats, () => RatingCounts.Build(data, null, group: false));
        Best("rating counts (grouped)", repeats, () => RatingCounts.Build(data));
        Best("unit value counts", repeats, () => UnitValueCounts.Build(data));
        Best("kappa family (nominal)", repeats, () => KappaFamily.ComputeAll(data, new KappaOptions { Level = LevelOfMeasurement.Nominal }));
        Best("kappa family (interval)", repeats, () => KappaFamily.ComputeAll(data, new KappaOptions { Level = LevelOfMeasurement.Interval }));
        Best("pairwise agreement", repeats, () => PairwiseAgreement.Compute(data));
        foreach (var level in Enum.GetValues<LevelOfMeasurement>())
        {
            Best($"alpha {level}", repeats, () => KrippendorffAlpha.Compute(data, level));
        }

        Best("analyzer (all, nominal)", repeats, () => AgreementAnalyzer.Analyze("m", data, LevelOfMeasurement.Nominal, new AgreementOptions()));
    }

    private static long Scan(byte[] bytes)
    {
        var options = new CsvHelper.CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, SkipEmptyLines = true, TrimWhitespace = true, FieldCountMismatch = CsvHelper.CsvFieldCountHandling.Allow };
        using var reader = CsvHelper.CsvReader.Create(bytes, options);
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetSpan(i).Length;
            }
        }

        return total;
    }

    private static T Best<T>(string stage, int repeats, Func<T> action)
    {
        var best = TimeSpan.MaxValue;
        T result = default!;
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            result = action();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        Console.WriteLine($"{stage,-28} {best.TotalMilliseconds,8:F1} ms (best of {repeats})");
        return result;
    }
}
