using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>The dictionary's codings of one unit, one per dimension in codebook order.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Values">One value per dictionary dimension.</param>
public sealed record AutocodedUnit(TextUnit Unit, IReadOnlyList<AutocodedValue> Values);
