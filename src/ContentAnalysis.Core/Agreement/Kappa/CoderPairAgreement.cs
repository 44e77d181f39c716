namespace ContentAnalysis.Core.Agreement;

/// <summary>Agreement of one pair of coders.</summary>
/// <param name="CoderA">The first coder.</param>
/// <param name="CoderB">The second coder.</param>
/// <param name="SharedUnits">The number of units both coded.</param>
/// <param name="PercentAgreement">The share of shared units with the same value; null when they share none.</param>
/// <param name="CohenKappa">Cohen's kappa with each coder's marginals over all the units that coder rated; null when undefined.</param>
public sealed record CoderPairAgreement(
    string CoderA,
    string CoderB,
    int SharedUnits,
    double? PercentAgreement,
    double? CohenKappa);
