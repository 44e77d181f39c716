using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// Computes <c>qcat progress</c>: units coded per coder and a running Krippendorff's alpha per
/// dimension over the units in scope — the headline alpha of <c>qcat agree</c> (<see cref="ProjectAgreement"/>:
/// the dimension's level, MASI alpha for multi) with its verdict on the point estimate.
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
        (var keys, coders) = CodingJoin.Align(coders);
        var ordinals = units.Select(keys.FindUnit).ToArray();
        var dimensions = codebook.Dimensions.Select(d => keys.FindDimension(d.Id)).ToArray();
        var progress = new List<CoderProgress>(coders.Count);
        var active = new List<CoderCodings>(coders.Count);
        foreach (var coder in coders)
        {
            progress.Add(Progress(coder, dimensions, ordinals, out var any));
            if (any)
            {
                active.Add(coder);
            }
        }

        IReadOnlyList<DimensionAgreement> agreement = active.Count < 2 ? [] : Alphas(codebook, active, units.ToHashSet(StringComparer.Ordinal));
        return new ProgressReport(scope, units.Count, progress, agreement);
    }

    // any: whether the coder coded some unit in scope on some dimension, of the codebook or not.
    private static CoderProgress Progress(CoderCodings coder, int[] dimensions, int[] units, out bool any)
    {
        var folded = coder.Folded;
        int coded = 0, partial = 0;
        any = false;
        foreach (var unit in units)
        {
            if (unit < 0)
            {
                continue;
            }

            var count = 0;
            foreach (var dimension in dimensions)
            {
                count += folded.Slot(unit, dimension) > 0 ? 1 : 0;
            }

            coded += count == dimensions.Length ? 1 : 0;
            partial += count > 0 && count < dimensions.Length ? 1 : 0;
            any |= count > 0 || folded.HasAny(unit);
        }

        // The three counts split the units in scope, so they add up to its size.
        return new CoderProgress(coder.Coder, coded, partial, units.Length - coded - partial);
    }

    // The same service and headline as qcat agree, without the bootstrap (progress is a quick look).
    private static List<DimensionAgreement> Alphas(Codebook codebook, IReadOnlyList<CoderCodings> coders, IReadOnlySet<string> units)
    {
        var request = new AgreementRequest(codebook, coders)
        {
            Units = units,
            Options = new AgreementOptions { BootstrapResamples = 0, Coefficients = [AgreementAnalyzer.HeadlineAlpha] },
        };
        return [.. codebook.Dimensions.Zip(ProjectAgreement.Compute(request).Results, (dimension, result) =>
        {
            var alpha = result.Report.Find(AgreementAnalyzer.HeadlineAlpha);
            var measure = dimension.Kind == DimensionKind.Multi ? "sets (MASI)" : result.Report.Level.ToString().ToLowerInvariant();
            var note = string.Join("; ", new[] { alpha?.IsDefined == false ? alpha.Note : null, result.Note }.OfType<string>());
            return new DimensionAgreement(dimension.Id, dimension.Kind.ToString().ToLowerInvariant(), measure, result.Report.PairableUnits, alpha?.Value, result.Verdict, note);
        })];
    }
}
