namespace ContentAnalysis.Core.Agreement;

/// <summary>The bootstrap distribution of alpha and what a report reads from it.</summary>
/// <param name="Alpha">The alpha of the data.</param>
/// <param name="CiLow">2.5th percentile of the bootstrap alphas.</param>
/// <param name="CiHigh">97.5th percentile of the bootstrap alphas.</param>
/// <param name="QBelow800">Share of bootstrap alphas below .800.</param>
/// <param name="QBelow667">Share of bootstrap alphas below .667.</param>
/// <param name="StandardError">Standard deviation of the bootstrap alphas.</param>
/// <param name="PairsPerResample">M, the number of pairs of values drawn in each resample (0 for the unit bootstrap).</param>
/// <param name="Alphas">The bootstrap alphas, sorted ascending.</param>
/// <param name="Method">What was resampled.</param>
public sealed record KrippendorffBootstrapResult(
    double Alpha,
    double CiLow,
    double CiHigh,
    double QBelow800,
    double QBelow667,
    double StandardError,
    long PairsPerResample,
    IReadOnlyList<double> Alphas,
    BootstrapMethod Method = BootstrapMethod.Pairs);
