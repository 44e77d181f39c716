using System.Runtime.CompilerServices;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// The reading half of the streamed <c>.txt</c> import: a file's lines (<see cref="TextLineReader"/>) with the front
/// matter split off, page furniture dropped (<see cref="PageFurnitureFilter"/>), cut into blank-line blocks as
/// <see cref="DocumentParser"/> cuts a whole text, each block cleaned (<see cref="TextNormalizer.CleanBlock"/>) and cut
/// into units (<see cref="UnitCutter"/>); the text and units are handed on in batches for writing.
/// </summary>
internal sealed class PlainTextCutter : IDisposable
{
    private readonly string _display;
    private readonly Func<IReadOnlyDictionary<string, string>, DocumentMetadata> _metadata;
    private readonly Action<CutBatch> _batches;
    private readonly int _batchChars;
    private readonly UnitKind _unitKind;
    private readonly PageFurnitureFilter _furniture;
    private readonly TextBuffer _block = new(4096);
    private readonly TextBuffer _text;
    private readonly UnitHasher _hasher = new();
    private UnitCutter? _cutter;
    private readonly FrontMatterLines _frontMatter;
    private bool _eating;
    private int _blockLines;
    private bool _seenLine;

    /// <summary>
    /// Creates the reader; <paramref name="batches"/> receives the text and units in batches of about
    /// <paramref name="batchChars"/> characters (and owns them).
    /// </summary>
    public PlainTextCutter(string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, IReadOnlySet<int>? drop, Action<CutBatch> batches, int batchChars)
    {
        _display = display;
        _metadata = metadata;
        _unitKind = unitKind;
        _batches = batches;
        _batchChars = batchChars;
        _text = new TextBuffer(batchChars * 2);
        _furniture = new PageFurnitureFilter(drop, Line);
        _frontMatter = new FrontMatterLines(display, Start, _furniture.Line);
    }

    /// <summary>The document's metadata, known once the front matter has been read.</summary>
    public DocumentMetadata? Metadata { get; private set; }

    /// <summary>Warnings from the front matter.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _frontMatter.Warnings;

    /// <summary>SHA-256 (hex) of the file's bytes.</summary>
    public string FileHash { get; private set; } = string.Empty;

    /// <summary>Reads <paramref name="file"/> to its end; the last batch is handed on too.</summary>
    /// <exception cref="InputException">The file is not UTF-8 text, or its front matter or metadata is invalid.</exception>
    public void Read(string file)
    {
        FileHash = TextLineReader.Read(file, _display, _frontMatter.Line);
        _frontMatter.End();
        if (!_eating && _seenLine)
        {
            EndBlock();
        }

        if (_cutter!.Position > 0)
        {
            _text.Append('\n');
        }

        HandOn();
    }

    /// <summary>After <see cref="Read"/>: the running headers and footers found (<see cref="PageFurnitureFilter.RunningLines"/>).</summary>
    public HashSet<int> RunningLines() => _furniture.RunningLines();

    /// <inheritdoc/>
    public void Dispose()
    {
        _furniture.Dispose();
        _block.Dispose();
        _text.Dispose();
        _hasher.Dispose();
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        if (_text.Length >= _batchChars)
        {
            HandOn();
        }
    }

    private void HandOn()
    {
        var batch = new CutBatch(_text.Length);
        _cutter!.MoveText(batch.Text);
        batch.Units.AddRange(_cutter.Units);
        _cutter.Units.Clear();
        _batches(batch);
    }
}

/// <summary>A piece of a document's text and the units cut from it, handed from reading to writing.</summary>
internal sealed class CutBatch(int capacity) : IDisposable
{
    /// <summary>The text.</summary>
    public TextBuffer Text { get; } = new(capacity + 1);

    /// <summary>The units.</summary>
    public List<TextUnit> Units { get; } = [];

    /// <inheritdoc/>
    public void Dispose() => Text.Dispose();
}
