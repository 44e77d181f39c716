using System.Diagnostics;
using System.Globalization;
using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Benchmarks.Autocoding;

/// <summary>A quick Stopwatch run of the autocoding workload (best of a few), for checking a change without BenchmarkDotNet.</summary>
public static class AutocodingTimer
{
    public static void Run(long bytes, int repeats)
    {
        var workload = AutocodingWorkload.Generate(bytes);
        var matcher = DictionaryMatcher.Create(workload.Codebook);
        var megabytes = workload.Characters / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload.Units.Count} units, {megabytes:F1} MB, {matcher.Indicators.Count} indicators"));
        var hits = 0L;
        var negated = 0L;
        for (var r = 0; r < repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            hits = 0;
            negated = 0;
            foreach (var (unit, text) in workload.Units)
            {
                foreach (var value in Autocoder.Code(matcher, unit, text).Values)
                {
                    hits += value.Counts.Sum(c => c.Hits);
                    negated += value.Negated;
                }
            }

            watch.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F1} MB/s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hits} counted hits, {negated} negated"));
        var lines = workload.Yaml.Split('\n');
        foreach (var (name, drop) in new[] { ("keywords only", "patterns:"), ("patterns only", "keywords:") })
        {
            var part = ContentAnalysis.Core.Codebooks.CodebookLoader.Parse(string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith(drop, StringComparison.Ordinal))), "part.yaml").Codebook!;
            var partial = DictionaryMatcher.Create(part);
            var watch = Stopwatch.StartNew();
            foreach (var (_, text) in workload.Units)
            {
                partial.Match(text);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} ({partial.Indicators.Count} indicators, matching only): {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F1} MB/s"));
        }
    }
}
