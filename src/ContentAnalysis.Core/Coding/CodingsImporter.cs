using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Naming;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// Imports codings from a long or wide CSV table into the coders' journals: one coder's (named by the caller), or,
/// from a long table with a <c>coder</c> column (what <c>codings export --format long</c> writes), every coder's. Every value is
/// checked against the corpus and the codebook first; when anything is wrong nothing is appended. Rows for the same
/// unit and dimension become one coding.
/// </summary>
public static class CodingsImporter
{
    /// <summary>Joins the memos of rows merged into one coding.</summary>
    public const string MemoSeparator = "; ";

    /// <summary>
    /// Validates <paramref name="path"/> and appends its codings to <paramref name="coder"/>'s journal; with a
    /// <c>coder</c> column, only that coder's rows (the others are counted in <see cref="CodingsImportResult.OtherCoders"/>),
    /// or every coder's rows to their own journals when <paramref name="coder"/> is null.
    /// </summary>
    /// <param name="codings">The project's journals.</param>
    /// <param name="corpus">The corpus (units must exist).</param>
    /// <param name="codebook">The codebook the values are checked against; its hash is recorded.</param>
    /// <param name="coder">The coder the codings belong to; null to take each row's <c>coder</c> column.</param>
    /// <param name="path">The CSV file.</param>
    /// <param name="format">Long or wide.</param>
    /// <param name="time">The time recorded on every imported line.</param>
    /// <returns>The records appended, and a warning when the journal already had malformed or cut-off lines.</returns>
    /// <exception cref="InputException">The file or any value is invalid; every problem is reported with its line.</exception>
    public static CodingsImportResult Import(CodingStore codings, CorpusStore corpus, Codebook codebook, string? coder, string path, CodingsFileFormat format, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(codings);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(codebook);
        if (coder is not null)
        {
            codings.JournalPath(coder);
        }

        var display = codings.Layout.Relative(path);
        if (Directory.Exists(path))
        {
            throw new InputException(CodingDiagnostics.ImportIsFolder(display));
        }

        if (!File.Exists(path))
        {
            throw new InputException(CodingDiagnostics.ImportNotFound(display));
        }

        // An exported table comes back as it was: the quote export put before formula-like cells goes.
        var rows = SpreadsheetSafe.RestoreAll(CsvTable.ReadLoose(path, display, CodingDiagnostics.BadImportFile, poolStrings: true));
        var bag = new DiagnosticBag();
        var cells = format switch
        {
            CodingsFileFormat.Long => CodingsTable.LongCells(rows, display, bag),
            CodingsFileFormat.Wide => CodingsTable.WideCells(rows, display, bag),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only long and wide tables can be imported"),
        };
        var (selected, others) = SelectCoder(codings, cells, coder, display, bag);
        var merged = new Dictionary<(string Coder, string Unit, string Dimension), (CodingRecord Record, int Line)>();
        NameIndex? unitNames = null;
        var validated = new ValidatedValues();
        foreach (var cell in selected)
        {
            var cellCoder = cell.Coder ?? coder!;
            var unit = corpus.FindUnit(cell.Unit);
            if (unit is null)
            {
                // A hint only for a line that is printed, and from an index: never a scan of the corpus per row.
                var units = bag.WillKeep(CodingDiagnostics.UnknownUnit) ? unitNames ??= new NameIndex(corpus.Units.Select(u => u.Id)) : null;
                bag.Add(CodingDiagnostics.UnknownImportedUnit(cell.Unit, display, cell.Line, units));
            }

            var dimension = CodingValidator.Dimension(codebook, cell.Dimension, bag, display, cell.Line);
            var values = dimension is null ? null : validated.Values(dimension, cell.Values, bag, display, cell.Line, cell.Unit);
            if (unit is not null && values is not null)
            {
                var record = new CodingRecord(time, cellCoder, unit.Id, dimension!.Id, values, cell.Memo, codebook.ContentHash, unit.Hash);
                merged[(cellCoder, unit.Id, dimension.Id)] = merged.TryGetValue((cellCoder, unit.Id, dimension.Id), out var first)
                    ? (Merge(dimension, first.Record, first.Line, record, display, cell.Line, bag), first.Line)
                    : (record, cell.Line);
            }
        }

        if (bag.HasErrors)
        {
            throw new InputException(bag.Sorted());
        }

        // A dictionary enumerates in insertion order while nothing is removed: the order of first rows.
        List<CodingRecord> records = [.. merged.Values.Select(m => m.Record)];
        var warnings = new List<Diagnostic>();
        var appended = new List<CodingRecord>(records.Count);
        var leftUncoded = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = records.GroupBy(r => r.Coder, StringComparer.Ordinal).ToList();

        // A coder's open coding session owns the journal: refuse before anything is appended.
        var claims = new List<IDisposable>();
        try
        {
            foreach (var group in groups)
            {
                claims.Add(codings.ClaimForSession(group.Key));
            }

            foreach (var group in groups)
            {
                var journal = codings.Inspect(group.Key);
                warnings.AddRange(JournalDamage(journal));
                var uncoded = LeftUncoded(codebook, journal, group, time);
                codings.Append(group.Key, [.. group, .. uncoded]);
                appended.AddRange([.. group, .. uncoded]);
                leftUncoded[group.Key] = uncoded.Count;
            }
        }
        finally
        {
            claims.ForEach(c => c.Dispose());
        }

        return new CodingsImportResult(appended, warnings) { OtherCoders = others, LeftUncoded = leftUncoded };
    }

