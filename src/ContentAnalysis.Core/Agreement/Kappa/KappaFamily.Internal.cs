namespace ContentAnalysis.Core.Agreement;

/// <summary>The coefficients computed from a shared count table.</summary>
public static partial class KappaFamily
{
    private static AgreementEstimate PercentAgreement(ObservedAgreement observed, KappaOptions options) =>
        ChanceCorrectedAgreement.Estimate("percent_agreement", observed, ChanceModel.None, 0, options.ConfidenceLevel);

    private static AgreementEstimate FleissKappa(ObservedAgreement observed, KappaOptions options) =>
        ChanceCorrectedAgreement.Estimate(
            "fleiss_kappa", observed, ChanceModel.Fleiss, observed.Counts.CategoryCount, options.ConfidenceLevel);

    private static AgreementEstimate ScottPi(ReliabilityData data, ObservedAgreement observed, KappaOptions options) =>
        ChanceCorrectedAgreement.Estimate(
            "scott_pi",
            observed,
            ChanceModel.Fleiss,
            observed.Counts.CategoryCount,
            options.ConfidenceLevel,
            data.CoderCount > 2 ? "Fleiss' (1971) generalisation to more than two coders: equals fleiss_kappa" : null);

    private static AgreementEstimate GwetAc1(ObservedAgreement observed, KappaOptions options) =>
        ChanceCorrectedAgreement.Estimate(
            "gwet_ac1", observed, ChanceModel.Gwet, ChanceCategories(observed, options), options.ConfidenceLevel);

    private static AgreementEstimate BrennanPrediger(ObservedAgreement observed, KappaOptions options, string name, string? note) =>
        ChanceCorrectedAgreement.Estimate(
            name, observed, ChanceModel.Uniform, ChanceCategories(observed, options), options.ConfidenceLevel, note);

    private static AgreementEstimate CongerKappa(ReliabilityData data, ObservedAgreement observed, KappaOptions options) =>
        CongerAgreement.Estimate(
            "conger_kappa",
            data,
            observed,
            options.ConfidenceLevel,
            data.CoderCount == 2 ? "with two coders Conger's kappa is Cohen's kappa" : null);

    private static AgreementEstimate CohenKappa(ReliabilityData data, ObservedAgreement observed, KappaOptions options, Task<PairwiseAgreement>? computing = null)
    {
        if (data.CoderCount == 2)
        {
            return CongerAgreement.Estimate("cohen_kappa", data, observed, options.ConfidenceLevel);
        }

        if (data.CoderCount > PairwiseCoderLimit && !options.AllCoderPairs)
        {
            return AgreementEstimate.Undefined(
                "cohen_kappa",
                FormattableString.Invariant($"{data.CoderCount} coders: the mean of all {(long)data.CoderCount * (data.CoderCount - 1) / 2:N0} pairwise Cohen's kappas is computed above {PairwiseCoderLimit} coders only when cohen_kappa is asked for by name; see conger_kappa"));
        }

        var pairs = (computing?.Result ?? PairwiseAgreement.Compute(data)).Pairs;
        var kappas = pairs.Where(p => p.CohenKappa.HasValue).Select(p => p.CohenKappa!.Value).ToList();
        return kappas.Count == 0
            ? AgreementEstimate.Undefined("cohen_kappa", "no coder pair has a defined Cohen's kappa")
            : new AgreementEstimate(
                "cohen_kappa",
                kappas.Average(),
                Note: $"mean of {kappas.Count} of {pairs.Count} pairwise Cohen's kappas (Light 1971); no standard error; see conger_kappa");
    }

    private static AgreementEstimate GwetAc2(ReliabilityData data, RatingCounts counts, AgreementWeighting weighting, KappaOptions options)
    {
        var name = Ac2Name(weighting);
        if (options.Level == LevelOfMeasurement.Nominal)
        {
            return AgreementEstimate.Undefined(name, "weighted coefficients need ordered values; the data are nominal");
        }

        var observed = ObservedAgreement.Compute(counts, AgreementWeights.For(weighting, data));
        return ChanceCorrectedAgreement.Estimate(name, observed, ChanceModel.Gwet, counts.CategoryCount, options.ConfidenceLevel);
    }
}
