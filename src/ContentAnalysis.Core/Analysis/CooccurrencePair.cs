namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// How two categories go together in units coded on both their dimensions.
/// With n the units, a and b the units with each category and ab those with both:
/// Jaccard = ab / (a + b − ab); lift = ab · n / (a · b); phi = (ab · n − a · b) / √(a (n − a) b (n − b)).
/// </summary>
/// <param name="DimensionA">First category's dimension.</param>
/// <param name="CategoryA">First category.</param>
/// <param name="DimensionB">Second category's dimension.</param>
/// <param name="CategoryB">Second category.</param>
/// <param name="Units">Units coded on both dimensions (the denominator n).</param>
/// <param name="CountA">Units with the first category.</param>
/// <param name="CountB">Units with the second category.</param>
/// <param name="Both">Units with both.</param>
/// <param name="Jaccard">Both / either; null when neither occurs.</param>
/// <param name="Lift">Observed / expected co-occurrence under independence; null when a category never occurs.</param>
/// <param name="Phi">The phi coefficient of the 2×2 present/absent table; null when a category is in no unit or in all.</param>
public sealed record CooccurrencePair(string DimensionA, string CategoryA, string DimensionB, string CategoryB, int Units, int CountA, int CountB, int Both, double? Jaccard, double? Lift, double? Phi);