    /// <summary>
    /// <c>uncoded</c> for each optional dimension that a unit in the file has no value for and that the coder's journal
    /// has no coding of either: a spreadsheet leaves an optional dimension empty where a coding session records
    /// <c>uncoded</c>, and both must count the unit as coded. A required dimension without a value stays undecided;
    /// an existing coding is never overwritten.
    /// </summary>
    private static List<CodingRecord> LeftUncoded(Codebook codebook, CoderCodings journal, IEnumerable<CodingRecord> imported, DateTimeOffset time)
    {
        var optional = codebook.Dimensions.Where(d => !d.Required).ToList();
        var uncoded = new List<CodingRecord>();
        if (optional.Count == 0)
        {
            return uncoded;
        }

        // Each unit's first record and which optional dimensions its records hold, in the order of first records.
        var units = new Dictionary<string, (CodingRecord First, bool[] Has)>(StringComparer.Ordinal);
        foreach (var record in imported)
        {
            if (!units.TryGetValue(record.Unit, out var unit))
            {
                unit = (record, new bool[optional.Count]);
                units.Add(record.Unit, unit);
            }

            var index = optional.FindIndex(d => d.Id == record.Dimension);
            if (index >= 0)
            {
                unit.Has[index] = true;
            }
        }

        foreach (var (id, (first, has)) in units)
        {
            for (var i = 0; i < optional.Count; i++)
            {
                if (!has[i] && journal.Get(id, optional[i].Id) is null)
                {
                    uncoded.Add(first with { Dimension = optional[i].Id, Values = [ReservedValues.Uncoded], Memo = string.Empty, Time = time });
                }
            }
        }

        return uncoded;
    }

    // The canonical values of each distinct value list on a dimension, checked once: a table of 600,000 rows holds a few
    // dozen distinct ones. Lists with a problem are checked again on every row, so each row's line is reported.
    private sealed class ValidatedValues
    {
        private readonly Dictionary<(string Dimension, string Values), IReadOnlyList<string>> _valid = [];

