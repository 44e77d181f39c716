using System.Runtime.CompilerServices;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// <see cref="FrontMatter.Split"/> for a text read line by line: a <c>---</c> first line opens the block, the next
/// <c>---</c> line closes it; the block's fields go to <paramref name="start"/> (called once, before the first line is
/// passed on, with no fields when there is no block) and its lines go on as empty lines, as the body keeps them.
/// </summary>
internal sealed class FrontMatterLines(string display, Action<IReadOnlyDictionary<string, string>> start, LineHandler next)
{
    private static readonly Dictionary<string, string> NoFields = [];

    private readonly List<string> _head = [];
    private int _lines;
    private bool _inHead;
    private bool _started;

    /// <summary>Warnings from the front matter.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private set; } = [];

    /// <summary>Takes the next line of the text.</summary>
    /// <exception cref="InputException">The front matter is not closed or not valid YAML.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Line(ReadOnlySpan<char> line, bool isLast)
    {
        var index = _lines++;
        if (index == 0 && !isLast && line.SequenceEqual("---"))
        {
            _inHead = true;
        }

        if (!_inHead)
        {
            Start(NoFields);
            next(line, isLast);
            return;
        }

        _head.Add(line.ToString());
        if ((index > 0 && line.SequenceEqual("---")) || isLast)
        {
            var text = string.Join('\n', _head) + (isLast ? string.Empty : "\n");
            var (fields, _, warnings) = FrontMatter.Split(text, display);
            Warnings = warnings;
            Start(fields);
            _inHead = false;
            for (var i = 0; i < _head.Count; i++)
            {
                next([], isLast && i == _head.Count - 1);
            }

            _head.Clear();
        }
    }

    /// <summary>After the last line: starts the document if no line did (an empty file).</summary>
    public void End() => Start(NoFields);

    private void Start(IReadOnlyDictionary<string, string> fields)
    {
        if (!_started)
        {
            _started = true;
            start(fields);
        }
    }
}
