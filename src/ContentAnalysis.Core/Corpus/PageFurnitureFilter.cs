using System.Runtime.CompilerServices;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// <see cref="PageFurniture"/> for a text read line by line: form feeds and page-number lines go as they are read;
/// running headers and footers need every page, so the first reading collects the page edges
/// (<see cref="RunningLines"/>) and, only when some repeat, a second reading drops those lines. The lines passed on
/// are those <see cref="PageFurniture.Remove"/> keeps, with the same line ends.
/// </summary>
internal sealed class PageFurnitureFilter(IReadOnlySet<int>? drop, LineHandler next) : IDisposable
{
    private readonly List<(int Page, int Line, string? Key)> _edges = [];
    private readonly TextBuffer _pending = new(1024);
    private readonly TextBuffer _bottom = new(PageFurniture.MaxRunningLineLength + 1);
    private int _index;
    private int _pages;
    private bool _hasPending;
    private int _top = -1;
    private string? _topKey;
    private int _bottomLine = -1;
    private bool _bottomShort;

    /// <summary>Takes the next line of the text (lines are numbered from 0 as <see cref="string.Split(char, StringSplitOptions)"/> numbers them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Line(ReadOnlySpan<char> line, bool isLast)
    {
        var index = _index++;
        if (line.Contains('\f'))
        {
            // A form feed ends the page before its line; the line, without it, starts the next one.
            line = line.ToString().Replace("\f", string.Empty, StringComparison.Ordinal);
            ClosePage();
        }

        if (PageFurniture.IsPageNumberLine(line))
        {
            ClosePage();
        }
        else if (drop is null || !drop.Contains(index))
        {
            Edge(index, line);
            Keep(line);
        }

        if (isLast)
        {
            ClosePage();
            if (_hasPending)
            {
                next(_pending.Slice(0), isLast: true);
            }
        }
    }

    /// <summary>After the last line: the lines that are running headers or footers (none when fewer than three pages).</summary>
    public HashSet<int> RunningLines()
    {
        var lines = new HashSet<int>();
        if (_pages < PageFurniture.MinRepeats)
        {
            return lines;
        }

        foreach (var group in _edges.Where(e => e.Key is not null).GroupBy(e => e.Key!, StringComparer.Ordinal))
        {
            if (group.Select(e => e.Page).Distinct().Count() >= PageFurniture.MinRepeats)
            {
                lines.UnionWith(group.Select(e => e.Line));
            }
        }

        return lines;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _pending.Dispose();
        _bottom.Dispose();
    }

    // A kept line goes on once the next kept line (or the end) tells whether a line end follows it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Keep(ReadOnlySpan<char> line)
    {
        if (_hasPending)
        {
            next(_pending.Slice(0), isLast: false);
        }

        _pending.Length = 0;
        _pending.Append(line);
        _hasPending = true;
    }

    // The first and the last non-blank kept line of each page are its edges; only short ones can be running lines.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Edge(int index, ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        var isShort = trimmed.Length <= PageFurniture.MaxRunningLineLength;
        if (_top < 0)
        {
            _top = index;
            _topKey = isShort ? trimmed.ToString() : null;
        }

        _bottomLine = index;
        _bottomShort = isShort;
        _bottom.Length = 0;
        if (isShort)
        {
            _bottom.Append(trimmed);
        }
    }

    private void ClosePage()
    {
        if (_top >= 0)
        {
            _edges.Add((_pages, _top, _topKey));
            if (_bottomLine != _top)
            {
                _edges.Add((_pages, _bottomLine, _bottomShort ? _bottom.ToString() : null));
            }
        }

        _pages++;
        _top = -1;
        _topKey = null;
        _bottomLine = -1;
    }
}
