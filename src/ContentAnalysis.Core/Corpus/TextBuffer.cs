using System.Buffers;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A growable character buffer on a pooled array, for building a document's text while reading spans of what was
/// already written (a <see cref="System.Text.StringBuilder"/> does not hand out spans).
/// </summary>
internal sealed class TextBuffer : IDisposable
{
    private char[] _chars;
    private int _length;

    /// <summary>Creates a buffer for about <paramref name="capacity"/> characters.</summary>
    public TextBuffer(int capacity) => _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    /// <summary>The number of characters written; setting it shorter drops the end.</summary>
    public int Length
    {
        get => _length;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, _length);
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _length = value;
        }
    }

    /// <summary>Appends one character.</summary>
    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    /// <summary>Appends characters.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>The characters from <paramref name="start"/> to the end.</summary>
    public ReadOnlySpan<char> Slice(int start) => _chars.AsSpan(start, _length - start);

    /// <inheritdoc/>
    public override string ToString() => new(_chars, 0, _length);

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        _length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
