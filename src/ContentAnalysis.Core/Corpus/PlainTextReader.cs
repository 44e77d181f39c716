using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Imports a plain <c>.txt</c> file without holding it whole: lines are read (<see cref="TextLineReader"/>), front
/// matter split off, page furniture dropped (<see cref="PageFurnitureFilter"/>), blank-line blocks cleaned
/// (<see cref="TextNormalizer.CleanBlock"/>) and cut (<see cref="UnitCutter"/>), and the text and unit rows written to
/// a <see cref="StreamedText"/> as blocks are cut. Text and units are those of <see cref="TextNormalizer.Clean(string)"/>
/// and <see cref="DocumentParser.Parse"/> on the whole file (a test compares them on random text).
/// </summary>
internal sealed class PlainTextReader : IDisposable
{
    private const int FlushChars = 1 << 16;
    private const int DrainUnits = 4096;

    private static readonly Dictionary<string, string> NoFields = [];

    private readonly string _display;
    private readonly Func<IReadOnlyDictionary<string, string>, DocumentMetadata> _metadata;
    private readonly UnitKind _unitKind;
    private readonly PageFurnitureFilter _furniture;
    private readonly List<string> _head = [];
    private readonly TextBuffer _block = new(4096);
    private readonly TextBuffer _text = new(FlushChars * 2);
    private readonly UnitHasher _hasher = new();
    private UnitCutter? _cutter;
    private int _lines;
    private bool _inHead;
    private bool _eating;
    private int _blockLines;
    private bool _seenLine;

    private PlainTextReader(string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, IReadOnlySet<int>? drop, bool onDisk)
    {
        _display = display;
        _metadata = metadata;
        _unitKind = unitKind;
        _furniture = new PageFurnitureFilter(drop, Line);
        Output = new StreamedText(onDisk);
    }

    /// <summary>The text and units written.</summary>
    public StreamedText Output { get; }

    /// <summary>The document's metadata (set once the front matter has been read).</summary>
    public DocumentMetadata? Metadata { get; private set; }

    /// <summary>Warnings from the front matter.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private set; } = [];

    /// <summary>SHA-256 (hex) of the file's bytes.</summary>
    public string FileHash { get; private set; } = string.Empty;

    /// <summary>
    /// Reads <paramref name="file"/>: once, and a second time only when the first reading found running headers or
    /// footers (they are known only when every page has been seen). The caller disposes the result.
    /// </summary>
    /// <exception cref="InputException">The file is not UTF-8 text, or its front matter or metadata is invalid.</exception>
    public static PlainTextReader Read(string file, string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, bool onDisk)
    {
        var reader = Run(file, display, metadata, unitKind, drop: null, onDisk);
        var running = reader._furniture.RunningLines();
        if (running.Count == 0)
        {
            return reader;
        }

        reader.Dispose();
        return Run(file, display, metadata, unitKind, running, onDisk);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _furniture.Dispose();
        _block.Dispose();
        _text.Dispose();
        _hasher.Dispose();
        Output.Dispose();
    }

    private static PlainTextReader Run(string file, string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, IReadOnlySet<int>? drop, bool onDisk)
    {
        var reader = new PlainTextReader(display, metadata, unitKind, drop, onDisk);
        try
        {
            reader.FileHash = TextLineReader.Read(file, display, reader.RawLine);
            reader.Finish();
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    // Front matter (FrontMatter.Split's rules on lines): '---' first, up to the next '---' line; its lines stay as empty lines.
    private void RawLine(ReadOnlySpan<char> line, bool isLast)
    {
        var index = _lines++;
        if (index == 0 && !isLast && line.SequenceEqual("---"))
        {
            _inHead = true;
        }

        if (!_inHead)
        {
            Start(NoFields);
            _furniture.Line(line, isLast);
            return;
        }

        _head.Add(line.ToString());
        if ((index > 0 && line.SequenceEqual("---")) || isLast)
        {
            var text = string.Join('\n', _head) + (isLast ? string.Empty : "\n");
            var (fields, _, warnings) = FrontMatter.Split(text, _display);
            Warnings = warnings;
            Start(fields);
            _inHead = false;
            for (var i = 0; i < _head.Count; i++)
            {
                _furniture.Line([], isLast && i == _head.Count - 1);
            }

            _head.Clear();
        }
    }

    private void Start(IReadOnlyDictionary<string, string> fields)
    {
        if (_cutter is null)
        {
            Metadata = _metadata(fields);
            _cutter = new UnitCutter(_text, _hasher, _unitKind, Metadata.Id, Metadata.Period);
        }
    }

    // Blocks as DocumentParser's blank-line separator (\n[ \t]*\n\s*) cuts them: a blank line between two lines ends
    // a block, and every white space after it, up to the next block's first character, belongs to the separator.
    private void Line(ReadOnlySpan<char> line, bool isLast)
    {
        if (_eating)
        {
            var start = 0;
            while (start < line.Length && char.IsWhiteSpace(line[start]))
            {
                start++;
            }

            if (start == line.Length)
            {
                return;
            }

            _eating = false;
            line = line[start..];
        }
        else if (_seenLine && !isLast && line.TrimStart(" \t").IsEmpty)
        {
            EndBlock();
            _eating = true;
            return;
        }

        _seenLine = true;
        if (_blockLines++ > 0)
        {
            _block.Append('\n');
        }

        _block.Append(line);
    }

    private void EndBlock()
    {
        var cleaned = TextNormalizer.CleanBlock(_block.Slice(0), out var first, out var second);
        using (first)
        using (second)
        {
            _cutter!.Block(false, cleaned, plain: true);
        }

        _block.Length = 0;
        _blockLines = 0;
        if (_text.Length >= FlushChars)
        {
            _cutter.Flush(Output);
        }

        if (_cutter.Units.Count >= DrainUnits)
        {
            _cutter.Drain(Output);
        }
    }

    private void Finish()
    {
        Start(NoFields);
        if (!_eating && _seenLine)
        {
            EndBlock();
        }

        if (_cutter!.Position > 0)
        {
            _text.Append('\n');
        }

        _cutter.Flush(Output);
        _cutter.Drain(Output);
        Output.Complete();
    }
}
