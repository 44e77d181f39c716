using System.Globalization;
using System.Text;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Writing the corpus tables.</summary>
public sealed partial class CorpusStore
{
    /// <summary>
    /// Writes the tables for <paramref name="documents"/> and their units (documents sorted by id, units in
    /// document order, so an unchanged corpus gives byte-identical files) and the given texts; files whose
    /// content is unchanged are not touched.
    /// </summary>
    internal static void Save(ProjectLayout layout, IEnumerable<CorpusDocument> documents, IReadOnlyDictionary<string, List<TextUnit>> unitsByDocument, IReadOnlyDictionary<string, string> texts)
    {
        var sortedDocuments = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        foreach (var (id, text) in texts)
        {
            AtomicFile.WriteIfChanged(TextPath(layout, id), Encoding.UTF8.GetBytes(text));
        }

        AtomicFile.WriteIfChanged(DocumentsTablePath(layout), Table(DocumentColumns, sortedDocuments.Select(d => new[]
        {
            d.Id, d.Metadata.Title, d.Metadata.Author, d.Metadata.Source, d.Metadata.Date, d.Metadata.Period, d.UnitKind, d.FileHash, d.ImportedAt,
        })));
        var units = sortedDocuments.SelectMany(d => unitsByDocument.TryGetValue(d.Id, out var list) ? list : []);
        AtomicFile.WriteIfChanged(UnitsTablePath(layout), Table(UnitColumns, units.Select(u => new[]
        {
            u.Id, u.DocumentId, Invariant(u.Ordinal), u.Section, Invariant(u.Start), Invariant(u.Length), u.Hash, u.Period,
        })));
    }

    private static byte[] Table(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        CsvTable.Write(buffer, header, rows);
        return buffer.ToArray();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
