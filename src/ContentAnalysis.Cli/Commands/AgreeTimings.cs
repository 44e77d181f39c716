using System.Diagnostics;
using System.Globalization;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// Stage timings for <c>qcat agree</c>, printed to stderr when <c>QCAT_TIMINGS=1</c>: the way to see
/// where a slow run spends its time without a profiler.
/// </summary>
internal sealed class AgreeTimings
{
    private readonly CliContext? _context;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;

    private AgreeTimings(CliContext? context) => _context = context;

    public static AgreeTimings FromEnvironment(CliContext context) =>
        new(Environment.GetEnvironmentVariable("QCAT_TIMINGS") == "1" ? context : null);

    /// <summary>Prints the time since the previous mark (and since process start for the first one).</summary>
    public void Mark(string stage)
    {
        if (_context is null)
        {
            return;
        }

        var now = _watch.Elapsed;
        if (_last == TimeSpan.Zero)
        {
            var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            _context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: start-up {(sinceStart - now).TotalMilliseconds:F0} ms"));
        }

        // The peak memory so far, to tell which stage sets the run's maximum resident set.
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        _context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {stage} {(now - _last).TotalMilliseconds:F0} ms (peak {peak} MB)"));
        _last = now;
    }
}
