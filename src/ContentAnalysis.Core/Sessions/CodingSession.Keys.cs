using System.Globalization;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Sessions;

public sealed partial class CodingSession
{
    private const int MaxTypedDigits = 4;

    /// <summary>Takes one key. Any decision it makes is in the journal before this returns.</summary>
    /// <param name="key">The key (or, in memo mode, the memo line).</param>
    public void Handle(SessionKey key)
    {
        if (IsOver)
        {
            return;
        }

        _message = null;

        // n on ticked categories only asks; the n right after it confirms.
        var noneConfirmed = _noneArmed;
        _noneArmed = false;
        switch (_mode)
        {
            case SessionMode.Completed:
                HandleCompleted(key);
                return;
            case SessionMode.Memo:
                HandleMemo(key);
                return;
            case SessionMode.HelpNumber:
                HandleHelpNumber(key);
                return;
        }

        _help = null;
        switch (key.Kind)
        {
            case SessionKeyKind.Character:
                HandleCharacter(key.Character, noneConfirmed);
                break;
            case SessionKeyKind.Enter:
                if (_typed.Length > 0)
                {
                    Choose(TakeTyped());
                }
                else
                {
                    Confirm();
                }

                break;
            case SessionKeyKind.Backspace:
                _typed = _typed.Length > 0 ? _typed[..^1] : _typed;
                break;
            case SessionKeyKind.Escape:
                _typed = string.Empty;
                break;
            default:
                _message = "text is only taken after m (memo)";
                break;
        }
    }

    private void HandleCharacter(char c, bool noneConfirmed)
    {
        if (char.IsAsciiDigit(c))
        {
            _typed = _typed.Length < MaxTypedDigits ? _typed + c : _typed;
            return;
        }

        switch (char.ToLowerInvariant(c))
        {
            case '?':
                if (_typed.Length > 0)
                {
                    ShowHelp(TakeTyped());
                }
                else
                {
                    _message = KeysHelp;
                }

                break;
            case 'h':
                _typed = string.Empty;
                _mode = SessionMode.HelpNumber;
                break;
            case 'm':
                _mode = SessionMode.Memo;
                break;
            case 's':
                Skip();
                break;
            case 'b':
                Back();
                break;
            case 'u':
                Undo();
                break;
            case 'q':
                _mode = SessionMode.Quit;
                _message = _pendingMemo.Length > 0 ? "quit; the memo not yet attached to a decision was dropped" : "quit";
                break;
            case 'n':
                ChooseNone(noneConfirmed);
                break;
            case 'x':
                LeaveUncoded();
                break;
            default:
                _message = $"unknown key '{c}' — {KeysHelp}";
                break;
        }
    }

    private void HandleCompleted(SessionKey key)
    {
        switch (key.Kind == SessionKeyKind.Enter ? 'q' : key.Kind == SessionKeyKind.Character ? char.ToLowerInvariant(key.Character) : '\0')
        {
            case 'q':
                _mode = SessionMode.Finished;
                _message = "all units of this session are coded";
                break;
            case 'b' when _unitIndex >= 0:
                _mode = SessionMode.Choosing;
                EnterDimension(0);
                _message = "back to the last unit: choose to change an answer, Enter keeps it";
                break;
            case 'u':
                Undo();
                break;
            default:
                _message = "every unit is coded: b goes back to the last unit, u undoes the last answer, q or Enter quits";
                break;
        }
    }

    private void HandleHelpNumber(SessionKey key)
    {
        if (key.Kind == SessionKeyKind.Character && char.IsAsciiDigit(key.Character))
        {
            _typed = _typed.Length < MaxTypedDigits ? _typed + key.Character : _typed;
            return;
        }

        _mode = SessionMode.Choosing;
        if ((key.Kind == SessionKeyKind.Enter || key is { Kind: SessionKeyKind.Character, Character: '?' }) && _typed.Length > 0)
        {
            ShowHelp(TakeTyped());
            return;
        }

        _typed = string.Empty;
        _message = "help cancelled (type h, a number, then Enter)";
    }

    private void HandleMemo(SessionKey key)
    {
        _mode = SessionMode.Choosing;
        var text = key.Kind == SessionKeyKind.Text ? key.Text.Trim() : string.Empty;
        if (text.Length == 0)
        {
            _message = "memo cancelled";
            return;
        }

        if (_codings.TryGetValue(CurrentKey, out var existing))
        {
            // The answer is already recorded (we came back to it): add the memo to it now.
            Record(existing with { Memo = JoinMemos(existing.Memo, text) }, advance: false);
            _message = "memo added";
        }
        else
        {
            _pendingMemo = JoinMemos(_pendingMemo, text);
            _message = "memo will be saved with this answer";
        }
    }

    private int TakeTyped()
    {
        var number = int.Parse(_typed, NumberStyles.None, CultureInfo.InvariantCulture);
        _typed = string.Empty;
        return number;
    }

    private CodingKey CurrentKey => new(_units[_unitIndex].Id, _dimensions[_dimensionIndex].Id);

    private const string MemoSeparator = " | ";

    private const string KeysHelp = "keys: number+Enter choose · number? or h number = definition · n none · x uncoded · m memo · s skip · b back · u undo · q quit";

    private static string FormatScale(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // "m adds a memo": a second memo never silently replaces the first.
    private static string JoinMemos(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + MemoSeparator + second;

    private static bool AllowsNone(Dimension dimension) => dimension.IsCategorical;
}
