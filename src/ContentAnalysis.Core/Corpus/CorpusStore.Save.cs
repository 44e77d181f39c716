using System.Globalization;
using System.Text;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Writing the corpus tables.</summary>
public sealed partial class CorpusStore
{
    /// <summary>
    /// Writes the tables for <paramref name="documents"/> and <paramref name="units"/> (sorted, so an unchanged
    /// corpus gives byte-identical files) and the given texts; files whose content is unchanged are not touched.
    /// </summary>
    internal static CorpusStore Save(ProjectLayout layout, IEnumerable<CorpusDocument> documents, IEnumerable<TextUnit> units, IReadOnlyDictionary<string, string> texts)
    {
        var sortedDocuments = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var order = sortedDocuments.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var sortedUnits = units.OrderBy(u => order[u.DocumentId]).ThenBy(u => u.Ordinal).ToList();
        foreach (var (id, text) in texts)
        {
            AtomicFile.WriteIfChanged(TextPath(layout, id), Encoding.UTF8.GetBytes(text));
        }

        AtomicFile.WriteIfChanged(DocumentsTablePath(layout), Table(DocumentColumns, sortedDocuments.Select(d => new[]
        {
            d.Id, d.Metadata.Title, d.Metadata.Author, d.Metadata.Source, d.Metadata.Date, d.Metadata.Period, d.UnitKind, d.FileHash, d.ImportedAt,
        })));
        AtomicFile.WriteIfChanged(UnitsTablePath(layout), Table(UnitColumns, sortedUnits.Select(u => new[]
        {
            u.Id, u.DocumentId, Invariant(u.Ordinal), u.Section, Invariant(u.Start), Invariant(u.Length), u.Hash, u.Period,
        })));
        return new CorpusStore(layout, sortedDocuments, sortedUnits);
    }

    private static byte[] Table(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        CsvTable.Write(buffer, header, rows);
        return buffer.ToArray();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
