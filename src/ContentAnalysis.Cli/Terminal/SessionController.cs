using System.Globalization;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>
/// The key bindings of a coding session: maps each key to an operation of the <see cref="CodingSession"/> (or
/// to the screen's own state: digits typed, help, memo line, scrolling) and words what happened.
/// </summary>
internal sealed class SessionController
{
    private const int MaxTypedDigits = 4;
    private readonly CodingSession _session;
    private readonly ISessionMode? _sessionMode;
    private string _typed = string.Empty;
    private HelpEntry? _help;
    private bool _dimensionPage;
    private string? _message;
    private SessionPanel? _panel;
    private bool _noneArmed;
    private int _scroll;
    private int _pageRows = 10;

    /// <summary>Binds the keys to <paramref name="session"/>; <paramref name="sessionMode"/> adds its pages (training), or null.</summary>
    /// <param name="session">The session.</param>
    /// <param name="sessionMode">What a kind of session adds (training's pages), or null for plain coding.</param>
    /// <param name="notice">The first message (journal warnings, where the session starts), or null.</param>
    public SessionController(CodingSession session, ISessionMode? sessionMode = null, string? notice = null)
    {
        _session = session;
        _sessionMode = sessionMode;
        _message = notice;
    }

    /// <summary>The session behind the keys.</summary>
    public CodingSession Session => _session;

    /// <summary>What the next key is taken as.</summary>
    public InputMode Mode { get; private set; }

    /// <summary>Whether the session has ended (quit or finished).</summary>
    public bool IsOver => Mode is InputMode.Quit or InputMode.Finished;

    /// <summary>Whether the next input is a whole line (a memo).</summary>
    public bool WantsLine => Mode == InputMode.Memo;

    /// <summary>The screen to draw now.</summary>
    public SessionView View => new(_session.Screen, Mode, _typed, _help, _dimensionPage, _message, _panel, _scroll);

    /// <summary>Takes what the last drawing made of the scroll position and page size.</summary>
    public void Fitted(ScreenFrame frame)
    {
        _scroll = frame.Scroll;
        _pageRows = Math.Max(1, frame.BodyRows - 1);
    }

    /// <summary>Takes one key (a line in memo mode). Any decision it makes is in the journal before this returns.</summary>
    public void Handle(SessionKey key)
    {
        if (IsOver || Scrolled(key))
        {
            return;
        }

        var before = (_session.CurrentUnit?.Id, _session.CurrentDimension?.Id, _help, _dimensionPage, _panel);
        _message = null;

        // n on ticked categories only asks; the n right after it confirms.
        var noneConfirmed = _noneArmed;
        _noneArmed = false;
        switch (Mode)
        {
            case InputMode.Memo:
                HandleMemo(key);
                break;
            case InputMode.HelpNumber:
                HandleHelpNumber(key);
                break;
            case InputMode.Panel:
                // The page after a unit is read; the next key only closes it.
                _panel = null;
                Mode = InputMode.Choosing;
                break;
            default:
                if (_session.IsAtEnd)
                {
                    HandleCompleted(key);
                }
                else
                {
                    _help = null;
                    _dimensionPage = false;
                    HandleChoosing(key, noneConfirmed);
                }

                break;
        }

        if (before != (_session.CurrentUnit?.Id, _session.CurrentDimension?.Id, _help, _dimensionPage, _panel))
        {
            _scroll = 0;
        }
    }

    private bool Scrolled(SessionKey key)
    {
        var by = key.Kind switch
        {
            SessionKeyKind.PageUp => -_pageRows,
            SessionKeyKind.PageDown => _pageRows,
            SessionKeyKind.Up => -1,
            SessionKeyKind.Down => 1,
            _ => 0,
        };
        if (by == 0)
        {
            return false;
        }

        // The layout clamps the far end; it knows how long the body is.
        _scroll = Math.Max(0, _scroll + by);
        return true;
    }

    private void HandleChoosing(SessionKey key, bool noneConfirmed)
    {
        switch (key.Kind)
        {
            case SessionKeyKind.Character:
                HandleCharacter(key.Character, noneConfirmed);
                break;
            case SessionKeyKind.Enter:
                Report(_typed.Length > 0 ? _session.Choose(TakeTyped()) : _session.Confirm());
                break;
            case SessionKeyKind.Backspace:
                _typed = _typed.Length > 0 ? _typed[..^1] : _typed;
                break;
            case SessionKeyKind.Escape:
                _typed = string.Empty;
                break;
            default:
                _message = SessionWords.TextOnlyAfterMemo;
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
            case '?' when _typed.Length > 0:
                ShowHelp(TakeTyped());
                break;
            case '?':
                _dimensionPage = true;
                break;
            case 'h':
                _typed = string.Empty;
                Mode = InputMode.HelpNumber;
                break;
            case 'm':
                Mode = InputMode.Memo;
                break;
            case 's':
                Report(_session.Skip());
                break;
            case 'b':
                Report(_session.Back());
                break;
            case 'u':
                Report(_session.Undo());
                break;
            case 'q':
                Mode = InputMode.Quit;
                _message = SessionWords.Quit;
                break;
            case 'n':
                var outcome = _session.ChooseNone(noneConfirmed);
                _noneArmed = outcome.Kind == SessionOutcomeKind.TickedWouldBeDropped;
                Report(outcome);
                break;
            case 'x':
                Report(_session.LeaveUncoded());
                break;
            default:
                _message = SessionWords.UnknownKey(c);
                break;
        }
    }

    private void HandleCompleted(SessionKey key)
    {
        switch (key.Kind == SessionKeyKind.Enter ? 'q' : key.Kind == SessionKeyKind.Character ? char.ToLowerInvariant(key.Character) : '\0')
        {
            case 'q':
                Mode = InputMode.Finished;
                _message = SessionWords.AllCoded;
                break;
            case 'b':
                Report(_session.Reopen());
                break;
            case 'u':
                Report(_session.Undo());
                break;
            default:
                _message = SessionWords.CompletedKeys;
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

        Mode = InputMode.Choosing;
        if ((key.Kind == SessionKeyKind.Enter || key is { Kind: SessionKeyKind.Character, Character: '?' }) && _typed.Length > 0)
        {
            ShowHelp(TakeTyped());
            return;
        }

        _typed = string.Empty;
        _message = SessionWords.HelpCancelled;
    }

    private void HandleMemo(SessionKey key)
    {
        Mode = InputMode.Choosing;
        Report(_session.AddMemo(key.Kind == SessionKeyKind.Text ? key.Text : string.Empty));
    }

    private void ShowHelp(int number)
    {
        _help = _session.HelpFor(number);
        if (_help is null)
        {
            _message = SessionWords.NoSuchChoice(number, _session.Screen.Prompt?.Options.Count ?? 0);
        }
    }

    private void Report(SessionOutcome outcome)
    {
        _message = SessionWords.Of(outcome, _session);
        if (_session.LastCompleted is { } unit && _sessionMode?.AfterUnit(_session, unit) is { } panel)
        {
            _panel = panel;
            Mode = InputMode.Panel;
        }
    }

    private int TakeTyped()
    {
        var number = int.Parse(_typed, NumberStyles.None, CultureInfo.InvariantCulture);
        _typed = string.Empty;
        return number;
    }
}
