using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Training;

/// <summary>How a trainee's round compares with the reference coding: agreement per dimension and per category, and the categories to revisit.</summary>
/// <param name="Coder">The trainee.</param>
/// <param name="Reference">The reference coder (usually <c>gold</c>).</param>
/// <param name="Units">The units of the round.</param>
/// <param name="Dimensions">Agreement with the reference per dimension (the project's agreement engine, two coders, no bootstrap).</param>
/// <param name="Categories">Agreement with the reference per category (present/absent).</param>
/// <param name="Revisit">Categories the two disagreed on, most disagreements first.</param>
public sealed record TrainingResult(
    string Coder,
    string Reference,
    int Units,
    IReadOnlyList<AgreementResult> Dimensions,
    IReadOnlyList<AgreementResult> Categories,
    IReadOnlyList<RevisitCategory> Revisit)
{
    /// <summary>
    /// Compares <paramref name="trainee"/> with <paramref name="reference"/> on <paramref name="units"/> through
    /// <see cref="ProjectAgreement"/> (the same coefficients and verdicts as <c>qcat agree --coders TRAINEE,gold
    /// --by-category</c>, without a bootstrap), and lists the categories to revisit.
    /// </summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="dimensions">The dimensions of the round.</param>
    /// <param name="trainee">The trainee's codings.</param>
    /// <param name="reference">The reference's codings.</param>
    /// <param name="units">The units of the round, in session order.</param>
    public static TrainingResult Compare(Codebook codebook, IReadOnlyList<Dimension> dimensions, CoderCodings trainee, CoderCodings reference, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(units);
        var request = new AgreementRequest(codebook, [trainee, reference])
        {
            Dimensions = dimensions,
            Units = units.ToHashSet(StringComparer.Ordinal),
            Options = new AgreementOptions { BootstrapResamples = 0 },
            ByCategory = true,
        };
        var results = ProjectAgreement.Compute(request).Results;
        var categories = results.Where(r => r.Report.Subject.Contains('/', StringComparison.Ordinal)).ToList();
        var revisit = dimensions.Where(d => d.IsCategorical)
            .SelectMany(d => Revisits(d, trainee, reference, units, categories))
            .OrderByDescending(r => r.Disagreements)
            .ToList();
        return new TrainingResult(trainee.Coder, reference.Coder, units.Count, [.. results.Except(categories)], categories, revisit);
    }

    /// <summary>The headline alpha of a result (null when undefined).</summary>
    public static double? Alpha(AgreementResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Report.Find(AgreementAnalyzer.HeadlineAlpha)?.Value is { } v && double.IsFinite(v) ? v : null;
    }

    private static IEnumerable<RevisitCategory> Revisits(Dimension dimension, CoderCodings trainee, CoderCodings reference, IReadOnlyList<string> units, IReadOnlyList<AgreementResult> categories)
    {
        foreach (var category in dimension.AllCategories())
        {
            var differing = units.Where(u => Differs(category.Id, trainee.Get(u, dimension.Id), reference.Get(u, dimension.Id))).ToList();
            if (differing.Count > 0)
            {
                var result = categories.FirstOrDefault(r => r.Report.Subject == $"{dimension.Id}/{category.Id}");
                yield return new RevisitCategory(dimension.Id, category.Id, category.Label, category.Definition.Trim(), differing.Count, differing, result is null ? null : Alpha(result));
            }
        }
    }

    // Only units both coded with a value count: a unit left uncoded on purpose is missing data, as in agreement.
    private static bool Differs(string category, CodingValue? a, CodingValue? b) =>
        a is not null && b is not null
        && !ReservedValues.IsMissing(a.Values, categorical: true) && !ReservedValues.IsMissing(b.Values, categorical: true)
        && a.Values.Contains(category) != b.Values.Contains(category);
}
