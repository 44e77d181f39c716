namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The units of a reliability matrix grouped by their value profile: the multiset of values the chosen coders gave
/// (how many gave each value, regardless of who). Alpha and every kappa-family coefficient except Conger's chance
/// term depend on a unit only through this profile, so each profile is evaluated once and weighted by how many units
/// share it. A million units of five coders on ten categories hold about three thousand profiles.
/// <para>
/// A profile is packed exactly into 64 bits: value c's count occupies bits <c>c·b .. c·b + b − 1</c>, with b the bits
/// that hold the number of coders; the key of a unit is the sum of <c>1 &lt;&lt; (c·b)</c> over its values, which no
/// count can carry past its field. Data whose values do not fit (V · b &gt; 64, continuous scales, thousands of coders)
/// are not grouped (<see cref="TryBuild"/> returns null), nor are data with nearly as many profiles as units, where
/// grouping would only cost.
/// </para>
/// </summary>
internal sealed class UnitProfiles
{
    private readonly int _bits;
    private readonly ulong _mask;

    private UnitProfiles(int valueCount, int bits, ulong[] keys, int[] multiplicity, int[] profileOfUnit, int[] coderCounts, int unitsWithValue)
    {
        ValueCount = valueCount;
        _bits = bits;
        _mask = (1UL << bits) - 1;
        Keys = keys;
        Multiplicity = multiplicity;
        ProfileOfUnit = profileOfUnit;
        CoderCounts = coderCounts;
        UnitsWithValue = unitsWithValue;
    }

    /// <summary>Above this share of profiles per unit (after the first <see cref="TrialUnits"/> units) grouping stops.</summary>
    internal const double MaxProfileShare = 0.25;

    /// <summary>The units looked at before <see cref="MaxProfileShare"/> is checked.</summary>
    internal const int TrialUnits = 65_536;

    /// <summary>V, the number of value codes.</summary>
    public int ValueCount { get; }

    /// <summary>The packed profile of each group.</summary>
    public ulong[] Keys { get; }

    /// <summary>How many units share each profile.</summary>
    public int[] Multiplicity { get; }

    /// <summary>The profile of each unit of the data, or −1 when none of the chosen coders gave it a value.</summary>
    public int[] ProfileOfUnit { get; }

    /// <summary>n_gk: how often the g-th chosen coder gave value k, coder-major (<c>[g * V + k]</c>).</summary>
    public int[] CoderCounts { get; }

    /// <summary>The number of units with at least one value.</summary>
    public int UnitsWithValue { get; }

    /// <summary>The number of profiles.</summary>
    public int Count => Keys.Length;

    /// <summary>How many of the chosen coders gave <paramref name="value"/> in units of profile <paramref name="profile"/>.</summary>
    public int CountOf(int profile, int value) => (int)((Keys[profile] >> (value * _bits)) & _mask);

    /// <summary>m: the number of values in units of profile <paramref name="profile"/>.</summary>
    public int ValuesIn(int profile)
    {
        var (key, m) = (Keys[profile], 0);
        while (key != 0)
        {
            m += (int)(key & _mask);
            key >>= _bits;
        }

        return m;
    }

    /// <summary>Groups the units of <paramref name="data"/> by the values of <paramref name="columns"/>, or null when that does not pay.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static UnitProfiles? TryBuild(ReliabilityData data, ReadOnlySpan<int> columns)
    {
        var q = data.ValueCount;
        var bits = 32 - int.LeadingZeroCount(columns.Length);
        if (q == 0 || columns.Length == 0 || (long)q * bits > 64 || data.UnitCount < 2)
        {
            return null;
        }

        var width = data.CoderCount;
        var cells = data.Cells;
        var profileOfUnit = new int[data.UnitCount];
        var coderCounts = new int[columns.Length * q];
        var index = new ProfileIndex();
        var keys = new List<ulong>();
        var multiplicity = new List<int>();
        var withValue = 0;
        for (var u = 0; u < data.UnitCount; u++)
        {
            if (u == TrialUnits && keys.Count > MaxProfileShare * u)
            {
                return null;
            }

            var row = cells.Slice(u * width, width);
            ulong key = 0;
            for (var g = 0; g < columns.Length; g++)
            {
                var value = row[columns[g]];
                if (value != ReliabilityData.Missing)
                {
                    key += 1UL << (value * bits);
                    coderCounts[(g * q) + value]++;
                }
            }

            if (key == 0)
            {
                profileOfUnit[u] = -1;
                continue;
            }

            withValue++;
            var slot = index.Find(key, keys.Count);
            if (slot == keys.Count)
            {
                keys.Add(key);
                multiplicity.Add(0);
            }

            profileOfUnit[u] = slot;
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(multiplicity)[slot]++;
        }

        return new UnitProfiles(q, bits, [.. keys], [.. multiplicity], profileOfUnit, coderCounts, withValue);
    }

    /// <summary>
    /// Profile keys to profile numbers: an open-addressing table of the non-zero keys. A <see cref="Dictionary{TKey, TValue}"/>
    /// of <see cref="ulong"/> keys is a generic instantiation that a ReadyToRun build does not carry compiled, so a
    /// one-off run of a million units spent most of its time in its unoptimised first version; this loop is compiled
    /// optimised with its caller.
    /// </summary>
    private sealed class ProfileIndex
    {
        private ulong[] _keys = new ulong[1 << 12];
        private int[] _numbers = new int[1 << 12];
        private int _count;

        /// <summary>The number of <paramref name="key"/> (not 0), which is <paramref name="next"/> when the key is new (and is then stored as that).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Find(ulong key, int next)
        {
            var mask = _keys.Length - 1;
            var at = Slot(key, mask);
            while (true)
            {
                var stored = _keys[at];
                if (stored == key)
                {
                    return _numbers[at];
                }

                if (stored == 0)
                {
                    _keys[at] = key;
                    _numbers[at] = next;
                    if (++_count * 2 > _keys.Length)
                    {
                        Grow();
                    }

                    return next;
                }

                at = (at + 1) & mask;
            }
        }

        private static int Slot(ulong key, int mask) => unchecked((int)((key * 0x9E3779B97F4A7C15UL) >> 32)) & mask;

        private void Grow()
        {
            var (keys, numbers) = (_keys, _numbers);
            _keys = new ulong[keys.Length * 2];
            _numbers = new int[keys.Length * 2];
            var mask = _keys.Length - 1;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] != 0)
                {
                    var at = Slot(keys[i], mask);
                    while (_keys[at] != 0)
                    {
                        at = (at + 1) & mask;
                    }

                    _keys[at] = keys[i];
                    _numbers[at] = numbers[i];
                }
            }
        }
    }
}
