namespace ContentAnalysis.Core.Agreement;

/// <summary>Where agreement breaks down: coder pairs, alpha without each coder, prevalence, and the disagreeing units.</summary>
/// <param name="Pairwise">Percent agreement and Cohen's kappa for every coder pair.</param>
/// <param name="LeaveOneCoderOut">Alpha at the report's level with each coder removed (who drags reliability down).</param>
/// <param name="Prevalence">Share of all ratings per value.</param>
/// <param name="Disagreements">Units whose coders gave different values.</param>
/// <param name="Coincidences">Krippendorff's coincidence matrix of the pairable values.</param>
/// <param name="Confusions">The confusion matrix of every coder pair (rows: the first coder's values).</param>
public sealed record AgreementDetails(
    CoincidenceMatrix Coincidences,
    IReadOnlyList<ConfusionMatrix> Confusions,
    PairwiseAgreement Pairwise,
    IReadOnlyDictionary<string, AgreementEstimate> LeaveOneCoderOut,
    IReadOnlyList<CategoryPrevalence> Prevalence,
    IReadOnlyList<KrippendorffUnitDisagreement> Disagreements)
{
    /// <summary>Computes every diagnostic for <paramref name="data"/>.</summary>
    public static AgreementDetails Compute(ReliabilityData data, LevelOfMeasurement level) => new(
        KrippendorffAlpha.Analyze(data, level).Coincidences,
        [.. Enumerable.Range(0, data.CoderCount).SelectMany(a => Enumerable.Range(a + 1, data.CoderCount - a - 1).Select(b => ConfusionMatrix.Build(data, a, b)))],
        PairwiseAgreement.Compute(data),
        KrippendorffAlpha.LeaveOneCoderOut(data, level),
        CategoryPrevalence.Of(data),
        KrippendorffAlpha.Disagreements(data));
}
