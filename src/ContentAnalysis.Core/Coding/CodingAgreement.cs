using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// Agreement for a project's dimensions: turns folded codings into reliability data per dimension
/// (whole sets for multi dimensions, with MASI alpha as the headline) and per category (present/absent).
/// </summary>
public static class CodingAgreement
{
    /// <summary>The level of measurement a dimension's kind implies.</summary>
    public static LevelOfMeasurement LevelOf(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return dimension.Kind switch
        {
            DimensionKind.Ordinal => LevelOfMeasurement.Ordinal,
            DimensionKind.Interval => LevelOfMeasurement.Interval,
            _ => LevelOfMeasurement.Nominal,
        };
    }

    /// <summary>
    /// The number of values a single dimension's coders choose from (q of Brennan–Prediger, PABAK and AC1): its categories
    /// and <c>none</c>, which on a category dimension is a decision coders agree or disagree on, required or not.
    /// </summary>
    internal static int CategoryCount(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return dimension.AllCategories().Count() + 1;
    }

    /// <summary>
    /// The report of one dimension. Single and scale dimensions: every coefficient. Multi dimensions: the
    /// kappa family and nominal alpha over whole sets (exact match), with <c>krippendorff_alpha</c> =
    /// MASI alpha (Passonneau 2006) and the MASI and Jaccard alphas listed.
    /// </summary>
    /// <param name="codebook">The codebook (its category count feeds Brennan–Prediger).</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="coders">Each selected coder's codings.</param>
    /// <param name="options">Bootstrap and selection.</param>
    /// <param name="level">Overrides the level the dimension's kind implies.</param>
    /// <param name="units">Only these units (a reliability sample), or null for all coded units.</param>
    /// <param name="progress">Bootstrap progress.</param>
    /// <param name="cancellationToken">Cancels the bootstrap.</param>
    public static AgreementReport ForDimension(
        Codebook codebook,
        Dimension dimension,
        IReadOnlyList<CoderCodings> coders,
        AgreementOptions options,
        LevelOfMeasurement? level = null,
        IReadOnlySet<string>? units = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(options);
        var chosen = level ?? LevelOf(dimension);
        var categoryOptions = options with
        {
            ValuesOrdered = !dimension.IsCategorical,
            CategoryCount = dimension.Kind == DimensionKind.Single ? CategoryCount(dimension) : null,
        };
        if (dimension.Kind != DimensionKind.Multi)
        {
            var data = CodingMatrixBuilder.ForDimension(dimension, coders, null, units);

            // A damaged journal can hold categories the codebook lacks (qcat check names them): q is then the values seen.
            categoryOptions = categoryOptions.CategoryCount < data.Values.Count ? categoryOptions with { CategoryCount = data.Values.Count } : categoryOptions;
            return AgreementAnalyzer.Analyze(dimension.Id, data, chosen, categoryOptions, progress, cancellationToken);
        }

        var sets = SetsOf(dimension, coders, units);
        var exact = AgreementAnalyzer.Analyze(dimension.Id, SetLabels(sets), LevelOfMeasurement.Nominal, categoryOptions with { BootstrapResamples = 0, CategoryCount = null }, null, cancellationToken);
        var masi = KrippendorffSetAlpha.Analyze(sets, SetDistanceKind.Masi);
        var headline = masi.Estimate;
        if (options.BootstrapResamples > 0 && KrippendorffBootstrap.Run(masi, new KrippendorffBootstrapOptions(options.BootstrapResamples, options.Seed), progress, cancellationToken) is { } boot)
        {
            headline = headline with { StandardError = boot.StandardError, CiLow = boot.CiLow, CiHigh = boot.CiHigh, QBelow800 = boot.QBelow800, QBelow667 = boot.QBelow667 };
        }

        var coefficients = exact.Coefficients
            .Select(c => c.Name == AgreementAnalyzer.HeadlineAlpha ? headline with { Name = AgreementAnalyzer.HeadlineAlpha, Note = "MASI distance over category sets" } : c)
            .Append(headline)
            .Append(KrippendorffSetAlpha.Compute(sets, SetDistanceKind.Jaccard))
            .Where(c => options.Coefficients is null || options.Coefficients.Contains(c.Name))
            .ToList();
        return exact with { Coefficients = coefficients, Level = LevelOfMeasurement.Nominal };
    }

