using System.Diagnostics;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Benchmarks.Project;

/// <summary>
/// Times the read path every project command shares, on a project made by <c>generate-project.sh</c>: the units table
/// and each coder's journal, wall and CPU time of this thread's process (best of a few runs; the first run includes JIT),
/// and the memory each stage keeps (after a full collection) and allocates (last run), so a slow or large <c>agree</c>,
/// <c>progress</c> or <c>check</c> can be traced to reading before looking at the command.
/// </summary>
public static class ProjectStageTimer
{
    public static void Run(string root, int repeats = 3)
    {
        var layout = new ProjectLayout(Path.GetFullPath(root));
        var corpus = Best("corpus (documents.csv + units.csv)", repeats, () => CorpusStore.Open(layout));
        Console.WriteLine($"  {corpus.Units.Count} units");
        var store = CodingStore.Open(layout);
        foreach (var coder in store.Coders)
        {
            var codings = Best($"journal {coder}", repeats, () => store.Inspect(coder));
            Console.WriteLine($"  {codings.Count} codings");
        }

        Best("all journals (LoadAll)", repeats, () => store.LoadAll());
    }

    private static T Best<T>(string stage, int repeats, Func<T> action)
    {
        var (wall, cpu) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        var first = TimeSpan.Zero;
        T result = default!;
        var (retained, allocated) = (0L, 0L);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            result = default!;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = action();
            watch.Stop();
            process.Refresh();
            first = i == 0 ? watch.Elapsed : first;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            wall = watch.Elapsed < wall ? watch.Elapsed : wall;
            var used = process.TotalProcessorTime - cpuBefore;
            cpu = used < cpu ? used : cpu;
        }

        Console.WriteLine($"{stage,-38} wall {wall.TotalMilliseconds,8:F0} ms, CPU {cpu.TotalMilliseconds,8:F0} ms (best of {repeats}; first run {first.TotalMilliseconds:F0} ms), kept {retained / 1048576.0:F1} MB, allocated {allocated / 1048576.0:F1} MB");
        GC.KeepAlive(result);
        return result;
    }
}
