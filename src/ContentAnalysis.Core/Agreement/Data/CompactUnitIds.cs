using System.Collections;
using System.Globalization;
using System.Text;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Unit ids kept as one UTF-8 buffer with offsets and turned into strings only when asked for:
/// a million-row matrix needs its ids only for error messages and per-unit diagnostics, and a
/// string per id would cost about 40 MB. Without ids (no unit column) the ids are the row numbers.
/// </summary>
internal sealed class CompactUnitIds : IReadOnlyList<string>
{
    private byte[] _bytes;
    private int[] _ends;
    private int _byteCount;

    private CompactUnitIds(int capacity, bool numbered, long byteCapacity = 0)
    {
        Numbered = numbered;
        // An upper bound on the ids' bytes (the file's size) is taken uninitialised: pages never written are never
        // touched, so the room costs no memory and the buffer never grows and copies.
        _bytes = numbered ? []
            : byteCapacity > 0 ? GC.AllocateUninitializedArray<byte>((int)Math.Min(byteCapacity, Array.MaxLength))
            : new byte[Math.Max(16, capacity * 4)];
        _ends = numbered ? [] : new int[Math.Max(4, capacity)];
    }

    /// <summary>Whether the ids are the 1-based row numbers rather than stored text.</summary>
    public bool Numbered { get; }

    public int Count { get; private set; }

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Numbered ? (index + 1).ToString(CultureInfo.InvariantCulture) : Encoding.UTF8.GetString(Span(index));
        }
    }

    /// <summary>Ids stored as text, room for about <paramref name="capacity"/> of them.</summary>
    public static CompactUnitIds Stored(int capacity) => new(capacity, false);

    /// <summary>Ids stored as text, about <paramref name="capacity"/> of them, together at most <paramref name="byteCapacity"/> bytes.</summary>
    public static CompactUnitIds Stored(int capacity, long byteCapacity) => new(capacity, false, byteCapacity);

    /// <summary>Ids that are the row numbers 1..n.</summary>
    public static CompactUnitIds RowNumbers() => new(0, true);

    /// <summary>Appends an id (the UTF-8 bytes of one cell) and returns its index.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int Add(ReadOnlySpan<byte> utf8)
    {
        if (!Numbered)
        {
            if (_byteCount + utf8.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + utf8.Length));
            }

            if (Count == _ends.Length)
            {
                Array.Resize(ref _ends, _ends.Length * 2);
            }

            utf8.CopyTo(_bytes.AsSpan(_byteCount));
            _byteCount += utf8.Length;
            _ends[Count] = _byteCount;
        }

        return Count++;
    }

    /// <summary>Appends every id of <paramref name="other"/>, which must store its ids the same way.</summary>
    public void Append(CompactUnitIds other)
    {
        if (other.Numbered != Numbered)
        {
            throw new ArgumentException("Row numbers and stored ids do not mix.", nameof(other));
        }

        if (!Numbered)
        {
            var bytes = other._bytes.AsSpan(0, other._byteCount);
            if (_byteCount + bytes.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, _byteCount + bytes.Length);
            }

            if (Count + other.Count > _ends.Length)
            {
                Array.Resize(ref _ends, Count + other.Count);
            }

            bytes.CopyTo(_bytes.AsSpan(_byteCount));
            for (var i = 0; i < other.Count; i++)
            {
                _ends[Count + i] = _byteCount + other._ends[i];
            }

            _byteCount += bytes.Length;
        }

        Count += other.Count;
    }

    /// <summary>The UTF-8 bytes of stored id <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Span(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    /// <summary>Gives back the unused room of the id ends once all ids are in.</summary>
    public void Trim()
    {
        if (!Numbered)
        {
            // The bytes keep their room: copying them would touch twice what they hold.
            Array.Resize(ref _ends, Count);
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares stored ids by their bytes (ordinal string equality, as UTF-8 is one-to-one).</summary>
    internal sealed class ByteComparer(CompactUnitIds ids) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => ids.Span(x).SequenceEqual(ids.Span(y));

        public int GetHashCode(int obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(ids.Span(obj));
            return hash.ToHashCode();
        }
    }
}
