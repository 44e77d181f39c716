using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// Passes a YAML parser's events through and stops at the first key a mapping repeats, naming it and both lines: the
/// representation model would stop there too, but only with an English message and no first line.
/// </summary>
internal sealed class DuplicateKeyGuard(IParser inner) : IParser
{
    private readonly Stack<Frame> _frames = new();

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    /// <exception cref="DuplicateKeyException">A mapping repeats a key.</exception>
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                break;
            case NodeEvent node:
                Visit(node);
                break;
            default:
                break;
        }

        return true;
    }

    private void Visit(NodeEvent node)
    {
        if (_frames.TryPeek(out var frame) && frame.Keys is { } keys)
        {
            if (frame.ExpectingKey && node is Scalar key)
            {
                var line = checked((int)key.Start.Line);
                if (!keys.TryAdd(key.Value, line))
                {
                    throw new DuplicateKeyException(key.Value, line, checked((int)key.Start.Column), keys[key.Value]);
                }
            }

            frame.ExpectingKey = !frame.ExpectingKey;
        }

        if (node is MappingStart)
        {
            _frames.Push(new Frame(new Dictionary<string, int>(StringComparer.Ordinal)));
        }
        else if (node is SequenceStart)
        {
            _frames.Push(new Frame(null));
        }
    }

    // A mapping's keys (null for a sequence) and whether its next node is a key.
    private sealed class Frame(Dictionary<string, int>? keys)
    {
        public Dictionary<string, int>? Keys { get; } = keys;

        public bool ExpectingKey { get; set; } = true;
    }
}
