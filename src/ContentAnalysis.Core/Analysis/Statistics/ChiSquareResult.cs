namespace ContentAnalysis.Core.Analysis;

/// <summary>A chi-square test: the statistic, its degrees of freedom and the asymptotic p-value.</summary>
/// <param name="Statistic">Pearson's X².</param>
/// <param name="Df">Degrees of freedom, (I − 1)(J − 1).</param>
/// <param name="PValue">P(χ²_df ≥ X²).</param>
public sealed record ChiSquareResult(double Statistic, int Df, double PValue);
