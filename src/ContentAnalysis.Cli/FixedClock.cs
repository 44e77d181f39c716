namespace ContentAnalysis.Cli;

/// <summary>A clock that always reads the same instant, so reports made in tests carry a stable run date.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
