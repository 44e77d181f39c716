namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// How well the dictionary finds one category, at unit level against the reference coder: precision
/// TP / (TP + FP), recall TP / (TP + FN), F1 = 2TP / (2TP + FP + FN) (the harmonic mean of the two; van
/// Rijsbergen 1979). A value is null when its denominator is 0.
/// </summary>
/// <param name="Category">The category id.</param>
/// <param name="Label">The category's label.</param>
/// <param name="TruePositives">Units both gave the category.</param>
/// <param name="FalsePositives">Units only the dictionary gave it.</param>
/// <param name="FalseNegatives">Units only the reference gave it.</param>
/// <param name="FalsePositiveUnits">The units behind <paramref name="FalsePositives"/>, in corpus order.</param>
/// <param name="FalseNegativeUnits">The units behind <paramref name="FalseNegatives"/>, in corpus order.</param>
public sealed record CategoryScore(string Category, string Label, int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> FalsePositiveUnits, IReadOnlyList<string> FalseNegativeUnits)
{
    /// <summary>TP / (TP + FP), or null when the dictionary never gave the category.</summary>
    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or null when the reference never gave the category.</summary>
    public double? Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN), or null when neither gave the category.</summary>
    public double? F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Whether either coder gave the category at all (only such categories enter the macro average).</summary>
    public bool Occurs => TruePositives + FalsePositives + FalseNegatives > 0;

    internal static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
