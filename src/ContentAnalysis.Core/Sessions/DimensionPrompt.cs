using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Sessions;

/// <summary>The question on screen: one dimension with its numbered choices.</summary>
/// <param name="Dimension">The dimension being coded.</param>
/// <param name="Position">1-based position of the dimension in the session.</param>
/// <param name="Count">Number of dimensions in the session.</param>
/// <param name="Options">The numbered choices, with the current (or ticked) answer marked.</param>
/// <param name="AllowsNone">Whether "no category applies" is offered.</param>
/// <param name="AllowsUncoded">Whether "leave uncoded" is offered.</param>
/// <param name="Recorded">The answer already recorded (with its memo), or null.</param>
/// <param name="PendingMemo">A memo written for this unit and dimension ahead of its answer (already in the journal), or empty.</param>
public sealed record DimensionPrompt(
    Dimension Dimension,
    int Position,
    int Count,
    IReadOnlyList<PromptOption> Options,
    bool AllowsNone,
    bool AllowsUncoded,
    UnitCoding? Recorded,
    string PendingMemo);
