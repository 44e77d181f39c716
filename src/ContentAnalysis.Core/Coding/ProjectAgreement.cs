using System.Globalization;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// Agreement over a project: the one service behind <c>qcat agree</c>, <c>progress</c>, <c>demo</c> and the
/// reports, so all of them show the same headline alpha and the same <see cref="ReliabilityVerdict"/> per dimension.
/// The headline is <see cref="CodingAgreement.ForDimension"/>'s: alpha at the dimension's level, MASI alpha for multi.
/// </summary>
public static class ProjectAgreement
{
    /// <summary>Computes one result per dimension (followed by its categories when asked for).</summary>
    /// <param name="request">What to compute.</param>
    /// <param name="progress">Progress from 0 to 1 over the dimensions.</param>
    /// <param name="cancellationToken">Cancels the bootstrap.</param>
    public static AgreementResultSet Compute(AgreementRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options;
        var dimensions = request.Dimensions ?? request.Codebook.Dimensions;
        var (keys, coders) = CodingJoin.Align(request.Coders);
        request = request with { Coders = coders };
        var units = UnitsMeasured(request, keys);
        var coded = CodedByTwo(keys, coders, units);
        var results = new List<AgreementResult>();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var dimension = dimensions[i];
            var step = progress is null ? null : new Progress<double>(f => progress.Report((i + f) / dimensions.Count));
            var report = CodingAgreement.ForDimension(request.Codebook, dimension, request.Coders, options, request.Level, units, step, cancellationToken);
            var details = request.Details ? CodingAgreement.DetailsFor(dimension, request.Coders, request.Level, units) : null;
            results.Add(AgreementResult.Of(report, options.Significance, details, MissingNote(dimension, coded, report.PairableUnits)));
            if (request.ByCategory && dimension.IsCategorical)
            {
                results.AddRange(CodingAgreement.ForCategories(dimension, request.Coders, options, units, cancellationToken)
                    .Select(r => AgreementResult.Of(r, options.Significance)));
            }
        }

        return new AgreementResultSet(results, options.BootstrapResamples, options.Seed, options.Significance) { BootstrapMethod = options.BootstrapMethod };
    }

    // Excluded units (captions, bylines) never count: the sample, or every coded unit, without them.
    private static IReadOnlySet<string>? UnitsMeasured(AgreementRequest request, CodingKeys keys)
    {
        if (request.ExcludedUnits is not { Count: > 0 } excluded)
        {
            return request.Units;
        }

        if (request.Units is { } units)
        {
            return units.Where(u => !excluded.Contains(u)).ToHashSet(StringComparer.Ordinal);
        }

        var measured = new HashSet<string>(StringComparer.Ordinal);
        for (var u = 0; u < keys.UnitCount; u++)
        {
            if (!excluded.Contains(keys.UnitId(u)) && request.Coders.Any(c => c.Folded.HasAny(u)))
            {
                measured.Add(keys.UnitId(u));
            }
        }

        return measured;
    }

    // Units that two coders or more coded on some dimension: the most a dimension can pair.
    private static int CodedByTwo(CodingKeys keys, IReadOnlyList<CoderCodings> coders, IReadOnlySet<string>? units)
    {
        var filter = CodingJoin.Filter(keys, units);
        var count = 0;
        for (var u = 0; u < keys.UnitCount; u++)
        {
            if (!CodingJoin.Passes(filter, u))
            {
                continue;
            }

            var coding = 0;
            for (var c = 0; c < coders.Count && coding < 2; c++)
            {
                coding += coders[c].Folded.HasAny(u) ? 1 : 0;
            }

            count += coding >= 2 ? 1 : 0;
        }

        return count;
    }

    private static string? MissingNote(Dimension dimension, int coded, int pairable)
    {
        var missing = coded - pairable;
        if (missing <= 0)
        {
            return null;
        }

        // An optional dimension may be left uncoded; a required one lacks values because coding is unfinished.
        return dimension.Required
            ? string.Create(CultureInfo.InvariantCulture, $"{missing} of the {coded} units that two coders coded lack values on this dimension from two coders (coding unfinished)")
            : string.Create(CultureInfo.InvariantCulture, $"optional dimension, left uncoded on {missing} of the {coded} units that two coders coded");
    }
}
