using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// The state of a coding session: the cursor (unit and dimension), the coder's decisions, the undo
/// history and the memos. Every operation that decides something writes it through the journal
/// (durably, before returning) and returns a <see cref="SessionOutcome"/>; the terminal layer maps keys
/// to these operations and words the outcomes, and draws <see cref="Screen"/>.
/// </summary>
public sealed partial class CodingSession
{
    private readonly IReadOnlyList<Dimension> _dimensions;
    private readonly IReadOnlyList<SessionUnit> _units;
    private readonly ICodingJournal _journal;
    private readonly TimeProvider _time;
    private readonly Dictionary<CodingKey, UnitCoding> _codings;
    private readonly Dictionary<CodingKey, string> _memos;
    private readonly bool[] _complete;
    private readonly Stack<UndoStep> _undo = new();
    private readonly HashSet<string> _selection = new(StringComparer.Ordinal);
    private readonly long _startedAt;
    private int _doneCount;
    private int _doneThisSession;
    private int _unitIndex;
    private int _dimensionIndex;
    private bool _atEnd;

    /// <summary>Starts (or resumes) a session at the first unit the coder has not fully coded.</summary>
    /// <param name="dimensions">The dimensions to code, in the order they are asked.</param>
    /// <param name="units">The units to code, in session order.</param>
    /// <param name="journal">The coder's own journal; the only codings the session ever reads.</param>
    /// <param name="time">Clock for the time-left estimate.</param>
    /// <exception cref="ArgumentException">No dimensions were given.</exception>
    public CodingSession(IReadOnlyList<Dimension> dimensions, IReadOnlyList<SessionUnit> units, ICodingJournal journal, TimeProvider time)
        : this(dimensions, units, journal, time, null)
    {
    }

    /// <summary>
    /// Starts a session at unit <paramref name="startUnit"/>, coded or not, with its recorded answers
    /// pre-filled; without one, at the first unit the coder has not fully coded, at its first undecided dimension.
    /// </summary>
    /// <param name="dimensions">The dimensions to code, in the order they are asked.</param>
    /// <param name="units">The units to code, in session order.</param>
    /// <param name="journal">The coder's own journal; the only codings the session ever reads.</param>
    /// <param name="time">Clock for the time-left estimate.</param>
    /// <param name="startUnit">The id of the unit to open first, or null to resume.</param>
    /// <exception cref="ArgumentException">No dimensions were given, or <paramref name="startUnit"/> is not one of <paramref name="units"/>.</exception>
    public CodingSession(IReadOnlyList<Dimension> dimensions, IReadOnlyList<SessionUnit> units, ICodingJournal journal, TimeProvider time, string? startUnit)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(time);
        if (dimensions.Count == 0)
        {
            throw new ArgumentException("A session needs at least one dimension.", nameof(dimensions));
        }

        _dimensions = dimensions;
        _units = units;
        _journal = journal;
        _time = time;
        var contents = journal.Load();
        _codings = new Dictionary<CodingKey, UnitCoding>(contents.Codings);
        _memos = new Dictionary<CodingKey, string>(contents.Memos);
        _complete = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            _complete[i] = IsComplete(i);
            _doneCount += _complete[i] ? 1 : 0;
        }

        _startedAt = time.GetTimestamp();
        if (startUnit is not null)
        {
            _unitIndex = IndexOf(units, startUnit);
            EnterDimension(0);
            return;
        }

        _unitIndex = FirstIncompleteFrom(0);
        if (_unitIndex < 0)
        {
            // Nothing left to code: the completion screen, whose Reopen goes to the last unit.
            _unitIndex = units.Count - 1;
            _atEnd = true;
        }
        else
        {
            // A unit cut short (quit or crash) resumes at its first undecided dimension.
            EnterDimension(FirstOpenDimension(_unitIndex));
        }
    }

    /// <summary>The coder.</summary>
    public string Coder => _journal.Coder;

    /// <summary>The dimensions asked, in order.</summary>
    public IReadOnlyList<Dimension> Dimensions => _dimensions;

    /// <summary>The units of the session, in session order.</summary>
    public IReadOnlyList<SessionUnit> Units => _units;

    /// <summary>Whether every unit is coded and the cursor is on the completion screen (no unit open).</summary>
    public bool IsAtEnd => _atEnd;

    /// <summary>The unit open, or null on the completion screen.</summary>
    public SessionUnit? CurrentUnit => _atEnd || _unitIndex < 0 ? null : _units[_unitIndex];

    /// <summary>The dimension asked, or null on the completion screen.</summary>
    public Dimension? CurrentDimension => CurrentUnit is null ? null : _dimensions[_dimensionIndex];

    /// <summary>The categories ticked on the current multi dimension (not yet recorded).</summary>
    public IReadOnlySet<string> Selection => _selection;

    /// <summary>
    /// The unit the last operation completed (its last open dimension decided), or null: the hook for a
    /// session mode that shows something after each unit (training feedback).
    /// </summary>
    public SessionUnit? LastCompleted { get; private set; }

    /// <summary>The recorded coding of <paramref name="unit"/> on <paramref name="dimension"/>, or null.</summary>
    public UnitCoding? Recorded(string unit, string dimension) => _codings.GetValueOrDefault(new CodingKey(unit, dimension));

    /// <summary>How many units are done, of how many, and the time-left estimate.</summary>
    public SessionProgress Progress
    {
        get
        {
            TimeSpan? left = null;
            if (_doneThisSession > 0 && _doneCount < _units.Count)
            {
                var elapsed = _time.GetElapsedTime(_startedAt);
                left = TimeSpan.FromTicks(checked(elapsed.Ticks / _doneThisSession * (_units.Count - _doneCount)));
            }

            return new SessionProgress(_doneCount, _units.Count, left);
        }
    }

    private CodingKey CurrentKey => new(_units[_unitIndex].Id, _dimensions[_dimensionIndex].Id);

    private bool IsComplete(int unitIndex) => FirstOpen(unitIndex) < 0;

    // The first dimension of the unit without a decision, or -1 when it is fully coded.
    private int FirstOpen(int unitIndex)
    {
        var unit = _units[unitIndex].Id;
        for (var d = 0; d < _dimensions.Count; d++)
        {
            if (!_codings.ContainsKey(new CodingKey(unit, _dimensions[d].Id)))
            {
                return d;
            }
        }

        return -1;
    }

    private int FirstOpenDimension(int unitIndex) => Math.Max(0, FirstOpen(unitIndex));

    private void Refresh(int unitIndex)
    {
        var complete = IsComplete(unitIndex);
        if (complete != _complete[unitIndex])
        {
            _complete[unitIndex] = complete;
            _doneCount += complete ? 1 : -1;
            _doneThisSession = Math.Max(0, _doneThisSession + (complete ? 1 : -1));
            LastCompleted = complete ? _units[unitIndex] : null;
        }
    }

    private static int IndexOf(IReadOnlyList<SessionUnit> units, string id)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (string.Equals(units[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unit '{id}' is not one of the session's units.", nameof(id));
    }

    // Searches forward from start, then wraps round to pick up skipped units; -1 when all are done.
    private int FirstIncompleteFrom(int start)
    {
        for (var i = 0; i < _units.Count; i++)
        {
            var index = (start + i) % _units.Count;
            if (!_complete[index])
            {
                return index;
            }
        }

        return -1;
    }

    private sealed record UndoStep(int UnitIndex, int DimensionIndex, CodingKey Key, UnitCoding? Before, string? MemoBefore);
}
