using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Turns imported selections into span codings (positions moved from the program's text to qcat's stored text)
/// and unit codings (by <see cref="UnitRule"/>). On a single-choice or scale dimension a unit takes the code that
/// covers most of it; two codes covering it equally are not mapped to the unit (the spans are kept).
/// </summary>
internal sealed class CodingMapper(Codebook codebook, IReadOnlyDictionary<string, CodeTarget> targets, HashSet<string>? wanted, Func<DateTimeOffset> clock)
{
    /// <summary>Span codings per coder.</summary>
    public SortedDictionary<string, List<CodedSpan>> Spans { get; } = new(StringComparer.Ordinal);

    /// <summary>Journal records per coder.</summary>
    public SortedDictionary<string, List<CodingRecord>> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>What was not mapped, one line each.</summary>
    public List<string> NotMapped { get; } = [];

    /// <summary>Maps the selections of <paramref name="source"/> onto its stored text and units.</summary>
    public void Map(QdpxSource source, string stored, IReadOnlyList<TextUnit> units)
    {
        var alignment = new TextAlignment(source.Text, stored);
        var rawPoints = new CodePoints(source.Text);
        var storedPoints = new CodePoints(stored);
        var unitRanges = units.Select(u => (Unit: u, Start: storedPoints.FromUtf16(u.Start), End: storedPoints.FromUtf16(u.Start + u.Length))).ToList();

        // (coder, unit, dimension) → value → (coverage, time, memo), in the order first seen.
        var found = new Dictionary<(string Coder, string Unit, string Dimension), List<(string Value, int Coverage, DateTimeOffset? Time, string Memo)>>();
        var order = new List<(string Coder, string Unit, string Dimension)>();
        foreach (var selection in source.Selections)
        {
            var start = storedPoints.FromUtf16(alignment.Map(rawPoints.ToUtf16(selection.Start)));
            var end = storedPoints.FromUtf16(alignment.Map(rawPoints.ToUtf16(selection.End)));
            var values = new List<(string Coder, string Dimension, string Value, DateTimeOffset? Time, string Memo)>();
            foreach (var coding in selection.Codings)
            {
                if (!targets.TryGetValue(coding.Code, out var target))
                {
                    NotMapped.Add($"selection {selection.Guid} in '{source.Document}': code {coding.Code} is not in the codebook");
                }
                else if (target.Value.Length == 0)
                {
                    NotMapped.Add($"selection {selection.Guid} in '{source.Document}': coded with dimension '{target.Dimension}' itself, not one of its categories");
                }
                else
                {
                    values.Add((coding.Coder, target.Dimension, target.Value, coding.Time, coding.Memo));
                }
            }

            foreach (var (dimension, value) in selection.Extra.Where(e => codebook.FindDimension(e.Key) is not null))
            {
                var memo = string.Join("\n\n", selection.Memos.Where(m => m.Key == dimension).Select(m => m.Value));
                values.Add((selection.ExtraCoder, dimension, value, selection.ExtraTime, memo));
            }

            foreach (var (coder, dimension, value, time, memo) in values.Where(v => wanted is null || wanted.Contains(v.Coder)))
            {
                if (end <= start)
                {
                    NotMapped.Add($"selection {selection.Guid} in '{source.Document}': its text is not in the stored document");
                    continue;
                }

                // A value that is no code (none, uncoded: qcat's block) marks no text, so it is a unit coding only.
                if (!selection.Extra.Any(e => e.Key == dimension && e.Value == value && coder == selection.ExtraCoder))
                {
                    List(Spans, coder).Add(new CodedSpan(coder, source.Document, start, end, dimension, value, memo));
                }

                foreach (var (unit, unitStart, unitEnd) in unitRanges)
                {
                    var coverage = UnitRule.Coverage(start, end, unitStart, unitEnd);
                    if (coverage == 0)
                    {
                        continue;
                    }

                    var key = (coder, unit.Id, dimension);
                    if (!found.TryGetValue(key, out var list))
                    {
                        found[key] = list = [];
                        order.Add(key);
                    }

                    list.Add((value, coverage, time, memo));
                }
            }
        }

        var unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (var key in order)
        {
            Record(key, found[key], unitsById[key.Unit]);
        }
    }

    private void Record((string Coder, string Unit, string Dimension) key, List<(string Value, int Coverage, DateTimeOffset? Time, string Memo)> found, TextUnit unit)
    {
        var dimension = codebook.FindDimension(key.Dimension)!;
        var values = found.Select(f => f.Value).Distinct(StringComparer.Ordinal).ToList();
        if (dimension.Kind != DimensionKind.Multi && values.Count > 1)
        {
            var best = found.GroupBy(f => f.Value, StringComparer.Ordinal).Select(g => (Value: g.Key, Coverage: g.Max(f => f.Coverage))).OrderByDescending(g => g.Coverage).ToList();
            if (best[0].Coverage == best[1].Coverage)
            {
                NotMapped.Add($"unit {key.Unit}, {key.Dimension}, coder {key.Coder}: {string.Join(" and ", best.Where(b => b.Coverage == best[0].Coverage).Select(b => b.Value))} cover it equally (kept as spans only)");
                return;
            }

            values = [best[0].Value];
        }

        var memo = string.Join("\n\n", found.Select(f => f.Memo).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal));
        var time = found.Select(f => f.Time).Where(t => t is not null).Max() ?? clock();
        List(Records, key.Coder).Add(new CodingRecord(time, key.Coder, key.Unit, key.Dimension, values, memo, codebook.ContentHash, unit.Hash));
    }

    private static List<T> List<T>(SortedDictionary<string, List<T>> lists, string coder)
    {
        if (!lists.TryGetValue(coder, out var list))
        {
            lists[coder] = list = [];
        }

        return list;
    }
}
