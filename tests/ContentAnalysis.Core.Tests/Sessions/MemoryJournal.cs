using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Sessions;

/// <summary>An in-memory journal that keeps every appended line, for asserting what a session wrote.</summary>
internal sealed class MemoryJournal(string coder = "anna") : ICodingJournal
{
    public string Coder { get; } = coder;

    /// <summary>Every line appended, as <c>op unit dimension values [memo]</c>.</summary>
    public List<string> Lines { get; } = [];

    public Dictionary<CodingKey, UnitCoding> State { get; } = [];

    public Dictionary<CodingKey, string> Memos { get; } = [];

    public JournalContents Load() => new(new Dictionary<CodingKey, UnitCoding>(State), new Dictionary<CodingKey, string>(Memos));

    public void Set(UnitCoding coding, string unitHash)
    {
        Lines.Add($"set {coding.Unit} {coding.Dimension} {string.Join(';', coding.Values)}" + (coding.Memo.Length > 0 ? $" [{coding.Memo}]" : string.Empty));
        State[coding.Key] = coding;
        Memos.Remove(coding.Key);
    }

    public void Clear(CodingKey key, string unitHash)
    {
        Lines.Add($"clear {key.Unit} {key.Dimension}");
        State.Remove(key);
        Memos.Remove(key);
    }

    public void Memo(CodingKey key, string memo, string unitHash)
    {
        Lines.Add($"memo {key.Unit} {key.Dimension} [{memo}]");
        Memos[key] = memo;
    }
}
