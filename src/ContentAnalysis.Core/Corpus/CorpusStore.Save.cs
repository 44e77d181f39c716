using System.Buffers;
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

        // The units table is formatted on one core while the texts are written, mostly waiting for the disk.
        var units = sortedDocuments.SelectMany(d => unitsByDocument.TryGetValue(d.Id, out var list) ? list : []).ToList();
        var unitsTable = Task.Run(() => Table(UnitColumns, units.Count, units.Select(u => new[]
        {
            u.Id, u.DocumentId, Invariant(u.Ordinal), u.Section, Invariant(u.Start), Invariant(u.Length), u.Hash, u.Period,
        })));
        foreach (var (id, text) in texts)
        {
            WriteText(TextPath(layout, id), text);
        }

        using (var table = Table(DocumentColumns, sortedDocuments.Count, sortedDocuments.Select(d => new[]
        {
            d.Id, d.Metadata.Title, d.Metadata.Author, d.Metadata.Source, d.Metadata.Date, d.Metadata.Period, d.UnitKind, d.FileHash, d.ImportedAt,
        })))
        {
            AtomicFile.WriteIfChanged(DocumentsTablePath(layout), Bytes(table));
        }

        // GetResult rethrows a failure as it was, not wrapped in an AggregateException.
        using (var table = unitsTable.GetAwaiter().GetResult())
        {
            AtomicFile.WriteIfChanged(UnitsTablePath(layout), Bytes(table));
        }
    }

    private static void WriteText(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            AtomicFile.WriteIfChanged(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static MemoryStream Table(IReadOnlyList<string> header, int rowCount, IEnumerable<string[]> rows)
    {
        // Sized for typical rows up front: growing a stream of tens of megabytes copies it again and again.
        var buffer = new MemoryStream(capacity: (int)Math.Min(Array.MaxLength, 256 + (64L * rowCount)));
        CsvTable.Write(buffer, header, rows);
        return buffer;
    }

    private static ReadOnlySpan<byte> Bytes(MemoryStream stream) => stream.GetBuffer().AsSpan(0, (int)stream.Length);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
