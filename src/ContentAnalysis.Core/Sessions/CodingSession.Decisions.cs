using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Sessions;

public sealed partial class CodingSession
{
    private const string MemoSeparator = " | ";

    /// <summary>
    /// Choice <paramref name="number"/> of the current dimension: on a multi dimension it ticks or unticks the
    /// category; on any other it records the value and moves on.
    /// </summary>
    public SessionOutcome Choose(int number)
    {
        if (!Begin())
        {
            return new(SessionOutcomeKind.NothingChosen);
        }

        var options = OptionsOf(_dimensions[_dimensionIndex]);
        if (number < 1 || number > options.Count)
        {
            return new(SessionOutcomeKind.NoSuchChoice, CurrentKey, number, options.Count);
        }

        var value = options[number - 1].Value;
        if (_dimensions[_dimensionIndex].Kind == DimensionKind.Multi)
        {
            if (!_selection.Remove(value))
            {
                _selection.Add(value);
            }

            return new(SessionOutcomeKind.Toggled, CurrentKey, number);
        }

        return Decide([value]);
    }

    /// <summary>
    /// Enter with nothing typed: records the ticked categories of a multi dimension, or keeps the recorded
    /// answer and moves on.
    /// </summary>
    public SessionOutcome Confirm()
    {
        if (!Begin())
        {
            return new(SessionOutcomeKind.NothingChosen);
        }

        var dimension = _dimensions[_dimensionIndex];
        var recorded = _codings.GetValueOrDefault(CurrentKey);
        var unchanged = recorded is not null && _selection.SetEquals(recorded.Values.Where(v => v != ReservedValues.None));
        if (dimension.Kind == DimensionKind.Multi && _selection.Count > 0 && !unchanged)
        {
            // Record in codebook order, whatever order the numbers were toggled in.
            return Decide([.. OptionsOf(dimension).Select(o => o.Value).Where(_selection.Contains)]);
        }

        if (recorded is not null && (dimension.Kind != DimensionKind.Multi || unchanged))
        {
            var key = CurrentKey;
            Advance();
            return new(SessionOutcomeKind.Kept, key);
        }

        return new(SessionOutcomeKind.NothingChosen, CurrentKey);
    }

    /// <summary>
    /// Records that no category applies. With categories ticked it only asks
    /// (<see cref="SessionOutcomeKind.TickedWouldBeDropped"/>) unless <paramref name="dropTicked"/>.
    /// </summary>
    public SessionOutcome ChooseNone(bool dropTicked)
    {
        if (!Begin())
        {
            return new(SessionOutcomeKind.NothingChosen);
        }

        if (!_dimensions[_dimensionIndex].IsCategorical)
        {
            return new(SessionOutcomeKind.NoneNotAllowed, CurrentKey);
        }

        // Ticked categories are never dropped by one key.
        return _selection.Count > 0 && !dropTicked
            ? new(SessionOutcomeKind.TickedWouldBeDropped, CurrentKey, _selection.Count)
            : Decide([ReservedValues.None]);
    }

    /// <summary>Leaves the current dimension uncoded on purpose (records <c>uncoded</c>; refused on a required dimension).</summary>
    public SessionOutcome LeaveUncoded()
    {
        if (!Begin())
        {
            return new(SessionOutcomeKind.NothingChosen);
        }

        // Decided, so the session moves on, but missing data for agreement (unlike "none applies").
        return _dimensions[_dimensionIndex].Required
            ? new(SessionOutcomeKind.Required, CurrentKey)
            : Decide([ReservedValues.Uncoded]);
    }

    /// <summary>
    /// Adds a memo to the current unit and dimension, written at once: with the recorded answer when there is
    /// one, else as a memo line that the answer will carry. A second memo is joined to the first, never replaces it.
    /// </summary>
    public SessionOutcome AddMemo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (!Begin() || text.Length == 0)
        {
            return new(SessionOutcomeKind.MemoEmpty);
        }

        var key = CurrentKey;
        if (_codings.TryGetValue(key, out var existing))
        {
            Record(existing with { Memo = JoinMemos(existing.Memo, text) }, advance: false);
            return new(SessionOutcomeKind.MemoAdded, key);
        }

        var memo = JoinMemos(_memos.GetValueOrDefault(key) ?? string.Empty, text);
        _journal.Memo(key, memo, _units[_unitIndex].Hash);
        _memos[key] = memo;
        return new(SessionOutcomeKind.MemoPending, key);
    }

    private SessionOutcome Decide(IReadOnlyList<string> values)
    {
        var key = CurrentKey;
        var memo = JoinMemos(_codings.GetValueOrDefault(key)?.Memo ?? string.Empty, _memos.GetValueOrDefault(key) ?? string.Empty);
        Record(new UnitCoding(key.Unit, key.Dimension, values, memo), advance: true);
        return new(SessionOutcomeKind.Recorded, key);
    }

    private void Record(UnitCoding coding, bool advance)
    {
        var key = coding.Key;
        var before = _codings.GetValueOrDefault(key);
        _journal.Set(coding, _units[_unitIndex].Hash);
        _codings[key] = coding;
        _undo.Push(new UndoStep(_unitIndex, _dimensionIndex, key, before, _memos.GetValueOrDefault(key)));
        _memos.Remove(key);
        Refresh(_unitIndex);
        if (advance)
        {
            Advance();
        }
    }

    // Every operation starts by forgetting what the previous one completed; false on the completion screen.
    private bool Begin()
    {
        LastCompleted = null;
        return !_atEnd;
    }

    private void Advance()
    {
        if (_dimensionIndex + 1 < _dimensions.Count)
        {
            EnterDimension(_dimensionIndex + 1);
            return;
        }

        var next = FirstIncompleteFrom(_unitIndex + 1);
        if (next < 0)
        {
            // Not the end yet: the coder may still want to change the answer just given.
            _atEnd = true;
            return;
        }

        // A unit coded in part (an earlier session, or skipped after some answers) opens where it was left.
        _unitIndex = next;
        EnterDimension(FirstOpenDimension(next));
    }

    private void EnterDimension(int index)
    {
        _dimensionIndex = index;
        _selection.Clear();
        if (_codings.TryGetValue(CurrentKey, out var existing) && _dimensions[index].Kind == DimensionKind.Multi)
        {
            _selection.UnionWith(existing.Values.Where(v => v != ReservedValues.None));
        }
    }

    // "m adds a memo": a second memo never silently replaces the first.
    private static string JoinMemos(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + MemoSeparator + second;
}
