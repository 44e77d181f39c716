using System.Diagnostics;
using System.Globalization;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>Times a stage a few times and prints the best wall and CPU time (CPU says more on a shared machine).</summary>
internal static class StageClock
{
    public static T Best<T>(string stage, int repeats, Func<T> action, int width)
    {
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        T result = default!;
        for (var i = 0; i < repeats; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = action();
            best = watch.Elapsed < best ? watch.Elapsed : best;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            bestCpu = cpu < bestCpu ? cpu : bestCpu;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage.PadRight(width)} {best.TotalMilliseconds,8:F1} ms wall, {bestCpu.TotalMilliseconds,8:F1} ms CPU (best of {repeats})"));
        return result;
    }
}
