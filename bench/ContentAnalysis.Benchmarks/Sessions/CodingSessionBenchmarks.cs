using System.Text;
using BenchmarkDotNet.Attributes;
using ContentAnalysis.Cli.Terminal;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Benchmarks.Sessions;

/// <summary>
/// Time to answer one key of a coding session over a 100,000-unit corpus, with the journal on disk
/// (durable append and flush per decision) empty or already holding 50,000 coded units: the key binding,
/// the session's operation with its journal write and flush, and laying out the next 80×24 screen.
/// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- --filter '*CodingSession*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CodingSessionBenchmarks
{
    private const int UnitCount = 100_000;
    private string _folder = string.Empty;
    private SessionController _controller = null!;

    /// <summary>Units already coded in the journal when the session starts.</summary>
    [Params(0, 50_000)]
    public int CodedUnits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "qcat-bench-" + Guid.NewGuid().ToString("N"));
        var layout = new ProjectLayout(_folder);
        var dimensions = BenchCodebook.Dimensions;
        var units = BenchCodebook.Units(UnitCount);
        if (CodedUnits > 0)
        {
            Directory.CreateDirectory(layout.CodingsDirectory);
            var journal = new StringBuilder("time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\n");
            foreach (var unit in units.Take(CodedUnits))
            {
                foreach (var dimension in dimensions)
                {
                    journal.Append("2026-11-22T03:00:00.000Z,anna,").Append(unit.Id).Append(',').Append(dimension.Id).Append(",none,,cb,h,set\n");
                }
            }

            File.WriteAllText(Path.Combine(layout.CodingsDirectory, "anna.csv"), journal.ToString());
        }

        var session = new CodingSession(dimensions, units, new StoreCodingJournal(CodingStore.Open(layout), "anna", "cb", TimeProvider.System), TimeProvider.System);
        _controller = new SessionController(session);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // A run that only redraws never writes, so the folder may not exist.
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A key that records a decision ("none applies", appended and flushed), then the next screen laid out.</summary>
    [Benchmark]
    public object KeyThatRecords()
    {
        _controller.Handle(SessionKey.Char('n'));
        return ScreenLayout.Frame(_controller.View, 80, 24);
    }

    /// <summary>A confirmed memo (its own journal line, appended and flushed), then the next screen laid out.</summary>
    [Benchmark]
    public object MemoConfirmed()
    {
        _controller.Handle(SessionKey.Char('m'));
        _controller.Handle(SessionKey.Line("a memo on this unit"));
        return ScreenLayout.Frame(_controller.View, 80, 24);
    }

    /// <summary>A key that writes nothing (a digit typed), then the screen laid out.</summary>
    [Benchmark]
    public object KeyThatOnlyRedraws()
    {
        _controller.Handle(SessionKey.Char('1'));
        var frame = ScreenLayout.Frame(_controller.View, 80, 24);
        _controller.Handle(SessionKey.Backspace);
        return frame;
    }
}
