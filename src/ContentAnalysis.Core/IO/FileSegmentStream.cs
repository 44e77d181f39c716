using Microsoft.Win32.SafeHandles;

namespace ContentAnalysis.Core.IO;

/// <summary>
/// A read-only, forward-only view of the bytes <c>[start, end)</c> of an open file, read at their offsets, so several
/// threads can each read their own range of one file through one handle.
/// </summary>
internal sealed class FileSegmentStream(SafeFileHandle handle, long start, long end) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => end - start;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, end - start - _read);
        if (count <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(handle, buffer[..count], start + _read);
        _read += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
