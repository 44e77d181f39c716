namespace ContentAnalysis.Core.Agreement;

/// <summary>Settings of the alpha bootstrap (Hayes &amp; Krippendorff 2007).</summary>
/// <param name="Resamples">The number of bootstrap resamples X; at least 100.</param>
/// <param name="Seed">The seed; the same seed gives the same distribution on any number of threads.</param>
/// <param name="MaxDegreeOfParallelism">Threads to use, or null for all cores.</param>
/// <param name="CapDraws">
/// Whether to cap the pairs drawn per resample at 25 times the number of non-empty cells of the
/// coincidence matrix, as the published algorithm does (the default); false draws every pair.
/// </param>
/// <param name="Method">What is resampled: pairs of values (the default, Hayes &amp; Krippendorff 2007) or units.</param>
public sealed record KrippendorffBootstrapOptions(
    int Resamples = KrippendorffBootstrapOptions.DefaultResamples,
    long Seed = KrippendorffBootstrapOptions.DefaultSeed,
    int? MaxDegreeOfParallelism = null,
    bool CapDraws = true,
    BootstrapMethod Method = BootstrapMethod.Pairs)
{
    /// <summary>The default number of resamples.</summary>
    public const int DefaultResamples = 10_000;

    /// <summary>The fewest resamples the bootstrap accepts.</summary>
    public const int MinimumResamples = 100;

    /// <summary>The default seed, so that unseeded runs are reproducible too.</summary>
    public const long DefaultSeed = 2007;
}
