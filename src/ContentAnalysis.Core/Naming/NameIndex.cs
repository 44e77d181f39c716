namespace ContentAnalysis.Core.Naming;

/// <summary>
/// Known names indexed for "did you mean" hints: the names are sorted (lower-cased), so names sharing a prefix lie
/// together and share the edit-distance rows computed for that prefix, and a prefix already more than three edits from
/// the word rules out every name that starts with it. A lookup therefore visits only the prefixes near the word, not
/// every name (100,000 unit ids: microseconds instead of a scan). The answers are exactly
/// <see cref="EditDistance.Suggest"/>'s rule: nearest by <see cref="EditDistance.Between"/>, the earliest name on a tie.
/// </summary>
public sealed class NameIndex
{
    // Suggestions are never further than this many edits (EditDistance.Suggest's cap).
    private const int MaxDistance = 3;

    private readonly string[] _keys;
    private readonly int[] _order;
    private readonly string[] _names;
    private readonly Dictionary<string, int> _firstByKey;

    /// <summary>Indexes <paramref name="names"/>; their order decides ties.</summary>
    public NameIndex(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = [.. names];
        _keys = [.. _names.Select(n => n.ToLowerInvariant())];
        _order = [.. Enumerable.Range(0, _names.Length)];
        Array.Sort(_keys, _order, StringComparer.Ordinal);
        _firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = _names.Length - 1; i >= 0; i--)
        {
            _firstByKey[_names[i].ToLowerInvariant()] = i;
        }
    }

    /// <summary>The number of names indexed.</summary>
    public int Count => _names.Length;

    /// <summary>
    /// The name closest to <paramref name="word"/> if it is close enough to be a typo (at most a third of its letters
    /// differ, and never more than three), or a name the word starts with (<c>multiple</c> for <c>multi</c>); otherwise null.
    /// </summary>
    public string? Suggest(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_names.Length == 0)
        {
            return null;
        }

        var query = word.ToLowerInvariant();
        var (best, bestDistance) = Nearest(query, Math.Clamp((query.Length + MaxDistance) / 3, 1, MaxDistance));

        // A word that starts with a name ("multiple" for "multi") is a likely slip even when long.
        if (bestDistance > 1 && Prefixed(query) is { } prefixed)
        {
            return _names[prefixed];
        }

        if (best < 0)
        {
            return null;
        }

        var allowed = Math.Clamp(Math.Max(word.Length, _names[best].Length) / 3, 1, MaxDistance);
        return bestDistance <= allowed ? _names[best] : null;
    }

    /// <summary>A hint "did you mean 'x'?" or null when nothing is close.</summary>
    public string? DidYouMean(string word) => Suggest(word) is { } suggestion ? $"did you mean '{suggestion}'?" : null;

    // The earliest name of length ≥ 3 that the word starts with.
    private int? Prefixed(string query)
    {
        int? first = null;
        for (var length = 3; length <= query.Length; length++)
        {
            if (_firstByKey.TryGetValue(query[..length], out var index) && (first is null || index < first))
            {
                first = index;
            }
        }

        return first;
    }

    /// <summary>
    /// The name nearest to <paramref name="query"/> within <paramref name="radius"/> edits (optimal string alignment),
    /// the earliest on a tie; (-1, int.MaxValue) when none is that close. Walks the sorted keys as a trie: rows for a
    /// shared prefix are reused, and a prefix whose last two rows exceed the radius skips every key that starts with it.
    /// </summary>
    private (int Index, int Distance) Nearest(string query, int radius)
    {
        var width = query.Length + 1;
        var rows = new List<int[]> { Enumerable.Range(0, width).ToArray() };
        var minima = new List<int> { 0 };
        var (best, bestDistance) = (-1, int.MaxValue);
        var previous = string.Empty;
        var valid = 0;
        var i = 0;
        while (i < _keys.Length)
        {
            var key = _keys[i];
            var depth = Math.Min(CommonPrefix(key, previous), valid);
            var pruned = false;
            while (depth < key.Length)
            {
                depth++;
                var row = Row(rows, minima, depth, width);
                Fill(row, rows[depth - 1], depth > 1 ? rows[depth - 2] : null, key, depth, query);
                minima[depth] = row.Min();
                if (minima[depth] > radius && minima[depth - 1] >= radius)
                {
                    pruned = true;
                    break;
                }
            }

            (previous, valid) = (key, depth);
            if (pruned)
            {
                i = EndOfPrefix(key.AsSpan(0, depth), i);
                continue;
            }

            var distance = rows[key.Length][query.Length];
            if (distance <= radius && (distance < bestDistance || (distance == bestDistance && _order[i] < best)))
            {
                (best, bestDistance) = (_order[i], distance);
            }

            i++;
        }

        return (best, bestDistance);
    }

    private static int[] Row(List<int[]> rows, List<int> minima, int depth, int width)
    {
        while (rows.Count <= depth)
        {
            rows.Add(new int[width]);
            minima.Add(0);
        }

        return rows[depth];
    }

    // One row of the optimal-string-alignment table: the key's prefix of length depth against every prefix of the query.
    private static void Fill(int[] row, int[] above, int[]? twoAbove, string key, int depth, string query)
    {
        var letter = key[depth - 1];
        row[0] = depth;
        for (var j = 1; j < row.Length; j++)
        {
            var substitution = above[j - 1] + (letter == query[j - 1] ? 0 : 1);
            row[j] = Math.Min(substitution, Math.Min(above[j] + 1, row[j - 1] + 1));
            if (twoAbove is not null && j > 1 && letter == query[j - 2] && key[depth - 2] == query[j - 1])
            {
                row[j] = Math.Min(row[j], twoAbove[j - 2] + 1);
            }
        }
    }

    // The first index after start whose key does not start with prefix (the keys are sorted, so they are contiguous).
    private int EndOfPrefix(ReadOnlySpan<char> prefix, int start)
    {
        var (low, high) = (start + 1, _keys.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_keys[middle].AsSpan().StartsWith(prefix, StringComparison.Ordinal))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int CommonPrefix(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