    /// <summary>
    /// The diagnostics of one dimension (coincidence and confusion matrices, coder pairs, alpha without each
    /// coder, prevalence, disagreeing units) over the same units as <see cref="ForDimension"/>. A multi
    /// dimension's values are whole category sets (<c>a;b</c>), compared for exact match.
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="coders">Each selected coder's codings.</param>
    /// <param name="level">Overrides the level the dimension's kind implies (multi: always nominal).</param>
    /// <param name="units">Only these units, or null for all coded units.</param>
    public static AgreementDetails DetailsFor(Dimension dimension, IReadOnlyList<CoderCodings> coders, LevelOfMeasurement? level = null, IReadOnlySet<string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return dimension.Kind == DimensionKind.Multi
            ? AgreementDetails.Compute(SetLabels(SetsOf(dimension, coders, units)), LevelOfMeasurement.Nominal)
            : AgreementDetails.Compute(CodingMatrixBuilder.ForDimension(dimension, coders, null, units), level ?? LevelOf(dimension));
    }

    /// <summary>One present/absent report per category of a single or multi dimension (subject <c>dimension/category</c>).</summary>
    public static IEnumerable<AgreementReport> ForCategories(
        Dimension dimension,
        IReadOnlyList<CoderCodings> coders,
        AgreementOptions options,
        IReadOnlySet<string>? units = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        foreach (var category in dimension.AllCategories())
        {
            var data = Restrict(CodingMatrixBuilder.ForCategory(dimension, category.Id, coders), units);
            yield return AgreementAnalyzer.Analyze($"{dimension.Id}/{category.Id}", data, LevelOfMeasurement.Nominal, options with { CategoryCount = 2 }, null, cancellationToken);
        }
    }

    /// <summary>The set-valued reliability data of a multi dimension; <c>none</c> is the empty set.</summary>
    public static SetReliabilityData SetsOf(Dimension dimension, IReadOnlyList<CoderCodings> coders, IReadOnlySet<string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(coders);
        var unitIds = coders.SelectMany(c => c.Units.Where(u => u.Value.ContainsKey(dimension.Id)).Select(u => u.Key))
            .Where(u => units is null || units.Contains(u))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = unitIds.Select(unit => (IReadOnlyList<IReadOnlyCollection<string>?>)[.. coders.Select(c => c.Get(unit, dimension.Id) is { } value && !ReservedValues.IsMissing(value.Values, categorical: true)
            ? (IReadOnlyCollection<string>)[.. value.Values.Where(v => v != ReservedValues.None)]
            : null)]).ToList();
        return SetReliabilityData.FromLabels(unitIds, [.. coders.Select(c => c.Coder)], rows, [.. dimension.AllCategories().Select(c => c.Id)]);
    }

    private static ReliabilityData SetLabels(SetReliabilityData sets)
    {
        var rows = new List<IReadOnlyList<string?>>(sets.UnitCount);
        for (var u = 0; u < sets.UnitCount; u++)
        {
            var row = new string?[sets.CoderCount];
            for (var c = 0; c < sets.CoderCount; c++)
            {
                row[c] = sets[u, c] is { } set
                    ? (set.Count == 0 ? ReservedValues.None : string.Join(";", set.Order().Select(i => sets.Categories[i])))
                    : null;
            }

            rows.Add(row);
        }

        return ReliabilityData.FromLabels(sets.UnitIds, sets.Coders, rows);
    }

    private static ReliabilityData Restrict(ReliabilityData data, IReadOnlySet<string>? units)
    {
        if (units is null)
        {
            return data;
        }

        var keep = Enumerable.Range(0, data.UnitCount).Where(u => units.Contains(data.UnitIds[u])).ToList();
        var cells = new int[keep.Count * data.CoderCount];
        for (var i = 0; i < keep.Count; i++)
        {
            data.Row(keep[i]).CopyTo(cells.AsSpan(i * data.CoderCount, data.CoderCount));
        }

        return new ReliabilityData([.. keep.Select(u => data.UnitIds[u])], data.Coders, data.Values, cells, data.NumericValues?.ToArray());
    }
}
