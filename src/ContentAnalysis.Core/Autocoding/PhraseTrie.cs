namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// A trie of phrases over lower-cased words: one pass over a text's words finds every phrase, however many there
/// are, so the cost grows with the text, not with the number of keywords. Wildcard words (<c>mediat*</c>) sit in a
/// trie of characters per node. Built once, then read-only.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();
    private readonly List<(Phrase Phrase, bool CaseSensitive)> _entries = [];

    /// <summary>The number of phrases.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds <paramref name="phrase"/>; returns its entry number (the order of adding).</summary>
    public int Add(Phrase phrase, bool caseSensitive)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var node = _root;
        for (var k = 0; k < phrase.Words.Length; k++)
        {
            node = node.Child(phrase.Words[k].ToLowerInvariant(), phrase.Wildcard[k]);
        }

        (node.Terminals ??= []).Add(_entries.Count);
        _entries.Add((phrase, caseSensitive));
        return _entries.Count - 1;
    }

    /// <summary>
    /// Appends to <paramref name="matches"/> every phrase occurrence in <paramref name="text"/>, whose words are
    /// <paramref name="words"/> and whose lower-cased copy is <paramref name="lower"/> (same length).
    /// </summary>
    public void Find(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, WordTokens words, List<PhraseMatch> matches)
    {
        for (var first = 0; first < words.Count; first++)
        {
            Walk(_root, text, lower, words, first, first, matches);
        }
    }

    private void Walk(Node node, ReadOnlySpan<char> text, ReadOnlySpan<char> lower, WordTokens words, int first, int next, List<PhraseMatch> matches)
    {
        var word = lower[words.Start(next)..words.End(next)];
        if (node.Exact is not null && node.ExactLookup.TryGetValue(word, out var exact))
        {
            Visit(exact, text, lower, words, first, next, matches);
        }

        // Wildcard words: walk the word's characters down the node's character trie; every prefix that ends a
        // wildcard word on the way is a match. Most words leave the character trie after one or two characters.
        var prefix = node.Prefixes;
        for (var i = 0; prefix is not null && i < word.Length; i++)
        {
            if (prefix.Children is null || !prefix.Children.TryGetValue(word[i], out prefix))
            {
                break;
            }

            if (prefix.Target is not null)
            {
                Visit(prefix.Target, text, lower, words, first, next, matches);
            }
        }
    }

    private void Visit(Node node, ReadOnlySpan<char> text, ReadOnlySpan<char> lower, WordTokens words, int first, int last, List<PhraseMatch> matches)
    {
        if (node.Terminals is not null)
        {
            foreach (var entry in node.Terminals)
            {
                if (Verify(_entries[entry], text, words, first))
                {
                    matches.Add(new PhraseMatch(entry, first, last));
                }
            }
        }

        if (node.HasChildren && last + 1 < words.Count)
        {
            Walk(node, text, lower, words, first, last + 1, matches);
        }
    }

    // The trie compares lower-cased words only; what stands between them, and the case where asked, is checked here.
    private static bool Verify((Phrase Phrase, bool CaseSensitive) entry, ReadOnlySpan<char> text, WordTokens words, int first)
    {
        var phrase = entry.Phrase;
        for (var k = 0; k < phrase.Separators.Length; k++)
        {
            if (!Phrase.SeparatorMatches(text[words.End(first + k)..words.Start(first + k + 1)], phrase.Separators[k]))
            {
                return false;
            }
        }

        if (!entry.CaseSensitive)
        {
            return true;
        }

        for (var k = 0; k < phrase.Words.Length; k++)
        {
            var word = text[words.Start(first + k)..words.End(first + k)];
            var expected = phrase.Words[k].AsSpan();
            if (phrase.Wildcard[k] ? !word.StartsWith(expected, StringComparison.Ordinal) : !word.SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Exact { get; private set; }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ExactLookup { get; private set; }

        /// <summary>The wildcard words after this node as a trie of characters (its root stands for the empty prefix).</summary>
        public CharNode? Prefixes { get; private set; }

        public List<int>? Terminals { get; set; }

        public bool HasChildren => Exact is not null || Prefixes is not null;

        public Node Child(string word, bool wildcard)
        {
            if (wildcard)
            {
                var at = Prefixes ??= new CharNode();
                foreach (var c in word)
                {
                    at.Children ??= [];
                    if (!at.Children.TryGetValue(c, out var next))
                    {
                        next = new CharNode();
                        at.Children.Add(c, next);
                    }

                    at = next;
                }

                return at.Target ??= new Node();
            }

            if (Exact is null)
            {
                Exact = new Dictionary<string, Node>(StringComparer.Ordinal);
                ExactLookup = Exact.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!Exact.TryGetValue(word, out var child))
            {
                child = new Node();
                Exact.Add(word, child);
            }

            return child;
        }
    }

    private sealed class CharNode
    {
        public Dictionary<char, CharNode>? Children { get; set; }

        public Node? Target { get; set; }
    }
}
