namespace ContentAnalysis.Core.Agreement;

/// <summary>Weighted versions of the coefficients whose literature defines them.</summary>
public static partial class KappaFamily
{
    /// <summary>
    /// The weighted coefficients for one weight scheme, in this order: weighted percent agreement,
    /// weighted Cohen's kappa (Cohen 1968; two coders only, else undefined), weighted Conger's kappa,
    /// weighted Fleiss' kappa, Gwet's AC2 and weighted Brennan–Prediger (Gwet 2014, ch. 3). Names carry
    /// the scheme as a suffix, e.g. <c>fleiss_kappa_quadratic</c>, <c>gwet_ac2_linear</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range, or the weighting is <see cref="AgreementWeighting.Identity"/>.</exception>
    public static IReadOnlyList<AgreementEstimate> ComputeWeighted(
        ReliabilityData data, AgreementWeighting weighting, KappaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (weighting == AgreementWeighting.Identity)
        {
            throw new ArgumentOutOfRangeException(nameof(weighting), "Use ComputeAll for the unweighted coefficients.");
        }

        options = Validate(data, options);
        var suffix = "_" + weighting.ToString().ToLowerInvariant();
        string[] names =
        [
            "percent_agreement" + suffix, "cohen_kappa" + suffix, "conger_kappa" + suffix,
            "fleiss_kappa" + suffix, Ac2Name(weighting), "brennan_prediger" + suffix,
        ];
        var reason = data.CoderCount < 2 ? "fewer than two coders"
            : options.Level == LevelOfMeasurement.Nominal ? "weighted coefficients need ordered values; the data are nominal"
            : null;
        if (reason is not null)
        {
            return [.. names.Select(n => AgreementEstimate.Undefined(n, reason))];
        }

        var counts = RatingCounts.Build(data);
        var observed = ObservedAgreement.Compute(counts, AgreementWeights.For(weighting, data));
        var q = counts.CategoryCount;
        var level = options.ConfidenceLevel;
        return
        [
            ChanceCorrectedAgreement.Estimate(names[0], observed, ChanceModel.None, 0, level),
            data.CoderCount == 2
                ? CongerAgreement.Estimate(names[1], data, observed, level)
                : AgreementEstimate.Undefined(names[1], "weighted Cohen's kappa needs exactly two coders; see " + names[2]),
            CongerAgreement.Estimate(names[2], data, observed, level),
            ChanceCorrectedAgreement.Estimate(names[3], observed, ChanceModel.Fleiss, q, level),
            ChanceCorrectedAgreement.Estimate(names[4], observed, ChanceModel.Gwet, q, level),
            ChanceCorrectedAgreement.Estimate(names[5], observed, ChanceModel.Uniform, q, level),
        ];
    }
}
