namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Computes the full set of agreement coefficients for one reliability data set: the kappa family
/// (Gwet 2014) and Krippendorff's alpha at the chosen level plus every level the data allow.
/// </summary>
public static class AgreementAnalyzer
{
    /// <summary>The name of alpha at the level the caller chose.</summary>
    public const string HeadlineAlpha = "krippendorff_alpha";

    private static readonly string[] AlphaLevels =
    [
        KrippendorffAlpha.NameFor(LevelOfMeasurement.Nominal),
        KrippendorffAlpha.NameFor(LevelOfMeasurement.Ordinal),
        KrippendorffAlpha.NameFor(LevelOfMeasurement.Interval),
        KrippendorffAlpha.NameFor(LevelOfMeasurement.Ratio),
    ];

    /// <summary>Every coefficient name, in report order.</summary>
    public static IReadOnlyList<string> AllNames { get; } =
    [
        .. KappaFamily.Names.Take(5), HeadlineAlpha, .. AlphaLevels, .. KappaFamily.Names.Skip(5),
    ];

    /// <summary>Computes the coefficients for <paramref name="data"/>.</summary>
    /// <param name="subject">What the data measure (dimension, category or file), for the report.</param>
    /// <param name="data">The reliability data.</param>
    /// <param name="level">The level of measurement of the headline alpha and of Gwet's AC2 weights.</param>
    /// <param name="options">Bootstrap, category count and selection.</param>
    /// <param name="progress">Bootstrap progress from 0 to 1.</param>
    /// <param name="cancellationToken">Cancels the bootstrap.</param>
    /// <exception cref="ArgumentException">Interval or ratio level on data that are not numbers.</exception>
    public static AgreementReport Analyze(
        string subject,
        ReliabilityData data,
        LevelOfMeasurement level,
        AgreementOptions options,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        bool Wanted(string name) => options.Coefficients is null || options.Coefficients.Contains(name);

        // The per-unit value counts are the same at every level: built once for the headline and the four levels,
        // grouped by unit profile where the data allow (the kappa family's count table shares the grouping).
        UnitValueCounts? built = null;
        UnitValueCounts Counts() => built ??= UnitValueCounts.Shared(data);

        var kappaOptions = new KappaOptions { CategoryCount = options.CategoryCount, Level = level, AllCoderPairs = options.Coefficients?.Contains("cohen_kappa") == true };
        var kappa = KappaFamily.ComputeAll(data, kappaOptions).ToDictionary(e => e.Name, StringComparer.Ordinal);
        var estimates = new Dictionary<string, AgreementEstimate>(kappa, StringComparer.Ordinal);

        // Alpha at each level is computed once: the headline without a bootstrap is the chosen level's alpha renamed.
        var atLevel = new Dictionary<LevelOfMeasurement, AgreementEstimate>();
        AgreementEstimate Alpha(LevelOfMeasurement at) =>
            atLevel.TryGetValue(at, out var known) ? known : atLevel[at] = KrippendorffAlpha.Compute(data, at, Counts());

        if (Wanted(HeadlineAlpha))
        {
            var headline = options.BootstrapResamples > 0
                ? KrippendorffBootstrap.Estimate(data, level, new KrippendorffBootstrapOptions(options.BootstrapResamples, options.Seed, Method: options.BootstrapMethod), progress, cancellationToken)
                : Alpha(level);
            var method = headline.CiLow is null ? null : KrippendorffBootstrap.Describe(options.BootstrapMethod);
            headline = headline with { Note = Join(Join($"level: {level.ToString().ToLowerInvariant()}", method), headline.Note) };
            estimates[HeadlineAlpha] = headline with { Name = HeadlineAlpha };
        }

        foreach (var other in Enum.GetValues<LevelOfMeasurement>())
        {
            var name = KrippendorffAlpha.NameFor(other);
            // Only the levels the data allow are listed: labels have no ordinal alpha unless ordered, and so on.
            if (Wanted(name) && Allows(data, other, options.ValuesOrdered) is null)
            {
                estimates[name] = Alpha(other);
            }
        }

        var coefficients = AllNames.Where(n => Wanted(n) && estimates.ContainsKey(n)).Select(n => estimates[n]).ToList();
        var pairable = built?.PairableUnits ?? AgreementReport.CountPairable(data);
        return new AgreementReport(subject, data.UnitCount, pairable, data.Coders, level, coefficients);
    }

    /// <summary>Null when alpha at <paramref name="level"/> is meaningful for the data, else why not.</summary>
    public static string? Allows(ReliabilityData data, LevelOfMeasurement level, bool valuesOrdered)
    {
        ArgumentNullException.ThrowIfNull(data);
        var numbers = data.NumericValues;
        return level switch
        {
            LevelOfMeasurement.Nominal => null,
            LevelOfMeasurement.Ordinal when numbers is null && !valuesOrdered => "the values are labels without a given order",
            LevelOfMeasurement.Interval when numbers is null => "the values are not numbers",
            LevelOfMeasurement.Ratio when numbers is null => "the values are not numbers",
            LevelOfMeasurement.Ratio when numbers!.Any(v => v < 0) => "ratio data cannot be negative",
            _ => null,
        };
    }

    private static string Join(string first, string? second) => second is null ? first : first + "; " + second;
}
