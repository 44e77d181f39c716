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
public static partial class CodingsImporter
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

        // An exported table comes back as it was: the quote export put before formula-like cells goes. Rows are read,
        // checked and merged one at a time into compact entries; nothing is appended unless every row is valid.
        var rows = SpreadsheetSafe.RestoreAll(CsvTable.StreamLoose(path, display, CodingDiagnostics.BadImportFile, poolStrings: true));
        var bag = new DiagnosticBag();
        var cells = format switch
        {
            CodingsFileFormat.Long => CodingsTable.LongCells(rows, display, bag),
            CodingsFileFormat.Wide => CodingsTable.WideCells(rows, display, bag),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only long and wide tables can be imported"),
        };
        var selection = new CoderSelection(codings, coder, display, bag);
        var table = corpus.UnitRows;
        var merged = new MergedCodings(table.Count, codebook.Dimensions.Count, (int)Math.Min(1 << 24, new FileInfo(path).Length / 28));
        NameIndex? unitNames = null;
        var validated = new ValidatedValues();
        foreach (var cell in cells)
        {
            if (!selection.Take(cell))
            {
                continue;
            }

            // Null only without a coder column and without --coder, which is reported: the rows are still checked.
            var cellCoder = cell.Coder ?? coder;
            var unit = table.IndexOf(cell.Unit);
            if (unit < 0)
            {
                // A hint only for a line that is printed, and from an index: never a scan of the corpus per row.
                var units = bag.WillKeep(CodingDiagnostics.UnknownUnit) ? unitNames ??= new NameIndex(Enumerable.Range(0, table.Count).Select(table.Id)) : null;
                bag.Add(CodingDiagnostics.UnknownImportedUnit(cell.Unit, display, cell.Line, units));
            }

            var dimension = CodingValidator.Dimension(codebook, cell.Dimension, bag, display, cell.Line);
            var values = dimension is null ? null : validated.Values(dimension, cell.Values, bag, display, cell.Line, cell.Unit);
            if (unit >= 0 && values is not null && cellCoder is not null)
            {
                var entry = new MergedCodings.Entry(merged.Coder(cellCoder), unit, DimensionIndex(codebook, dimension!), values, cell.Memo, cell.Line);
                if (merged.Find(entry) is { } first)
                {
                    ref var earlier = ref merged.At(first);
                    earlier = Merge(dimension!, earlier, entry, table.Id(unit), display, bag);
                }
                else
                {
                    merged.Add(entry);
                }
            }
        }

        var others = selection.Finish();
        if (bag.HasErrors)
        {
            throw new InputException(bag.Sorted());
        }

        var records = new ImportedRecords(merged, table, codebook, time);
        var warnings = new List<Diagnostic>();
        var leftUncoded = new Dictionary<string, int>(StringComparer.Ordinal);
        var perCoder = new List<CodingsImportResult.CoderImport>();

        // A coder's open coding session owns the journal: refuse before anything is appended.
        var claims = new List<IDisposable>();
        try
        {
            for (var c = 0; c < merged.CoderCount; c++)
            {
                claims.Add(codings.ClaimForSession(merged.CoderName(c)));
            }

            for (var c = 0; c < merged.CoderCount; c++)
            {
                var name = merged.CoderName(c);
                var journal = codings.Inspect(name);
                warnings.AddRange(JournalDamage(journal));
                var (unitCount, uncoded) = LeftUncoded(codebook, journal, merged, c, table);
                var coderRecords = records.Of(c, uncoded);
                codings.Append(name, coderRecords);
                records.Add(coderRecords);
                leftUncoded[name] = uncoded.Count;
                perCoder.Add(new CodingsImportResult.CoderImport(name, coderRecords.Count, unitCount));
            }
        }
        finally
        {
            claims.ForEach(c => c.Dispose());
        }

        return new CodingsImportResult(records, warnings) { OtherCoders = others, LeftUncoded = leftUncoded, Coders = perCoder };
    }

    private static int DimensionIndex(Codebook codebook, Dimension dimension)
    {
        for (var i = 0; i < codebook.Dimensions.Count; i++)
        {
            if (ReferenceEquals(codebook.Dimensions[i], dimension))
            {
                return i;
            }
        }

        throw new ArgumentException($"dimension '{dimension.Id}' is not in the codebook", nameof(dimension));
    }

    /// <summary>
    /// <c>uncoded</c> for each optional dimension that a unit in the file has no value for and that the coder's journal
    /// has no coding of either: a spreadsheet leaves an optional dimension empty where a coding session records
    /// <c>uncoded</c>, and both must count the unit as coded. A required dimension without a value stays undecided;
    /// an existing coding is never overwritten.
    /// </summary>
    /// <returns>The number of units the coder's entries name, and the (unit row, dimension index) of each <c>uncoded</c>, in the order of each unit's first entry.</returns>
    private static (int Units, List<(int Unit, int Dimension)> Uncoded) LeftUncoded(Codebook codebook, CoderCodings journal, MergedCodings merged, int coder, CorpusStore.UnitTable table)
    {
        var optional = Enumerable.Range(0, codebook.Dimensions.Count).Where(d => !codebook.Dimensions[d].Required).ToList();
        var uncoded = new List<(int Unit, int Dimension)>();

        // Each unit's position among the coder's units (by first entry), and which optional dimensions its entries hold.
        var seen = new int[table.Count];
        var order = new List<int>();
        var has = new List<bool>();
        for (var e = 0; e < merged.Count; e++)
        {
            ref readonly var entry = ref merged.At(e);
            if (entry.Coder != coder)
            {
                continue;
            }

            if (seen[entry.Unit] == 0)
            {
                order.Add(entry.Unit);
                seen[entry.Unit] = order.Count;
                has.AddRange(Enumerable.Repeat(false, optional.Count));
            }

            var index = optional.IndexOf(entry.Dimension);
            if (index >= 0)
            {
                has[((seen[entry.Unit] - 1) * optional.Count) + index] = true;
            }
        }

        for (var u = 0; u < order.Count && optional.Count > 0; u++)
        {
            for (var i = 0; i < optional.Count; i++)
            {
                if (!has[(u * optional.Count) + i] && journal.Get(table.Id(order[u]), codebook.Dimensions[optional[i]].Id) is null)
                {
                    uncoded.Add((order[u], optional[i]));
                }
            }
        }

        return (order.Count, uncoded);
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
    private sealed class CoderSelection(CodingStore codings, string? coder, string display, DiagnosticBag bag)
    {
        private readonly Dictionary<string, int> _others = new(StringComparer.Ordinal);
        private readonly HashSet<string> _checkedNames = new(StringComparer.Ordinal);
        private bool? _coderColumn;
        private int _selected;

        /// <summary>Whether the cell is imported (its coder's name is checked on its first row).</summary>
        public bool Take(CodingsTable.Cell cell)
        {
            // Whether the table has a coder column is decided by its first cell, as every cell has the same columns.
            _coderColumn ??= cell.Coder is not null;
            if (_coderColumn == false)
            {
                if (coder is null && _selected == 0)
                {
                    bag.Add(CodingDiagnostics.NoCoderColumn(display));
                }

                _selected++;
                return true;
            }

            if (cell.Coder!.Length == 0)
            {
                bag.Add(CodingDiagnostics.EmptyCoderCell(cell.Unit, display, cell.Line));
                return false;
            }

            if (coder is not null && cell.Coder != coder)
            {
                _others[cell.Coder] = _others.GetValueOrDefault(cell.Coder) + 1;
                return false;
            }

            if (_checkedNames.Add(cell.Coder))
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

            _selected++;
            return true;
        }

        /// <summary>The rows of other coders left out, per coder; reports a named coder the table has no row of.</summary>
        public Dictionary<string, int> Finish()
        {
            if (_coderColumn == true && coder is not null && _selected == 0)
            {
                bag.Add(CodingDiagnostics.CoderNotInTable(coder, _others.Keys, display));
            }

            return _others;
        }
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
    private static MergedCodings.Entry Merge(Dimension dimension, in MergedCodings.Entry first, in MergedCodings.Entry later, string unit, string display, DiagnosticBag bag)
    {
        var values = first.Values.Union(later.Values, StringComparer.Ordinal).ToList();
        if (values.Count > first.Values.Count && (dimension.Kind != DimensionKind.Multi || values.Contains(ReservedValues.None)))
        {
            bag.Add(CodingDiagnostics.ConflictingRows(string.Join(CodingJournal.ValueSeparator, later.Values), unit, dimension, string.Join(CodingJournal.ValueSeparator, first.Values), first.Line, display, later.Line));
            return first;
        }

        var memo = later.Memo.Length == 0 || first.Memo.Split(MemoSeparator).Contains(later.Memo, StringComparer.Ordinal)
            ? first.Memo
            : first.Memo.Length == 0 ? later.Memo : first.Memo + MemoSeparator + later.Memo;
        return first with { Values = values, Memo = memo };
    }
}
