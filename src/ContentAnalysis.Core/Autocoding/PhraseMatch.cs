namespace ContentAnalysis.Core.Autocoding;

/// <summary>One occurrence of a trie phrase: its entry number and the first and last word it covers.</summary>
internal readonly record struct PhraseMatch(int Entry, int FirstWord, int LastWord);
