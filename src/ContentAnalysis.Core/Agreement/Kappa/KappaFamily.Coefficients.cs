namespace ContentAnalysis.Core.Agreement;

/// <summary>One method per coefficient.</summary>
public static partial class KappaFamily
{
    /// <summary>Percent agreement p_a (Gwet 2014, eq. 2.19): the mean share of agreeing coder pairs over units rated by two or more coders.</summary>
    public static AgreementEstimate PercentAgreement(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "percent_agreement", (o, opt) => PercentAgreement(o, opt));

    /// <summary>Fleiss' (1971) kappa, generalised to missing ratings and weights by Gwet (2014, ch. 2).</summary>
    public static AgreementEstimate FleissKappa(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "fleiss_kappa", (o, opt) => FleissKappa(o, opt));

    /// <summary>Scott's (1955) pi; with more than two coders Fleiss' (1971) generalisation of it.</summary>
    public static AgreementEstimate ScottPi(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "scott_pi", (o, opt) => ScottPi(data, o, opt));

    /// <summary>Gwet's (2008) AC1.</summary>
    public static AgreementEstimate GwetAc1(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "gwet_ac1", (o, opt) => GwetAc1(o, opt));

    /// <summary>Brennan &amp; Prediger's (1981) coefficient, p_e = 1/q.</summary>
    public static AgreementEstimate BrennanPrediger(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "brennan_prediger", (o, opt) => BrennanPrediger(o, opt, "brennan_prediger", null));

    /// <summary>PABAK (Byrt, Bishop &amp; Carlin 1993), (q·p_o − 1)/(q − 1); equal to Brennan–Prediger.</summary>
    public static AgreementEstimate Pabak(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "pabak", (o, opt) => BrennanPrediger(o, opt, "pabak", PabakNote(opt, data)));

    /// <summary>Conger's (1980) kappa: Cohen's kappa with the coders' own marginals, for any number of coders.</summary>
    public static AgreementEstimate CongerKappa(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "conger_kappa", (o, opt) => CongerKappa(data, o, opt));

    /// <summary>
    /// Cohen's (1960) kappa. With two coders, with standard error; with more, the mean of the
    /// pairwise kappas (Light 1971) without one.
    /// </summary>
    public static AgreementEstimate CohenKappa(ReliabilityData data, KappaOptions? options = null) =>
        Single(data, options, "cohen_kappa", (o, opt) => CohenKappa(data, o, opt));

    /// <summary>Cohen's (1960) kappa of two coders, with standard error, interval and p-value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coder index is out of range or both are equal.</exception>
    public static AgreementEstimate CohenKappa(ReliabilityData data, int coderA, int coderB, KappaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckPair(data, coderA, coderB);
        options = Validate(data, options);
        var counts = RatingCounts.Build(data, [coderA, coderB]);
        var observed = ObservedAgreement.Compute(counts, AgreementWeights.Identity(data.ValueCount));
        return CongerAgreement.Estimate("cohen_kappa", data, observed, options.ConfidenceLevel);
    }

    /// <summary>Gwet's (2014, ch. 3) AC2 with the given weights.</summary>
    public static AgreementEstimate GwetAc2(ReliabilityData data, AgreementWeighting weighting, KappaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options = Validate(data, options);
        return data.CoderCount < 2
            ? AgreementEstimate.Undefined(Ac2Name(weighting), "fewer than two coders")
            : GwetAc2(data, RatingCounts.Build(data), weighting, options);
    }

    internal static void CheckPair(ReliabilityData data, int coderA, int coderB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coderA);
        ArgumentOutOfRangeException.ThrowIfNegative(coderB);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(coderA, data.CoderCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(coderB, data.CoderCount);
        if (coderA == coderB)
        {
            throw new ArgumentOutOfRangeException(nameof(coderB), "A coder pair needs two different coders.");
        }
    }

    private static AgreementEstimate Single(
        ReliabilityData data, KappaOptions? options, string name, Func<ObservedAgreement, KappaOptions, AgreementEstimate> compute)
    {
        ArgumentNullException.ThrowIfNull(data);
        options = Validate(data, options);
        if (data.CoderCount < 2)
        {
            return AgreementEstimate.Undefined(name, "fewer than two coders");
        }

        var counts = RatingCounts.Build(data);
        return compute(ObservedAgreement.Compute(counts, AgreementWeights.Identity(data.ValueCount)), options);
    }

    private static string Ac2Name(AgreementWeighting weighting) => weighting switch
    {
        AgreementWeighting.Linear => "gwet_ac2_linear",
        AgreementWeighting.Quadratic => "gwet_ac2_quadratic",
        AgreementWeighting.Ordinal => "gwet_ac2_ordinal",
        _ => "gwet_ac1",
    };
}
