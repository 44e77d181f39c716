using System.Runtime.CompilerServices;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Cuts a Markdown text, line by line, into chunks that Markdig can parse one at a time: a chunk ends after a blank
/// line when the next line starts at column 0, where every block but a code fence or an HTML block has ended (a
/// paragraph, table or setext heading at the blank line, a list, block quote or indented code at the unindented line).
/// Whether a fence or HTML block is still open is known only from the parse (<see cref="MarkdownBlocks.Read(string, out bool)"/>),
/// so <see cref="MarkdownReader"/> joins such a chunk to the next. The chunks put together are the text.
/// </summary>
internal sealed class MarkdownChunker(int chunkChars, Action<string> chunks) : IDisposable
{
    private readonly TextBuffer _chunk = new(chunkChars + 4096);
    private bool _seenText;
    private bool _afterBlank;

    /// <summary>Takes the next line (as <see cref="LineHandler"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Line(ReadOnlySpan<char> line, bool isLast)
    {
        // Blank as Markdown sees it: spaces and tabs only.
        if (line.IndexOfAnyExcept(' ', '\t') < 0)
        {
            _afterBlank = _seenText;
        }
        else
        {
            if (_afterBlank && _chunk.Length >= chunkChars && !char.IsWhiteSpace(line[0]))
            {
                HandOn();
            }

            _seenText = true;
            _afterBlank = false;
        }

        _chunk.Append(line);
        if (!isLast)
        {
            _chunk.Append('\n');
        }
    }

    /// <summary>Hands on the last chunk (possibly empty).</summary>
    public void Finish() => HandOn();

    /// <inheritdoc/>
    public void Dispose() => _chunk.Dispose();

    private void HandOn()
    {
        var chunk = _chunk.ToString();
        _chunk.Length = 0;
        _seenText = false;
        _afterBlank = false;
        chunks(chunk);
    }
}
