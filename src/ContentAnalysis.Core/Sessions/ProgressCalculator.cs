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
        var inScope = units.ToHashSet(StringComparer.Ordinal);
        var scoped = coders.Select(c => Restrict(c, inScope)).ToList();
        var progress = scoped.Select(c => Progress(c, codebook, units)).ToList();
        var active = scoped.Where(c => c.Count > 0).ToList();
        IReadOnlyList<DimensionAgreement> agreement = active.Count < 2 ? [] : Alphas(codebook, active, inScope);
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

    private static CoderCodings Restrict(CoderCodings coder, HashSet<string> units)
    {
        var kept = coder.Units
            .Where(u => units.Contains(u.Key))
            .ToDictionary(u => u.Key, u => u.Value.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        return new CoderCodings(coder.Coder, coder.JournalFile, kept, coder.Diagnostics);
    }
}
