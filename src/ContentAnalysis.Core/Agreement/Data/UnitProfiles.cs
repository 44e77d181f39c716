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
        var index = new Dictionary<ulong, int>();
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
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
            if (!exists)
            {
                slot = keys.Count;
                keys.Add(key);
                multiplicity.Add(0);
            }

            profileOfUnit[u] = slot;
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(multiplicity)[slot]++;
        }

        return new UnitProfiles(q, bits, [.. keys], [.. multiplicity], profileOfUnit, coderCounts, withValue);
    }
}
