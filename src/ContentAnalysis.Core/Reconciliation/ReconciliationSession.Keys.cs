using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Reconciliation;

public sealed partial class ReconciliationSession
{
    /// <summary>Handles one key; returns false when the key is refused here (<see cref="ReconciliationScreen.Message"/> says why).</summary>
    /// <exception cref="Diagnostics.InputException">The target journal is in use by another process.</exception>
    public bool Handle(SessionKey key)
    {
        _message = null;
        return _mode switch
        {
            ReconciliationMode.Reason => TakeReason(key),
            ReconciliationMode.Choosing => Choosing(key),
            ReconciliationMode.Value => Value(key),
            _ => Refuse("the session is over"),
        };
    }

    private bool TakeReason(SessionKey key)
    {
        if (key.Kind != SessionKeyKind.Text)
        {
            return Refuse("a reason is a line of text");
        }

        _reason = key.Text.Trim();
        _mode = _beforeReason;
        _message = _reason.Length == 0 ? "no reason given" : "reason noted; it is saved with the next decision";
        return true;
    }

    private bool Choosing(SessionKey key)
    {
        var item = _items[_index];
        switch (key)
        {
            case { Kind: SessionKeyKind.Character, Character: >= '0' and <= '9' }:
                _typed += key.Character;
                return true;
            case { Kind: SessionKeyKind.Backspace or SessionKeyKind.Escape }:
                _typed = key.Kind == SessionKeyKind.Backspace && _typed.Length > 0 ? _typed[..^1] : string.Empty;
                return true;
            case { Kind: SessionKeyKind.Enter }:
                if (!int.TryParse(_typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > item.Codings.Count)
                {
                    _typed = string.Empty;
                    return Refuse($"type a coder's number (1–{item.Codings.Count}) and Enter, or c, v, m, s, q");
                }

                _typed = string.Empty;
                return Decide(item.Codings[number - 1].Values, item.Codings[number - 1].Coder);
            case { Kind: SessionKeyKind.Character }:
                return Command(char.ToLowerInvariant(key.Character), item);
            default:
                return Refuse("type a coder's number and Enter, or c, v, m, s, q");
        }
    }

    private bool Command(char c, ReconciliationItem item)
    {
        switch (c)
        {
            case 'c' when item.Dimension.Kind != DimensionKind.Multi:
                return Refuse("c combines categories of a multi dimension; choose a coder or enter a new value with v");
            case 'c':
                _selection.Clear();
                _selection.UnionWith(item.Codings.SelectMany(k => k.Values).Where(v => v is not (ReservedValues.None or ReservedValues.Uncoded)));
                _mode = ReconciliationMode.Value;
                _message = "the categories any coder chose are ticked: a number and Enter toggles one, Enter alone records them";
                return true;
            case 'v':
                _selection.Clear();
                _mode = ReconciliationMode.Value;
                return true;
            case 'm':
                _beforeReason = _mode;
                _mode = ReconciliationMode.Reason;
                return true;
            case 's':
                Skipped++;
                Next();
                return true;
            case 'q':
                _mode = ReconciliationMode.Quit;
                return true;
            default:
                return Refuse($"'{c}' is not a key here: a coder's number and Enter, c, v, m, s or q");
        }
    }

    private bool Value(SessionKey key)
    {
        var item = _items[_index];
        var dimension = item.Dimension;
        var options = ValueOptions(dimension);
        switch (key)
        {
            case { Kind: SessionKeyKind.Character, Character: >= '0' and <= '9' }:
                _typed += key.Character;
                return true;
            case { Kind: SessionKeyKind.Backspace }:
                _typed = _typed.Length > 0 ? _typed[..^1] : string.Empty;
                return true;
            case { Kind: SessionKeyKind.Escape }:
                if (_typed.Length > 0)
                {
                    _typed = string.Empty;
                    return true;
                }

                _mode = ReconciliationMode.Choosing;
                _selection.Clear();
                return true;
            case { Kind: SessionKeyKind.Enter } when _typed.Length > 0:
                var typed = _typed;
                _typed = string.Empty;
                if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > options.Count)
                {
                    return Refuse($"there is no value {typed} (1–{options.Count})");
                }

                var value = options[number - 1].Value;
                if (dimension.Kind != DimensionKind.Multi)
                {
                    return Decide([value]);
                }

                if (!_selection.Remove(value))
                {
                    _selection.Add(value);
                }

                return true;
            case { Kind: SessionKeyKind.Enter }:
                return dimension.Kind == DimensionKind.Multi && _selection.Count > 0
                    ? Decide([.. options.Select(o => o.Value).Where(_selection.Contains)])
                    : Refuse(dimension.Kind == DimensionKind.Multi ? "tick a category first (a number and Enter), or n for none" : "type a value's number and Enter");
            case { Kind: SessionKeyKind.Character, Character: 'n' or 'N' } when dimension.IsCategorical:
                return Decide([ReservedValues.None]);
            case { Kind: SessionKeyKind.Character, Character: 'x' or 'X' } when !dimension.Required:
                return Decide([ReservedValues.Uncoded]);
            case { Kind: SessionKeyKind.Character, Character: 'm' or 'M' }:
                _beforeReason = _mode;
                _mode = ReconciliationMode.Reason;
                return true;
            default:
                return Refuse("a value's number and Enter, Enter to record, " + (dimension.IsCategorical ? "n none, " : string.Empty) + (dimension.Required ? string.Empty : "x uncoded, ") + "m reason, Escape back");
        }
    }

