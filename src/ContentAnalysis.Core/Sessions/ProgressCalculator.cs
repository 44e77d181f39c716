using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// Computes <c>qcat progress</c>: units coded per coder and a running Krippendorff's alpha per
/// dimension over the units in scope — nominal for single, ordinal or interval for scales, and for
/// multi the mean of the per-category binary (nominal) alphas.
/// </summary>
public static class ProgressCalculator
{
    /// <summary>Computes progress over <paramref name="units"/> (in corpus order).</summary>
    /// <param name="scope">The sample name or <c>all</c>, echoed in the report.</param>
    /// <param name="codebook">The codebook whose dimensions are counted.</param>
    /// <param name="coders">Every coder's folded journal.</param>
    /// <param name="units">The unit ids in scope.</param>
    public static ProgressReport Compute(string scope, Codebook codebook, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(coders);
        ArgumentNullException.ThrowIfNull(units);
        var inScope = units.ToHashSet(StringComparer.Ordinal);
        var scoped = coders.Select(c => Restrict(c, inScope)).ToList();
        var progress = scoped.Select(c => Progress(c, codebook, units)).ToList();
        var active = scoped.Where(c => c.Count > 0).ToList();
        IReadOnlyList<DimensionAgreement> agreement = active.Count < 2
            ? []
            : [.. codebook.Dimensions.Select(d => Alpha(d, active, units))];
        return new ProgressReport(scope, units.Count, progress, agreement);
    }

    private static CoderProgress Progress(CoderCodings coder, Codebook codebook, IReadOnlyList<string> units)
    {
        int coded = 0, partial = 0;
        foreach (var unit in units)
        {
            var decided = coder.Of(unit);
            var count = codebook.Dimensions.Count(d => decided.ContainsKey(d.Id));
            coded += count == codebook.Dimensions.Count ? 1 : 0;
            partial += count > 0 && count < codebook.Dimensions.Count ? 1 : 0;
        }

        // The three counts split the units in scope, so they add up to its size.
        return new CoderProgress(coder.Coder, coded, partial, units.Count - coded - partial);
    }

    private static DimensionAgreement Alpha(Dimension dimension, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string> units)
    {
        var kind = dimension.Kind.ToString().ToLowerInvariant();
        if (dimension.Kind == DimensionKind.Multi)
        {
            var perCategory = dimension.AllCategories()
                .Select(c => KrippendorffAlpha.Compute(CodingMatrixBuilder.ForCategory(dimension, c.Id, coders, units), LevelOfMeasurement.Nominal))
                .ToList();
            var defined = perCategory.Where(e => e.IsDefined).Select(e => e.Value!.Value).ToList();
            var pairableMulti = Pairable(dimension, coders, units);
            return defined.Count == 0
                ? new DimensionAgreement(dimension.Id, kind, "krippendorff_alpha_nominal", pairableMulti, null, "undefined for every category (too few pairable units or no variation)")
                : new DimensionAgreement(dimension.Id, kind, "krippendorff_alpha_nominal", pairableMulti, defined.Average(), $"mean of {defined.Count} of {perCategory.Count} per-category binary alphas");
        }

        var level = dimension.Kind switch
        {
            DimensionKind.Ordinal => LevelOfMeasurement.Ordinal,
            DimensionKind.Interval => LevelOfMeasurement.Interval,
            _ => LevelOfMeasurement.Nominal,
        };
        var estimate = KrippendorffAlpha.Compute(CodingMatrixBuilder.ForDimension(dimension, coders, units), level);
        return new DimensionAgreement(dimension.Id, kind, estimate.Name, Pairable(dimension, coders, units), estimate.Value, estimate.Note ?? string.Empty);
    }

    // Units coded (with a value: not "uncoded", nor "none" on a scale) by at least two coders.
    private static int Pairable(Dimension dimension, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string> units) =>
        units.Count(u => coders.Count(c => c.Get(u, dimension.Id) is { } v && !ReservedValues.IsMissing(v.Values, dimension.IsCategorical)) >= 2);

    private static CoderCodings Restrict(CoderCodings coder, HashSet<string> units)
    {
        var kept = coder.Units
            .Where(u => units.Contains(u.Key))
            .ToDictionary(u => u.Key, u => u.Value.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        return new CoderCodings(coder.Coder, coder.JournalFile, kept, coder.Diagnostics);
    }
}