        public IReadOnlyList<string>? Values(Dimension dimension, List<string> values, DiagnosticBag bag, string file, int line, string unit)
        {
            var key = (dimension.Id, values.Count == 1 ? values[0] : string.Join('\n', values));
            if (_valid.TryGetValue(key, out var canonical))
            {
                return canonical;
            }

            var scratch = new DiagnosticBag();
            canonical = CodingValidator.Values(dimension, values, scratch, file, line, unit);
            if (canonical is null || scratch.Count > 0)
            {
                return CodingValidator.Values(dimension, values, bag, file, line, unit);
            }

            _valid.Add(key, canonical);
            return canonical;
        }
    }

    // Without a coder column every row is the named coder's; with one, the named coder's rows (or all rows when
    // no coder is named). Coder names are checked like journal names, each reported at its first line.
    private static (List<CodingsTable.Cell> Selected, Dictionary<string, int> Others) SelectCoder(CodingStore codings, List<CodingsTable.Cell> cells, string? coder, string display, DiagnosticBag bag)
    {
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        if (cells.Count == 0 || cells[0].Coder is null)
        {
            if (coder is null && cells.Count > 0)
            {
                bag.Add(CodingDiagnostics.NoCoderColumn(display));
            }

            return (cells, others);
        }

        var selected = new List<CodingsTable.Cell>();
        var checkedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (cell.Coder!.Length == 0)
            {
                bag.Add(CodingDiagnostics.EmptyCoderCell(cell.Unit, display, cell.Line));
            }
            else if (coder is null || cell.Coder == coder)
            {
                if (checkedNames.Add(cell.Coder))
                {
                    try
                    {
                        codings.JournalPath(cell.Coder);
                    }
                    catch (InputException e)
                    {
                        foreach (var d in e.Diagnostics)
                        {
                            bag.Add(d with { File = display, Line = cell.Line, Column = 0 });
                        }
                    }
                }

                selected.Add(cell);
            }
            else
            {
                others[cell.Coder] = others.GetValueOrDefault(cell.Coder) + 1;
            }
        }

        if (coder is not null && selected.Count == 0)
        {
            bag.Add(CodingDiagnostics.CoderNotInTable(coder, others.Keys, display));
        }

        return (selected, others);
    }

    // Appending goes ahead (the new lines are intact), but a damaged journal must not go unnoticed.
    private static List<Diagnostic> JournalDamage(CoderCodings journal)
    {
        var warnings = new List<Diagnostic>();
        var malformed = journal.Diagnostics.Where(d => d.IsError).ToList();
        if (malformed.Count > 0)
        {
            warnings.Add(CodingDiagnostics.AppendedAfterMalformed(malformed.Count, malformed.Min(d => d.Line), journal.JournalFile));
        }

        foreach (var cut in journal.Diagnostics.Where(d => d.Code == CodingDiagnostics.TruncatedJournal))
        {
            warnings.Add(CodingDiagnostics.CutOffLineMoved(cut.Line, journal.JournalFile));
        }

        return warnings;
    }

    /// <summary>
    /// Merges a later row for the same unit and dimension into the first: a multi dimension takes the union of the
    /// categories; any other dimension must repeat the same value (else the later row is reported, naming the first).
    /// Different memos are joined, so none is lost.
    /// </summary>
    private static CodingRecord Merge(Dimension dimension, CodingRecord first, int firstLine, CodingRecord later, string display, int line, DiagnosticBag bag)
    {
        var values = first.Values.Union(later.Values, StringComparer.Ordinal).ToList();
        if (values.Count > first.Values.Count && (dimension.Kind != DimensionKind.Multi || values.Contains(ReservedValues.None)))
        {
            bag.Add(CodingDiagnostics.ConflictingRows(string.Join(CodingJournal.ValueSeparator, later.Values), later.Unit, dimension, string.Join(CodingJournal.ValueSeparator, first.Values), firstLine, display, line));
            return first;
        }

        var memo = later.Memo.Length == 0 || first.Memo.Split(MemoSeparator).Contains(later.Memo, StringComparer.Ordinal)
            ? first.Memo
            : first.Memo.Length == 0 ? later.Memo : first.Memo + MemoSeparator + later.Memo;
        return first with { Values = values, Memo = memo };
    }
}
