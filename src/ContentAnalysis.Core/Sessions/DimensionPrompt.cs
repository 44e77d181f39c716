using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Sessions;

/// <summary>The question on screen: one dimension with its numbered choices.</summary>
/// <param name="Dimension">The dimension being coded.</param>
/// <param name="Position">1-based position of the dimension in the session.</param>
/// <param name="Count">Number of dimensions in the session.</param>
/// <param name="Options">The numbered choices, with the current answer marked.</param>
/// <param name="AllowsNone">Whether <c>n</c> ("no category applies") is offered.</param>
/// <param name="AllowsUncoded">Whether <c>x</c> ("leave uncoded") is offered.</param>
/// <param name="Current">The answer already recorded, as text, or null.</param>
/// <param name="PendingMemo">A memo typed for this unit and not yet written, or empty.</param>
/// <param name="RecordedMemo">The memo already recorded with the answer, or empty.</param>
public sealed record DimensionPrompt(
    Dimension Dimension,
    int Position,
    int Count,
    IReadOnlyList<PromptOption> Options,
    bool AllowsNone,
    bool AllowsUncoded,
    string? Current,
    string PendingMemo,
    string RecordedMemo);
