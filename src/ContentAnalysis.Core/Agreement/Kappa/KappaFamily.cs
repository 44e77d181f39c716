namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The kappa family of chance-corrected agreement coefficients over a <see cref="ReliabilityData"/>
/// matrix, with Gwet's (2014) treatment of missing ratings and his standard errors, 95% t intervals
/// and p-values (matching the irrCAC R package). Formulas: <c>docs/agreement-kappa.md</c>.
/// </summary>
public static partial class KappaFamily
{
    /// <summary>The names <see cref="ComputeAll"/> returns, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "percent_agreement", "cohen_kappa", "conger_kappa", "scott_pi", "fleiss_kappa", "gwet_ac1",
        "gwet_ac2_linear", "gwet_ac2_quadratic", "gwet_ac2_ordinal", "brennan_prediger", "pabak",
    ];

    /// <summary>Above this many coders the mean of the pairwise Cohen's kappas is computed only when asked for.</summary>
    public const int PairwiseCoderLimit = 100;

    /// <summary>Above this many distinct values the family (which compares categories) is not computed.</summary>
    public const int ValueLimit = 1000;

    /// <summary>Above this many units × distinct values the family's count table (4 bytes a cell) is not built.</summary>
    public const long CountCellLimit = 20_000_000;

    /// <summary>From this many units the pairwise pass runs on its own thread beside the others.</summary>
    internal const int ConcurrentFromUnits = 100_000;

    /// <summary>
    /// Computes every coefficient of the family in the order of <see cref="Names"/>. Undefined
    /// coefficients carry the reason in <see cref="AgreementEstimate.Note"/>; nothing is NaN.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range (see <see cref="KappaOptions"/>).</exception>
    public static IReadOnlyList<AgreementEstimate> ComputeAll(ReliabilityData data, KappaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options = Validate(data, options);
        if (data.CoderCount < 2)
        {
            return [.. Names.Select(n => AgreementEstimate.Undefined(n, "fewer than two coders"))];
        }

        if (data.ValueCount > ValueLimit || (long)data.UnitCount * data.ValueCount > CountCellLimit)
        {
            // Continuous ratings: the count table is units × values and the weights values × values (issue 14).
            var reason = FormattableString.Invariant(
                $"{data.ValueCount} distinct values: the kappa family compares categories and is computed up to {ValueLimit} values and {CountCellLimit:N0} units × values; Krippendorff's alpha covers scales");
            return [.. Names.Select(n => AgreementEstimate.Undefined(n, reason))];
        }

        // Cohen's pass over the rows needs nothing else, so on a large matrix it runs beside the counting and Conger's pass.
        var pairs = data.CoderCount > 2 && data.UnitCount >= ConcurrentFromUnits && (data.CoderCount <= PairwiseCoderLimit || options.AllCoderPairs)
            ? Task.Run(() => PairwiseAgreement.Compute(data))
            : null;
        var counts = RatingCounts.Build(data);
        var observed = ObservedAgreement.Compute(counts, AgreementWeights.Identity(data.ValueCount));
        var conger = CongerKappa(data, observed, options);
        return
        [
            PercentAgreement(observed, options),
            CohenKappa(data, observed, options, pairs),
            conger,
            ScottPi(data, observed, options),
            FleissKappa(observed, options),
            GwetAc1(observed, options),
            GwetAc2(data, counts, AgreementWeighting.Linear, options),
            GwetAc2(data, counts, AgreementWeighting.Quadratic, options),
            GwetAc2(data, counts, AgreementWeighting.Ordinal, options),
            BrennanPrediger(observed, options, "brennan_prediger", null),
            BrennanPrediger(observed, options, "pabak", PabakNote(options, data)),
        ];
    }

    private static KappaOptions Validate(ReliabilityData data, KappaOptions? options)
    {
        options ??= KappaOptions.Default;
        if (options.CategoryCount is { } q && q < data.ValueCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), $"CategoryCount {q} is smaller than the {data.ValueCount} distinct values in the data.");
        }

        if (options.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ConfidenceLevel must lie strictly between 0 and 1.");
        }

        return options;
    }

    private static int ChanceCategories(ObservedAgreement observed, KappaOptions options) =>
        options.CategoryCount ?? observed.Counts.CategoryCount;

    private static string PabakNote(KappaOptions options, ReliabilityData data) =>
        (options.CategoryCount ?? data.ValueCount) == 2
            ? "Byrt, Bishop & Carlin (1993): 2·p_o − 1"
            : "(q·p_o − 1)/(q − 1), Byrt et al.'s PABAK generalised to q categories: equals brennan_prediger";
}
