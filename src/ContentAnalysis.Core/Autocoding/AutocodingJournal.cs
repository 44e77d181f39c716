using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// Writes the dictionary's codings as a coder journal through <see cref="CodingStore"/>, so <c>qcat agree</c> reads
/// them like any coder's. A re-run appends only the unit × dimension codings whose values, memo, codebook hash or
/// unit hash changed, so the folded journal is the same after any number of runs on the same input.
/// </summary>
public static class AutocodingJournal
{
    /// <summary>The coder name the dictionary writes as unless told otherwise.</summary>
    public const string DefaultCoder = "dictionary";

    /// <summary>Appends the changed codings of <paramref name="units"/> to <paramref name="coder"/>'s journal, holding the coder's session lock.</summary>
    /// <returns>How many codings were written and how many were already current.</returns>
    /// <exception cref="InputException">The journal holds codings autocode did not write, it is damaged, or another session of the coder is open.</exception>
    public static (int Written, int Unchanged) Write(CodingStore store, string coder, IReadOnlyList<AutocodedUnit> units, string codebookHash, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        using var claim = store.ClaimForSession(coder);
        var existing = store.Load(coder);
        var foreign = existing.Units.Values.SelectMany(d => d.Values).Count(v => v.Provenance != CodingRecord.AutomaticProvenance);
        if (foreign > 0)
        {
            throw new InputException(AutocodingDiagnostics.ForeignJournal(coder, foreign, existing.JournalFile));
        }

        var records = new List<CodingRecord>();
        var unchanged = 0;
        foreach (var unit in units)
        {
            foreach (var value in unit.Values)
            {
                var memo = value.Memo;
                var current = existing.Get(unit.Unit.Id, value.Dimension);
                if (current is not null && current.Values.SequenceEqual(value.Values, StringComparer.Ordinal) && current.Memo == memo && current.CodebookHash == codebookHash && current.UnitHash == unit.Unit.Hash)
                {
                    unchanged++;
                    continue;
                }

                records.Add(new CodingRecord(time, coder, unit.Unit.Id, value.Dimension, value.Values, memo, codebookHash, unit.Unit.Hash) { Provenance = CodingRecord.AutomaticProvenance });
            }
        }

        if (records.Count > 0)
        {
            store.Append(coder, records);
        }

        return (records.Count, unchanged);
    }
}
