namespace ContentAnalysis.Core.Sessions;

public sealed partial class CodingSession
{
    /// <summary>Skips the current unit (it comes back after the others); its memos stay in the journal.</summary>
    public SessionOutcome Skip()
    {
        if (!Begin())
        {
            return new(SessionOutcomeKind.NothingToSkip);
        }

        var next = FirstIncompleteFrom(_unitIndex + 1);
        var key = CurrentKey;
        if (next < 0 || next == _unitIndex)
        {
            return new(SessionOutcomeKind.NothingToSkip, key);
        }

        _unitIndex = next;
        EnterDimension(FirstOpenDimension(next));
        return new(SessionOutcomeKind.Skipped, key);
    }

    /// <summary>Goes back one unit in session order, at its first dimension, to change an answer.</summary>
    public SessionOutcome Back()
    {
        if (!Begin())
        {
            return Reopen();
        }

        if (_unitIndex == 0)
        {
            return new(SessionOutcomeKind.AtFirstUnit, CurrentKey);
        }

        _unitIndex--;
        EnterDimension(0);
        return new(SessionOutcomeKind.MovedBack, CurrentKey);
    }

    /// <summary>From the completion screen, opens the last unit of the session at its first dimension.</summary>
    public SessionOutcome Reopen()
    {
        LastCompleted = null;
        _atEnd = false;
        EnterDimension(0);
        return new(SessionOutcomeKind.Reopened, CurrentKey);
    }

    /// <summary>
    /// Undoes the last decision of this session: appends the previous value, or a clear (and the memo written
    /// ahead of it, if there was one), and opens that unit and dimension.
    /// </summary>
    public SessionOutcome Undo()
    {
        LastCompleted = null;
        if (!_undo.TryPop(out var step))
        {
            return new(SessionOutcomeKind.NothingToUndo);
        }

        var hash = _units[step.UnitIndex].Hash;
        if (step.Before is null)
        {
            _journal.Clear(step.Key, hash);
            _codings.Remove(step.Key);
            if (step.MemoBefore is { } memo)
            {
                _journal.Memo(step.Key, memo, hash);
                _memos[step.Key] = memo;
            }
        }
        else
        {
            _journal.Set(step.Before, hash);
            _codings[step.Key] = step.Before;
        }

        Refresh(step.UnitIndex);
        LastCompleted = null;
        _atEnd = false;
        _unitIndex = step.UnitIndex;
        EnterDimension(step.DimensionIndex);
        return new(SessionOutcomeKind.Undone, step.Key, Restored: step.Before is not null);
    }
}
