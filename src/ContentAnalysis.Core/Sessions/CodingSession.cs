using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// The coding loop as a state machine: the current <see cref="Screen"/> plus <see cref="Handle"/>,
/// which takes one key, writes any decision through the journal (durably, before returning) and
/// moves on. Terminal and scripted drivers share it, so every path is testable without a terminal.
/// </summary>
public sealed partial class CodingSession
{
    private readonly IReadOnlyList<Dimension> _dimensions;
    private readonly IReadOnlyList<SessionUnit> _units;
    private readonly ICodingJournal _journal;
    private readonly TimeProvider _time;
    private readonly Dictionary<CodingKey, UnitCoding> _codings;
    private readonly bool[] _complete;
    private readonly Stack<UndoStep> _undo = new();
    private readonly HashSet<string> _selection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ChoiceSpec>> _options = new(StringComparer.Ordinal);
    private readonly long _startedAt;
    private int _doneCount;
    private int _doneThisSession;
    private int _unitIndex;
    private int _dimensionIndex;
    private bool _noneArmed;
    private string _typed = string.Empty;
    private string _pendingMemo = string.Empty;
    private HelpEntry? _help;
    private string? _message;
    private SessionMode _mode;

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
    /// pre-filled (Enter keeps each); without one, at the first unit the coder has not fully coded.
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
        _codings = new Dictionary<CodingKey, UnitCoding>(journal.Load());
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
            _message = $"{startUnit} reopened: choose to change an answer, Enter keeps it";
            return;
        }

        _unitIndex = FirstIncompleteFrom(0);
        if (_unitIndex < 0)
        {
            // Nothing left to code: offer the completion screen, whose b reopens the last unit.
            _unitIndex = units.Count - 1;
            _mode = SessionMode.Completed;
            _message = "every unit of this session is already coded; qcat code --unit UNIT_ID reopens any one";
        }
        else
        {
            // A unit cut short (quit or crash) resumes at its first undecided dimension.
            var first = 0;
            while (first < _dimensions.Count - 1 && _codings.ContainsKey(new CodingKey(_units[_unitIndex].Id, _dimensions[first].Id)))
            {
                first++;
            }

            EnterDimension(first);
        }
    }

    /// <summary>The coder.</summary>
    public string Coder => _journal.Coder;

    /// <summary>Whether the session has ended (quit or finished).</summary>
    public bool IsOver => _mode is SessionMode.Quit or SessionMode.Finished;

    /// <summary>What the session expects next.</summary>
    public SessionMode Mode => _mode;

    /// <summary>The unit on screen, or null when the session is finished.</summary>
    public SessionUnit? CurrentUnit => _mode is SessionMode.Completed or SessionMode.Finished || _unitIndex < 0 ? null : _units[_unitIndex];

    /// <summary>The dimension being asked, or null when the session is finished.</summary>
    public Dimension? CurrentDimension => CurrentUnit is null ? null : _dimensions[_dimensionIndex];

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

    private bool IsComplete(int unitIndex)
    {
        var unit = _units[unitIndex].Id;
        foreach (var dimension in _dimensions)
        {
            if (!_codings.ContainsKey(new CodingKey(unit, dimension.Id)))
            {
                return false;
            }
        }

        return true;
    }

    private void Refresh(int unitIndex)
    {
        var complete = IsComplete(unitIndex);
        if (complete != _complete[unitIndex])
        {
            _complete[unitIndex] = complete;
            _doneCount += complete ? 1 : -1;
            _doneThisSession = Math.Max(0, _doneThisSession + (complete ? 1 : -1));
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

    private sealed record UndoStep(int UnitIndex, int DimensionIndex, CodingKey Key, UnitCoding? Before);
}
