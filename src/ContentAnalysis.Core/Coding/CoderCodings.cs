using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>One coder's current codings: unit → dimension → value (the folded journal).</summary>
public sealed class CoderCodings
{
    private static readonly IReadOnlyDictionary<string, CodingValue> NoCodings = new Dictionary<string, CodingValue>();

    internal CoderCodings(string coder, string journalFile, Dictionary<string, Dictionary<string, CodingValue>> units, IReadOnlyList<Diagnostic> diagnostics, Dictionary<(string Unit, string Dimension), string>? memos = null)
    {
        PendingMemos = memos ?? [];
        Coder = coder;
        JournalFile = journalFile;
        Units = units.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, CodingValue>)p.Value, StringComparer.Ordinal);
        Diagnostics = diagnostics;
        Count = units.Values.Sum(d => d.Count);
    }

    /// <summary>The coder's name.</summary>
    public string Coder { get; }

    /// <summary>The journal file as named in messages (project-relative).</summary>
    public string JournalFile { get; }

    /// <summary>Unit id → dimension id → coding.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, CodingValue>> Units { get; }

    /// <summary>Memos written ahead of their answer (<c>memo</c> lines not yet followed by a set or clear of that unit × dimension).</summary>
    public IReadOnlyDictionary<(string Unit, string Dimension), string> PendingMemos { get; }

    /// <summary>The number of unit × dimension codings.</summary>
    public int Count { get; }

    /// <summary>Warnings (and, from <see cref="CodingStore.Inspect"/>, errors) found while reading the journal.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The coding of <paramref name="unit"/> on <paramref name="dimension"/>, or null.</summary>
    public CodingValue? Get(string unit, string dimension) =>
        Units.TryGetValue(unit, out var dimensions) ? dimensions.GetValueOrDefault(dimension) : null;

    /// <summary>The codings of one unit (empty when it is not coded).</summary>
    public IReadOnlyDictionary<string, CodingValue> Of(string unit) => Units.GetValueOrDefault(unit) ?? NoCodings;
}
