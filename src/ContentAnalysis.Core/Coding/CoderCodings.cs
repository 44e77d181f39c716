using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>One coder's current codings: unit → dimension → value (the folded journal).</summary>
public sealed class CoderCodings
{
    private static readonly IReadOnlyDictionary<string, CodingValue> NoCodings = new Dictionary<string, CodingValue>();
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, CodingValue>>? _units;

    internal CoderCodings(string coder, string journalFile, FoldedCodings folded, IReadOnlyList<Diagnostic> diagnostics)
    {
        Coder = coder;
        JournalFile = journalFile;
        Folded = folded;
        Diagnostics = diagnostics;
    }

    internal CoderCodings(string coder, string journalFile, CodingKeys keys, IReadOnlyList<Diagnostic> diagnostics)
        : this(coder, journalFile, new FoldedCodings(keys), diagnostics)
    {
    }

    /// <summary>The coder's name.</summary>
    public string Coder { get; }

    /// <summary>The journal file as named in messages (project-relative).</summary>
    public string JournalFile { get; }

    /// <summary>Unit id → dimension id → coding (built on first use; commands at scale read <see cref="Folded"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, CodingValue>> Units => _units ??= Materialize();

    /// <summary>Memos written ahead of their answer (<c>memo</c> lines not yet followed by a set or clear of that unit × dimension).</summary>
    public IReadOnlyDictionary<(string Unit, string Dimension), string> PendingMemos => Folded.Memos;

    /// <summary>The number of unit × dimension codings.</summary>
    public int Count => Folded.Count;

    /// <summary>Warnings (and, from <see cref="CodingStore.Inspect(string, CancellationToken)"/>, errors) found while reading the journal.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The compact folded journal: codings by unit and dimension ordinal.</summary>
    internal FoldedCodings Folded { get; }

    /// <summary>The coding of <paramref name="unit"/> on <paramref name="dimension"/>, or null.</summary>
    public CodingValue? Get(string unit, string dimension)
    {
        var keys = Folded.Keys;
        var slot = Folded.Slot(keys.FindUnit(unit), keys.FindDimension(dimension));
        return slot > 0 ? Folded.Value(slot) : null;
    }

    /// <summary>The codings of one unit (empty when it is not coded).</summary>
    public IReadOnlyDictionary<string, CodingValue> Of(string unit) => Units.GetValueOrDefault(unit) ?? NoCodings;

    private Dictionary<string, IReadOnlyDictionary<string, CodingValue>> Materialize()
    {
        var keys = Folded.Keys;
        var units = new Dictionary<string, IReadOnlyDictionary<string, CodingValue>>(StringComparer.Ordinal);
        for (var u = 0; u < keys.UnitCount; u++)
        {
            Dictionary<string, CodingValue>? dimensions = null;
            for (var d = 0; d < keys.DimensionCount; d++)
            {
                var slot = Folded.Slot(u, d);
                if (slot > 0)
                {
                    dimensions ??= new Dictionary<string, CodingValue>(2, StringComparer.Ordinal);
                    dimensions[keys.DimensionId(d)] = Folded.Value(slot);
                }
            }

            if (dimensions is not null)
            {
                units[keys.UnitId(u)] = dimensions;
            }
        }

        return units;
    }
}
