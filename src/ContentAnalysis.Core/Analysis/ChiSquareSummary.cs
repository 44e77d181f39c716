using System.Text.Json.Serialization;

namespace ContentAnalysis.Core.Analysis;

/// <summary>Pearson's chi-square test of a crosstab, with the Monte-Carlo p-value when expected counts are small.</summary>
/// <param name="Statistic">Pearson's X² (no continuity correction).</param>
/// <param name="Df">Degrees of freedom.</param>
/// <param name="PValue">Asymptotic p-value.</param>
/// <param name="PValueMonteCarlo">Simulated p-value (2,000 tables, seeded), present when some expected count is below 5.</param>
public sealed record ChiSquareSummary(
    double Statistic,
    int Df,
    double PValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PValueMonteCarlo);
