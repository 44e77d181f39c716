using System.Buffers;
using System.Globalization;
using System.Text;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Writing the corpus tables.</summary>
public sealed partial class CorpusStore
{
    /// <summary>
    /// Writes the tables for <paramref name="documents"/> and their units (documents sorted by id, units in
    /// document order, so an unchanged corpus gives byte-identical files) and the given texts; files whose
    /// content is unchanged are not touched.
    /// </summary>
    internal static void Save(ProjectLayout layout, IEnumerable<CorpusDocument> documents, IReadOnlyDictionary<string, List<TextUnit>> unitsByDocument, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, StreamedText>? streamed = null)
    {
        var sortedDocuments = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        streamed ??= new Dictionary<string, StreamedText>();

        // The units table is formatted while the texts are written, which mostly waits for the disk.
        var unitsTable = Task.Run(() => UnitsTable(sortedDocuments, unitsByDocument, streamed));
        foreach (var (id, text) in texts)
        {
            WriteText(TextPath(layout, id), text);
        }

        foreach (var (id, text) in streamed)
        {
            text.SaveText(TextPath(layout, id));
        }

        using (var table = Table(DocumentColumns, sortedDocuments.Count, sortedDocuments.Select(d => new[]
        {
            d.Id, d.Metadata.Title, d.Metadata.Author, d.Metadata.Source, d.Metadata.Date, d.Metadata.Period, d.UnitKind, d.FileHash, d.ImportedAt,
        })))
        {
            AtomicFile.WriteIfChanged(DocumentsTablePath(layout), [table.GetBuffer().AsMemory(0, (int)table.Length)]);
        }

        // GetResult rethrows a failure as it was, not wrapped in an AggregateException.
        var pieces = unitsTable.GetAwaiter().GetResult();
        if (streamed.Count == 0)
        {
            AtomicFile.WriteIfChanged(UnitsTablePath(layout), [.. pieces.Select(p => p.Rows)]);
            return;
        }

        // A streamed document's rows are copied from where they were written, never held whole.
        StreamedFile.WriteIfChanged(UnitsTablePath(layout), stream =>
        {
            foreach (var (rows, document) in pieces)
            {
                if (document is not null && streamed.TryGetValue(document, out var text))
                {
                    text.CopyRowsTo(stream);
                }
                else
                {
                    stream.Write(rows.Span);
                }
            }
        });
    }

    /// <summary>
    /// The units table in pieces, header first: each document's rows are formatted on their own (in parallel;
    /// rows do not depend on each other) and the pieces are written in document order.
    /// </summary>
    private static (ReadOnlyMemory<byte> Rows, string? Document)[] UnitsTable(List<CorpusDocument> sortedDocuments, IReadOnlyDictionary<string, List<TextUnit>> unitsByDocument, IReadOnlyDictionary<string, StreamedText> streamed)
    {
        var pieces = new (ReadOnlyMemory<byte> Rows, string? Document)[sortedDocuments.Count + 1];
        using (var header = new MemoryStream())
        {
            CsvTable.Write(header, UnitColumns, []);
            pieces[0] = (header.ToArray(), null);
        }

        Parallel.For(0, sortedDocuments.Count, d =>
        {
            var id = sortedDocuments[d].Id;
            if (streamed.ContainsKey(id))
            {
                pieces[d + 1] = (ReadOnlyMemory<byte>.Empty, id);
                return;
            }

            var units = unitsByDocument.TryGetValue(sortedDocuments[d].Id, out var list) ? list : [];
            var buffer = new MemoryStream(capacity: 64 * units.Count);
            CsvTable.WriteRows(buffer, units.Select(UnitRow));
            pieces[d + 1] = (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), id);
        });

        return pieces;
    }

    private static void WriteText(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            AtomicFile.WriteIfChanged(path, [buffer.AsMemory(0, length)]);
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

    /// <summary>The fields of a unit's row in <c>units.csv</c>.</summary>
    internal static string[] UnitRow(TextUnit u) =>
        [u.Id, u.DocumentId, Invariant(u.Ordinal), u.Section, Invariant(u.Start), Invariant(u.Length), u.Hash, u.Period];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
