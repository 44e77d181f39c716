namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// The codebook's negation window for dictionary pre-coding: an indicator match is not counted when one of
/// <see cref="Words"/> ends within <see cref="Window"/> words before it.
/// </summary>
/// <param name="Words">Negators: words or short phrases (same syntax as keywords, <c>*</c> allowed), case-insensitive.</param>
/// <param name="Window">How many words before a match are searched for a negator (at least 1).</param>
public sealed record Negation(IReadOnlyList<string> Words, int Window)
{
    /// <summary>The window when the codebook gives none.</summary>
    public const int DefaultWindow = 3;
}
