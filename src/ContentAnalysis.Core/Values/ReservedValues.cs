namespace ContentAnalysis.Core.Values;

/// <summary>
/// The reserved coding values and the one rule for which recorded values are missing data for agreement,
/// shared by the codebook (which may not use them as category ids), the matrices, the export, progress and sessions.
/// </summary>
internal static class ReservedValues
{
    /// <summary>The reserved value a coder records when no category of a dimension applies.</summary>
    public const string None = "none";

    /// <summary>
    /// The reserved value a coder records to leave a dimension uncoded on purpose: decided (the session moves on),
    /// but missing data for agreement, unlike <see cref="None"/> on a category dimension.
    /// </summary>
    public const string Uncoded = "uncoded";

    /// <summary>
    /// True for <c>uncoded</c> (left uncoded on purpose) on any dimension, and for <c>none</c> on a scale, where
    /// older journals recorded a left-uncoded scale that way; on a category dimension <c>none</c> is a value.
    /// </summary>
    public static bool IsMissing(IReadOnlyList<string> values, bool categorical) =>
        values is [Uncoded] || (!categorical && values is [None]);
}
