namespace ContentAnalysis.Core.Sessions;

public sealed partial class CodingSession
{
    private void Skip()
    {
        var next = FirstIncompleteFrom(_unitIndex + 1);
        if (next < 0 || next == _unitIndex)
        {
            _message = "no other unit is left to code; answer this one or quit";
            return;
        }

        _message = $"skipped {_units[_unitIndex].Id}" + DroppedMemoNote();
        _pendingMemo = string.Empty;
        _unitIndex = next;
        EnterDimension(0);
    }

    private void Back()
    {
        if (_unitIndex == 0)
        {
            _message = "this is the first unit";
            return;
        }

        _message = "back one unit: choose to change an answer, Enter keeps it" + DroppedMemoNote();
        _pendingMemo = string.Empty;
        _unitIndex--;
        EnterDimension(0);
    }

    private void Undo()
    {
        if (!_undo.TryPop(out var step))
        {
            _message = "nothing to undo in this session";
            return;
        }

        var hash = _units[step.UnitIndex].Hash;
        if (step.Before is null)
        {
            _journal.Clear(step.Key, hash);
            _codings.Remove(step.Key);
        }
        else
        {
            _journal.Set(step.Before, hash);
            _codings[step.Key] = step.Before;
        }

        Refresh(step.UnitIndex);
        _pendingMemo = string.Empty;
        _mode = SessionMode.Choosing;
        _unitIndex = step.UnitIndex;
        EnterDimension(step.DimensionIndex);
        _message = $"undone: {step.Key.Unit} / {step.Key.Dimension} is " + (step.Before is null ? "uncoded again" : "back to its previous answer");
    }

    private string DroppedMemoNote() => _pendingMemo.Length > 0 ? " (the unsaved memo was dropped)" : string.Empty;
}
