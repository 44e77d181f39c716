namespace ContentAnalysis.Core.Coding;

/// <summary>
/// One coder's folded journal, compactly: per dimension ordinal an array indexed by unit ordinal (<see cref="CodingKeys"/>)
/// holding the number of the current coding (0: none), and the codings themselves as structs. A later line of the same
/// unit × dimension overwrites its coding in place; a clear empties the slot.
/// </summary>
internal sealed class FoldedCodings
{
    private int[][] _slots = [];
    private Entry[] _entries = new Entry[16];
    private int _entryCount;

    public FoldedCodings(CodingKeys keys) => Keys = keys;

    /// <summary>The ids the ordinals stand for.</summary>
    public CodingKeys Keys { get; }

    /// <summary>Memos written ahead of their answer.</summary>
    public Dictionary<(string Unit, string Dimension), string> Memos { get; } = [];

    /// <summary>The number of unit × dimension codings.</summary>
    public int Count { get; private set; }

    /// <summary>The number of the coding of a unit × dimension plus one, or 0 when there is none.</summary>
    public int Slot(int unit, int dimension)
    {
        if (dimension < 0 || dimension >= _slots.Length)
        {
            return 0;
        }

        var slots = _slots[dimension];
        return unit >= 0 && unit < slots.Length ? slots[unit] : 0;
    }

    /// <summary>The coding a non-zero <see cref="Slot"/> names.</summary>
    public ref readonly Entry At(int slot) => ref _entries[slot - 1];

    /// <summary>Makes room for <paramref name="count"/> codings in all, so a long journal does not grow the array step by step.</summary>
    public void EnsureCapacity(int count)
    {
        if (count > _entries.Length)
        {
            Array.Resize(ref _entries, count);
        }
    }

    /// <summary>Records the coding of a unit × dimension (replacing an earlier one).</summary>
    public void Set(int unit, int dimension, in Entry entry)
    {
        var slots = SlotsFor(unit, dimension);
        if (slots[unit] > 0)
        {
            _entries[slots[unit] - 1] = entry;
            return;
        }

        if (_entryCount == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_entryCount++] = entry;
        slots[unit] = _entryCount;
        Count++;
    }

    /// <summary>Removes the coding of a unit × dimension, if any.</summary>
    public void Clear(int unit, int dimension)
    {
        if (Slot(unit, dimension) > 0)
        {
            _slots[dimension][unit] = 0;
            Count--;
        }
    }

    /// <summary>Whether some unit has a coding on the dimension.</summary>
    public bool HasDimension(int dimension) => dimension >= 0 && dimension < _slots.Length && _slots[dimension].AsSpan().ContainsAnyExcept(0);

    /// <summary>Whether the unit has a coding on some dimension.</summary>
    public bool HasAny(int unit)
    {
        for (var d = 0; d < _slots.Length; d++)
        {
            if (Slot(unit, d) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The coding as the public record.</summary>
    public CodingValue Value(int slot)
    {
        ref readonly var entry = ref At(slot);
        return new CodingValue(entry.Values, entry.Memo, new DateTimeOffset(entry.Ticks, TimeSpan.Zero), entry.CodebookHash, entry.UnitHash, entry.Line) { Provenance = entry.Provenance };
    }

    /// <summary>The same codings numbered by <paramref name="keys"/> (to join coders loaded from different stores).</summary>
    public FoldedCodings Rekey(CodingKeys keys)
    {
        var copy = new FoldedCodings(keys);
        foreach (var (memo, text) in Memos)
        {
            copy.Memos[memo] = text;
        }

        for (var d = 0; d < Math.Min(_slots.Length, Keys.DimensionCount); d++)
        {
            if (!HasDimension(d))
            {
                continue;
            }

            var dimension = keys.Dimension(Keys.DimensionId(d));
            for (var u = 0; u < _slots[d].Length; u++)
            {
                if (_slots[d][u] > 0)
                {
                    copy.Set(keys.Unit(Keys.UnitId(u)), dimension, At(_slots[d][u]));
                }
            }
        }

        return copy;
    }

    private int[] SlotsFor(int unit, int dimension)
    {
        if (dimension >= _slots.Length)
        {
            var grown = new int[Math.Max(dimension + 1, _slots.Length * 2)][];
            _slots.CopyTo(grown, 0);
            for (var d = _slots.Length; d < grown.Length; d++)
            {
                grown[d] = [];
            }

            _slots = grown;
        }

        ref var slots = ref _slots[dimension];
        if (unit >= slots.Length)
        {
            Array.Resize(ref slots, Math.Max(Math.Max(unit + 1, slots.Length * 2), Math.Max(Keys.UnitCount, 64)));
        }

        return slots;
    }

    /// <summary>One coding: the fields of its journal line.</summary>
    internal readonly record struct Entry(string[] Values, string Memo, long Ticks, string CodebookHash, string UnitHash, int Line, string Provenance);
}
