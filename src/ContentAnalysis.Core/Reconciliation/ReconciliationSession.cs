using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>
/// The adjudicator's session as a state machine: keys in, screens out, every decision appended to the target journal
/// and flushed before the next screen (the coding session's guarantees). Drivers (terminal, script) only read keys and
/// draw <see cref="Screen"/>. Keys: a coder's number and Enter chooses that coder's coding; <c>c</c> combines (multi
/// dimensions: every category some coder chose, ticked, numbers toggle); <c>v</c> enters a new value; <c>m</c> gives the
/// reason of the next decision (required for a value no coder recorded); <c>s</c> leaves the disagreement open; <c>q</c> quits.
/// </summary>
public sealed partial class ReconciliationSession
{
    private readonly ReconciliationPlan _plan;
    private readonly CodingStore _store;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<ReconciliationItem> _items;
    private readonly HashSet<string> _selection = new(StringComparer.Ordinal);
    private int _index;
    private string _typed = string.Empty;
    private string _reason = string.Empty;
    private string? _message;
    private ReconciliationMode _mode;
    private ReconciliationMode _beforeReason;

    /// <summary>Starts at the first undecided disagreement of <paramref name="plan"/>.</summary>
    /// <param name="plan">What to reconcile.</param>
    /// <param name="store">The project's journals; only the target journal is written.</param>
    /// <param name="time">Clock for the journal's time stamps.</param>
    public ReconciliationSession(ReconciliationPlan plan, CodingStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(store);
        _plan = plan;
        _store = store;
        _time = time ?? TimeProvider.System;
        _items = plan.ToDecide;
        _mode = _items.Count == 0 ? ReconciliationMode.Done : ReconciliationMode.Choosing;
    }

    /// <summary>What the next key is taken as.</summary>
    public ReconciliationMode Mode => _mode;

    /// <summary>Whether the session has ended (done or quit).</summary>
    public bool IsOver => _mode is ReconciliationMode.Done or ReconciliationMode.Quit;

    /// <summary>The disagreement on screen, or null when the session is over.</summary>
    public ReconciliationItem? Current => IsOver ? null : _items[_index];

    /// <summary>Disagreements decided in this run.</summary>
    public int Decided { get; private set; }

    /// <summary>Disagreements skipped (left open) in this run.</summary>
    public int Skipped { get; private set; }

    /// <summary>Disagreements this run presents.</summary>
    public int Count => _items.Count;

    /// <summary>
    /// Writes every agreement (and majority) not yet in the target journal, in one durable append; returns how many.
    /// A unit × dimension already in the target journal is never written again, so a resumed run adds nothing twice.
    /// </summary>
    /// <exception cref="InputException">The journal is in use by another process.</exception>
    public int AcceptAgreements()
    {
        var records = _plan.ToAccept.Select(i => Record(i, i.Accepted!, new ReconciliationProvenance(i.Status == ReconciliationItemStatus.Agreed ? ReconciliationMethod.Agreed : ReconciliationMethod.Majority), i.Status == ReconciliationItemStatus.Majority ? "majority: " + string.Join(", ", i.AcceptedBy) : string.Empty)).ToList();
        if (records.Count > 0)
        {
            _store.Append(_plan.Into, records);
        }

        return records.Count;
    }

    private CodingRecord Record(ReconciliationItem item, IReadOnlyList<string> values, ReconciliationProvenance provenance, string reason) =>
        new(_time.GetUtcNow(), _plan.Into, item.Unit.Id, item.Dimension.Id, values, reason, _plan.Codebook.ContentHash, item.Unit.Hash)
        {
            Provenance = provenance.Format(),
        };
}
