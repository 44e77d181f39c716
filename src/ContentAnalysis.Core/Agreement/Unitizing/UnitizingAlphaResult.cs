namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The <c>uα</c> family of Krippendorff, Mathet, Bouvry and Widlöcher (2016) for one unitized continuum. Each
/// coefficient is NaN where it is not defined (no variation to judge).
/// </summary>
/// <param name="Alpha"><c>uα</c> (eq. 5a): agreement on where the units are and which values they carry, gaps included.</param>
/// <param name="BinaryAlpha"><c>|uα</c> (eq. 6): agreement on relevant (any unit) versus irrelevant (gap) matter.</param>
/// <param name="CodingAlpha"><c>cuα</c> (eq. 11): agreement on the values where units of different coders intersect, gaps ignored.</param>
/// <param name="Coverage">The share (0–1) of all coincidences that <c>cuα</c> judges (unit meets unit).</param>
/// <param name="Values">Per value, <c>(k)uα</c> (eq. 13b), ordered by value.</param>
/// <param name="Coders">The number of coders.</param>
/// <param name="Units">The number of units of all coders.</param>
/// <param name="Length">The length of the continuum.</param>
public sealed record UnitizingAlphaResult(
    double Alpha,
    double BinaryAlpha,
    double CodingAlpha,
    double Coverage,
    IReadOnlyList<UnitizingValueAlpha> Values,
    int Coders,
    int Units,
    long Length);