    /// <summary>Records <paramref name="values"/> for the current disagreement (chosen from <paramref name="coder"/>, or classified), then moves on.</summary>
    private bool Decide(IReadOnlyList<string> values, string? coder = null)
    {
        var item = _items[_index];
        var provenance = coder is null ? Classify(item, values) : new ReconciliationProvenance(ReconciliationMethod.Chose, coder);
        if (provenance.Method == ReconciliationMethod.NewValue && _reason.Length == 0)
        {
            return Refuse("a value no coder recorded needs a reason: press m and type it first");
        }

        _store.Append(_plan.Into, Record(item, ValueKey.Stored(values, item.Dimension), provenance, _reason));
        Decided++;
        _message = $"{item.Unit.Id} · {item.Dimension.Id}: recorded ({provenance.Format()})";
        Next();
        return true;
    }

    /// <summary>
    /// A value put together with <c>c</c> or <c>v</c> that equals a coder's coding is that coder's (the first named); one made
    /// only of categories the coders chose is combined; anything else is new.
    /// </summary>
    internal static ReconciliationProvenance Classify(ReconciliationItem item, IReadOnlyList<string> values)
    {
        var key = ValueKey.Of(values, item.Dimension);
        if (item.Codings.FirstOrDefault(c => ValueKey.Of(c.Values, item.Dimension) == key) is { } same)
        {
            return new ReconciliationProvenance(ReconciliationMethod.Chose, same.Coder);
        }

        var chosen = item.Codings.SelectMany(c => c.Values).ToHashSet(StringComparer.Ordinal);
        return item.Dimension.Kind == DimensionKind.Multi && values.All(v => v is not (ReservedValues.None or ReservedValues.Uncoded) && chosen.Contains(v))
            ? new ReconciliationProvenance(ReconciliationMethod.Combined)
            : new ReconciliationProvenance(ReconciliationMethod.NewValue);
    }

    private void Next()
    {
        _reason = string.Empty;
        _typed = string.Empty;
        _selection.Clear();
        _index++;
        _mode = _index < _items.Count ? ReconciliationMode.Choosing : ReconciliationMode.Done;
    }

    private bool Refuse(string why)
    {
        _message = why;
        return false;
    }
}
