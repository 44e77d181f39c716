using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// Imports a coder's codings from a long or wide CSV table into the coder's journal. Every value is
/// checked against the corpus and the codebook first; when anything is wrong nothing is appended.
/// </summary>
public static class CodingsImporter
{
    /// <summary>Validates <paramref name="path"/> and appends its codings to <paramref name="coder"/>'s journal.</summary>
    /// <param name="codings">The project's journals.</param>
    /// <param name="corpus">The corpus (units must exist).</param>
    /// <param name="codebook">The codebook the values are checked against; its hash is recorded.</param>
    /// <param name="coder">The coder the codings belong to.</param>
    /// <param name="path">The CSV file.</param>
    /// <param name="format">Long or wide.</param>
    /// <param name="time">The time recorded on every imported line.</param>
    /// <returns>The records appended.</returns>
    /// <exception cref="InputException">The file or any value is invalid; every problem is reported with its line.</exception>
    public static IReadOnlyList<CodingRecord> Import(CodingStore codings, CorpusStore corpus, Codebook codebook, string coder, string path, CodingsFileFormat format, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(codings);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(codebook);
        codings.JournalPath(coder);
        var display = codings.Layout.Relative(path);
        if (Directory.Exists(path))
        {
            throw new InputException(Diagnostic.Error(CodingDiagnostics.BadImportFile, $"'{display}' is a folder, not a file", hint: "name one CSV file"));
        }

        if (!File.Exists(path))
        {
            throw new InputException(Diagnostic.Error(CodingDiagnostics.BadImportFile, $"file '{display}' not found", hint: "check the path"));
        }

        var rows = CsvTable.ReadLoose(path, display, CodingDiagnostics.BadImportFile);
        var bag = new DiagnosticBag();
        var cells = format switch
        {
            CodingsFileFormat.Long => CodingsTable.LongCells(rows, display, bag),
            CodingsFileFormat.Wide => CodingsTable.WideCells(rows, display, bag),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only long and wide tables can be imported"),
        };
        var records = new List<CodingRecord>();
        foreach (var cell in cells)
        {
            var unit = corpus.FindUnit(cell.Unit);
            if (unit is null)
            {
                var hint = EditDistance.DidYouMean(cell.Unit, corpus.Units.Select(u => u.Id)) ?? (corpus.Units.Count == 0 ? "the corpus is empty: run 'qcat corpus import' first" : "unit ids look like 'doc.p001'");
                bag.Error(CodingDiagnostics.UnknownUnit, $"unknown unit '{cell.Unit}'", display, cell.Line, 0, hint);
            }

            var dimension = CodingValidator.Dimension(codebook, cell.Dimension, bag, display, cell.Line);
            var values = dimension is null ? null : CodingValidator.Values(dimension, cell.Values, bag, display, cell.Line, cell.Unit);
            if (unit is not null && values is not null)
            {
                records.Add(new CodingRecord(time, coder, unit.Id, dimension!.Id, values, cell.Memo, codebook.ContentHash, unit.Hash));
            }
        }

        if (bag.HasErrors)
        {
            throw new InputException(bag.Sorted());
        }

        codings.Append(coder, records);
        return records;
    }
}
