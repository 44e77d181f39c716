using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Coding;

/// <summary>Which recorded values are missing data for agreement: the one rule the matrices, the export and progress share.</summary>
internal static class MissingValue
{
    /// <summary>
    /// True for <c>uncoded</c> (left uncoded on purpose) on any dimension, and for <c>none</c> on a scale, where
    /// older journals recorded a left-uncoded scale that way; on a category dimension <c>none</c> is a value.
    /// </summary>
    public static bool Is(IReadOnlyList<string> values, bool categorical) =>
        values is [CodebookLoader.UncodedValue] || (!categorical && values is [CodebookLoader.NoneValue]);
}
