using System.Buffers.Text;
using System.Collections;
using System.Globalization;
using System.Text;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Unit ids kept as one UTF-8 buffer with offsets and turned into strings only when asked for:
/// a million-row matrix needs its ids only for error messages and per-unit diagnostics, and a
/// string per id would cost about 40 MB. Without ids (no unit column) the ids are the row numbers.
/// <para>
/// Ids that count up from their first (<c>u1, u2, u3</c> or <c>101, 102</c>: a fixed prefix and a number without leading
/// zeros, one more each time) are not stored at all while they do: the prefix and the first number give every one of
/// them. The first id that breaks the count writes the ids before it into the buffer, and storing goes on from there;
/// so does the first call of <see cref="Span"/>, whose bytes must live in the buffer.
/// </para>
/// </summary>
internal sealed class CompactUnitIds : IReadOnlyList<string>
{
    // Longest counted number: 18 digits never overflow a long when one is added.
    private const int MaxCountedDigits = 18;

    private readonly int _capacity;
    private readonly long _byteCapacity;
    private byte[] _bytes = [];
    private int[] _ends = [];
    private int _byteCount;
    private byte[]? _prefix;
    private long _first;

    // While counting: the digits the next id must end in.
    private readonly byte[] _next = new byte[MaxCountedDigits + 2];
    private int _nextLength;

    private CompactUnitIds(int capacity, bool numbered, long byteCapacity = 0)
    {
        Numbered = numbered;
        _capacity = Math.Max(4, capacity);
        _byteCapacity = byteCapacity;
    }

    /// <summary>Whether the ids are the 1-based row numbers rather than stored text.</summary>
    public bool Numbered { get; }

    /// <summary>Whether every id so far is the prefix and first number counted up (none is stored); such ids are distinct and ascending.</summary>
    public bool Counting => _prefix is not null;

    public int Count { get; private set; }

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Numbered ? (index + 1).ToString(CultureInfo.InvariantCulture)
                : _prefix is { } prefix ? Encoding.UTF8.GetString(prefix) + (_first + index).ToString(CultureInfo.InvariantCulture)
                : Encoding.UTF8.GetString(Span(index));
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
        if (Numbered)
        {
            return Count++;
        }

        if (_prefix is { } prefix)
        {
            if (utf8.StartsWith(prefix) && utf8[prefix.Length..].SequenceEqual(_next.AsSpan(0, _nextLength)))
            {
                Increment();
                return Count++;
            }

            Store();
        }
        else if (Count == 0 && StartsCount(utf8))
        {
            return Count++;
        }
        else if (_bytes.Length == 0)
        {
            Store();
        }

        if (_byteCount + utf8.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + utf8.Length));
        }

        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, Math.Max(_ends.Length * 2, 4));
        }

        utf8.CopyTo(_bytes.AsSpan(_byteCount));
        _byteCount += utf8.Length;
        _ends[Count] = _byteCount;
        return Count++;
    }

    /// <summary>Appends every id of <paramref name="other"/>, which must store its ids the same way.</summary>
    public void Append(CompactUnitIds other)
    {
        if (other.Numbered != Numbered)
        {
            throw new ArgumentException("Row numbers and stored ids do not mix.", nameof(other));
        }

        if (other.Count == 0)
        {
            return;
        }

        if (Numbered || (Count == 0 && other.Counting && _bytes.Length == 0))
        {
            (_prefix, _first) = Numbered ? (null, 0) : (other._prefix, other._first);
            other._next.CopyTo(_next, 0);
            _nextLength = other._nextLength;
            Count += other.Count;
            return;
        }

        if (_prefix is { } prefix && other._prefix is { } next && prefix.AsSpan().SequenceEqual(next) && other._first == _first + Count)
        {
            other._next.CopyTo(_next, 0);
            _nextLength = other._nextLength;
            Count += other.Count;
            return;
        }

        Store();
        other.Store();
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
        Count += other.Count;
    }

    /// <summary>The UTF-8 bytes of stored id <paramref name="index"/> (counted ids are stored first).</summary>
    public ReadOnlySpan<byte> Span(int index)
    {
        Store();
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    /// <summary>Gives back the unused room of the id ends once all ids are in.</summary>
    public void Trim()
    {
        if (!Numbered && _prefix is null && _ends.Length != Count)
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

    // The digits of the next counted id go up by one in place (9 → 10 moves them right), so no number is formatted per id.
    private void Increment()
    {
        var i = _nextLength - 1;
        while (i >= 0 && _next[i] == (byte)'9')
        {
            _next[i--] = (byte)'0';
        }

        if (i >= 0)
        {
            _next[i]++;
            return;
        }

        _next.AsSpan(0, _nextLength).CopyTo(_next.AsSpan(1));
        _next[0] = (byte)'1';
        _nextLength++;
    }

    // Starts counting when the first id ends in a number without leading zeros.
    private bool StartsCount(ReadOnlySpan<byte> utf8)
    {
        var start = utf8.Length;
        while (start > 0 && char.IsAsciiDigit((char)utf8[start - 1]))
        {
            start--;
        }

        var digits = utf8[start..];
        if (digits.IsEmpty || digits.Length > MaxCountedDigits || (digits[0] == (byte)'0' && digits.Length > 1)
            || !Utf8Parser.TryParse(digits, out long first, out var consumed) || consumed != digits.Length)
        {
            return false;
        }

        (_prefix, _first) = (utf8[..start].ToArray(), first);
        digits.CopyTo(_next);
        _nextLength = digits.Length;
        Increment();
        return true;
    }

    // Writes the counted ids into the buffer, and stops counting.
    private void Store()
    {
        if (Numbered)
        {
            return;
        }

        if (_bytes.Length == 0)
        {
            // An upper bound on the ids' bytes (the file's size) is taken uninitialised: pages never written are never
            // touched, so the room costs no memory and the buffer never grows and copies.
            _bytes = _byteCapacity > 0 ? GC.AllocateUninitializedArray<byte>((int)Math.Min(_byteCapacity, Array.MaxLength)) : new byte[Math.Max(16, _capacity * 4)];
            _ends = new int[Math.Max(_capacity, Count)];
        }

        if (_prefix is not { } prefix)
        {
            return;
        }

        _prefix = null;
        Span<byte> digits = stackalloc byte[20];
        for (var i = 0; i < Count; i++)
        {
            Utf8Formatter.TryFormat(_first + i, digits, out var written);
            var length = prefix.Length + written;
            if (_byteCount + length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + length));
            }

            prefix.CopyTo(_bytes.AsSpan(_byteCount));
            digits[..written].CopyTo(_bytes.AsSpan(_byteCount + prefix.Length));
            _byteCount += length;
            _ends[i] = _byteCount;
        }
    }

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
