namespace ContentAnalysis.Core.Autocoding;

/// <summary>What the dictionary gave the units on one dimension.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Kind"><c>single</c> or <c>multi</c>.</param>
/// <param name="Units">Units coded.</param>
/// <param name="Categories">Every category in codebook order with the units it was given.</param>
/// <param name="None">Units without a hit on a required dimension (coded <c>none</c>).</param>
/// <param name="Uncoded">Units without a hit on an optional dimension (coded <c>uncoded</c>).</param>
/// <param name="Ties">Units of a single dimension where several categories had the most hits.</param>
/// <param name="Negated">Matches a negator cancelled.</param>
public sealed record DimensionAutocoding(string Dimension, string Kind, int Units, IReadOnlyList<CategoryUnits> Categories, int None, int Uncoded, int Ties, int Negated);
