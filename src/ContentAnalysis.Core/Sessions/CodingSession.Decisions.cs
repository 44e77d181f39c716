using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Sessions;

public sealed partial class CodingSession
{
    private void Choose(int number)
    {
        var options = OptionsOf(_dimensions[_dimensionIndex]);
        if (number < 1 || number > options.Count)
        {
            _message = $"there is no choice {number} (1–{options.Count})";
            return;
        }

        var value = options[number - 1].Value;
        if (_dimensions[_dimensionIndex].Kind == DimensionKind.Multi)
        {
            if (!_selection.Remove(value))
            {
                _selection.Add(value);
            }

            return;
        }

        Decide([value]);
    }

    private void Confirm()
    {
        var dimension = _dimensions[_dimensionIndex];
        var recorded = _codings.GetValueOrDefault(CurrentKey);
        var unchanged = recorded is not null && _selection.SetEquals(recorded.Values.Where(v => v != ReservedValues.None));
        if (dimension.Kind == DimensionKind.Multi && _selection.Count > 0 && !unchanged)
        {
            // Record in codebook order, whatever order the numbers were toggled in.
            Decide([.. OptionsOf(dimension).Select(o => o.Value).Where(_selection.Contains)]);
            return;
        }

        if (recorded is not null && (dimension.Kind != DimensionKind.Multi || unchanged))
        {
            // Enter on an answer recorded earlier keeps it (and attaches a pending memo).
            if (_pendingMemo.Length > 0)
            {
                Record(recorded with { Memo = JoinMemos(recorded.Memo, _pendingMemo) }, advance: true);
            }
            else
            {
                Advance();
            }

            return;
        }

        _message = dimension.Kind == DimensionKind.Multi
            ? "toggle categories by number+Enter, then Enter; n if none applies"
            : "type a number, then Enter";
    }

    private void ChooseNone(bool confirmed)
    {
        if (!AllowsNone(_dimensions[_dimensionIndex]))
        {
            _message = "n (none applies) is for category dimensions; use x to leave a scale uncoded";
            return;
        }

        if (_selection.Count > 0 && !confirmed)
        {
            // Ticked categories are never dropped by one key.
            _noneArmed = true;
            var ticked = _selection.Count == 1 ? "1 category is" : $"{_selection.Count} categories are";
            _message = $"{ticked} ticked: n again records none applies and drops them, Enter records the ticked";
            return;
        }

        Decide([ReservedValues.None]);
    }

    private void LeaveUncoded()
    {
        if (_dimensions[_dimensionIndex].Required)
        {
            _message = $"'{_dimensions[_dimensionIndex].Id}' is required: it cannot be left uncoded";
            return;
        }

        // Decided, so the session moves on, but missing data for agreement (unlike "none applies").
        Decide([ReservedValues.Uncoded]);
    }

    private void Decide(IReadOnlyList<string> values)
    {
        var key = CurrentKey;
        var memo = JoinMemos(_codings.GetValueOrDefault(key)?.Memo ?? string.Empty, _pendingMemo);
        Record(new UnitCoding(key.Unit, key.Dimension, values, memo), advance: true);
    }

    private void Record(UnitCoding coding, bool advance)
    {
        var key = coding.Key;
        var before = _codings.GetValueOrDefault(key);
        _journal.Set(coding, _units[_unitIndex].Hash);
        _codings[key] = coding;
        _undo.Push(new UndoStep(_unitIndex, _dimensionIndex, key, before));
        _pendingMemo = string.Empty;
        Refresh(_unitIndex);
        if (advance)
        {
            Advance();
        }
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
            _mode = SessionMode.Completed;
            return;
        }

        _unitIndex = next;
        EnterDimension(0);
    }

    private void EnterDimension(int index)
    {
        _dimensionIndex = index;
        _typed = string.Empty;
        _selection.Clear();
        if (_codings.TryGetValue(CurrentKey, out var existing) && _dimensions[index].Kind == DimensionKind.Multi)
        {
            _selection.UnionWith(existing.Values.Where(v => v != ReservedValues.None));
        }
    }
}
