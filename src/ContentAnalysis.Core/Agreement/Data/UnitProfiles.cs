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

        var profileOfUnit = new int[data.UnitCount];
        var cols = columns.ToArray();
        if (data.UnitCount < TwoHalvesFromUnits)
        {
            return CountRange(data, cols, bits, 0, data.UnitCount, profileOfUnit)?.Profiles(q, bits, profileOfUnit);
        }

        // Two halves on two threads; the second half's new profiles follow the first's in the order they first occur,
        // which is the numbering one pass gives, and the counts add up.
        var half = data.UnitCount / 2;
        var later = Task.Run(() => CountRange(data, cols, bits, half, data.UnitCount, profileOfUnit));
        var first = CountRange(data, cols, bits, 0, half, profileOfUnit);
        var second = later.Result!;
        if (first is null)
        {
            return null;
        }

        var renumber = new int[second.Keys.Count];
        for (var j = 0; j < renumber.Length; j++)
        {
            renumber[j] = first.Add(second.Keys[j], second.Multiplicity[j]);
        }

        for (var u = half; u < profileOfUnit.Length; u++)
        {
            profileOfUnit[u] = profileOfUnit[u] < 0 ? -1 : renumber[profileOfUnit[u]];
        }

        for (var i = 0; i < first.CoderCounts.Length; i++)
        {
            first.CoderCounts[i] += second.CoderCounts[i];
        }

        first.UnitsWithValue += second.UnitsWithValue;
        return first.Profiles(q, bits, profileOfUnit);
    }

    /// <summary>From this many units the profiles are counted in two halves on two threads.</summary>
    internal const int TwoHalvesFromUnits = 200_000;

    // The profiles of units [from, to), numbered from 0 in the order they first occur; null when they do not pay (checked
    // after TrialUnits units of a range that starts at the first unit).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Counted? CountRange(ReliabilityData data, int[] columns, int bits, int from, int to, int[] profileOfUnit)
    {
        var width = data.CoderCount;
        var q = data.ValueCount;
        var cells = data.Cells;
        var counted = new Counted(columns.Length * q);
        for (var u = from; u < to; u++)
        {
            if (u == TrialUnits && counted.Keys.Count > MaxProfileShare * u)
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
                    counted.CoderCounts[(g * q) + value]++;
                }
            }

            if (key == 0)
            {
                profileOfUnit[u] = -1;
                continue;
            }

            counted.UnitsWithValue++;
            profileOfUnit[u] = counted.Add(key, 1);
        }

        return counted;
    }

    /// <summary>Profiles counted over a range of units.</summary>
    private sealed class Counted(int coderCountCells)
    {
        private readonly ProfileIndex _index = new();

        public List<ulong> Keys { get; } = [];

        public List<int> Multiplicity { get; } = [];

        public int[] CoderCounts { get; } = new int[coderCountCells];

        public int UnitsWithValue { get; set; }

        /// <summary>Adds <paramref name="units"/> units of profile <paramref name="key"/> and returns its number.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Add(ulong key, int units)
        {
            var number = _index.Find(key, Keys.Count);
            if (number == Keys.Count)
            {
                Keys.Add(key);
                Multiplicity.Add(0);
            }

            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Multiplicity)[number] += units;
            return number;
        }

        public UnitProfiles Profiles(int q, int bits, int[] profileOfUnit) =>
            new(q, bits, [.. Keys], [.. Multiplicity], profileOfUnit, CoderCounts, UnitsWithValue);
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
