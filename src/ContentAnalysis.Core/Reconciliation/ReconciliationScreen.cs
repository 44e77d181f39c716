using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>Everything a driver draws for the current state of a reconciliation; drivers only render it.</summary>
/// <param name="Into">The target journal.</param>
/// <param name="Position">1-based position of the disagreement on screen (0 when done).</param>
/// <param name="Count">The number of disagreements this run presents.</param>
/// <param name="Decided">Disagreements decided in this run.</param>
/// <param name="Item">The disagreement on screen, or null when done.</param>
/// <param name="Choices">Each coder's coding, numbered.</param>
/// <param name="Entries">The codebook entries the coders chose (label and definition).</param>
/// <param name="Options">The dimension's numbered values while a value is put together (<see cref="ReconciliationMode.Value"/>), else empty.</param>
/// <param name="AllowsCombine">Whether <c>c</c> (combine) is offered: multi dimensions.</param>
/// <param name="AllowsNone">Whether <c>n</c> (no category applies) is offered while putting a value together.</param>
/// <param name="AllowsUncoded">Whether <c>x</c> (leave uncoded) is offered while putting a value together.</param>
/// <param name="PendingReason">The reason typed for the next decision, or empty.</param>
/// <param name="Message">A one-line note (what just happened or went wrong), or null.</param>
/// <param name="Mode">What the next input is taken as.</param>
/// <param name="Typed">Digits typed so far.</param>
public sealed record ReconciliationScreen(
    string Into,
    int Position,
    int Count,
    int Decided,
    ReconciliationItem? Item,
    IReadOnlyList<ReconciliationChoice> Choices,
    IReadOnlyList<ReconciliationEntry> Entries,
    IReadOnlyList<PromptOption> Options,
    bool AllowsCombine,
    bool AllowsNone,
    bool AllowsUncoded,
    string PendingReason,
    string? Message,
    ReconciliationMode Mode,
    string Typed);
