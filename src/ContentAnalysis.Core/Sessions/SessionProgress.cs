namespace ContentAnalysis.Core.Sessions;

/// <summary>How far the session has come.</summary>
/// <param name="Done">Units with every session dimension decided.</param>
/// <param name="Total">Units in the session.</param>
/// <param name="Remaining">Estimated time left from this session's pace, or null before the first unit is done.</param>
public sealed record SessionProgress(int Done, int Total, TimeSpan? Remaining)
{
    /// <summary>Percentage done, 0–100.</summary>
    public double Percent => Total == 0 ? 100 : 100.0 * Done / Total;
}
