using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// The imported corpus of a project: <c>data/documents.csv</c>, <c>data/units.csv</c> and the
/// normalised texts in <c>data/documents/{id}.txt</c>.
/// </summary>
public sealed partial class CorpusStore
{
    /// <summary>Columns of <c>data/documents.csv</c>.</summary>
    public static readonly IReadOnlyList<string> DocumentColumns = ["id", "title", "author", "source", "date", "period", "unit_kind", "file_hash", "imported_at"];

    /// <summary>Columns of <c>data/units.csv</c>.</summary>
    public static readonly IReadOnlyList<string> UnitColumns = ["unit", "document", "ordinal", "section", "start", "length", "hash", "period"];

    private readonly Dictionary<string, CorpusDocument> _documentsById;

    private CorpusStore(ProjectLayout layout, IReadOnlyList<CorpusDocument> documents, UnitTable units)
    {
        Layout = layout;
        Documents = documents;
        UnitRows = units;
        _documentsById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The project the corpus belongs to.</summary>
    public ProjectLayout Layout { get; }

    /// <summary>The documents, sorted by id.</summary>
    public IReadOnlyList<CorpusDocument> Documents { get; }

    /// <summary>All units, by document id and ordinal. Each is made when it is read: commands at scale read <see cref="UnitRows"/>.</summary>
    public IReadOnlyList<TextUnit> Units => UnitRows;

    /// <summary>The units table as columns (ids, hashes and spans by row), without an object per unit.</summary>
    internal UnitTable UnitRows { get; }

    /// <summary>Path of <c>data/documents.csv</c>.</summary>
    public static string DocumentsTablePath(ProjectLayout layout) => Path.Combine(layout.DataDirectory, "documents.csv");

    /// <summary>Path of <c>data/units.csv</c>.</summary>
    public static string UnitsTablePath(ProjectLayout layout) => Path.Combine(layout.DataDirectory, "units.csv");

    /// <summary>Path of a document's normalised text.</summary>
    public static string TextPath(ProjectLayout layout, string documentId) => Path.Combine(TextsDirectory(layout), documentId + ".txt");

    /// <summary>Folder of the documents' normalised texts, <c>data/documents/</c>.</summary>
    public static string TextsDirectory(ProjectLayout layout) => Path.Combine(layout.DataDirectory, "documents");

    /// <summary>Loads the corpus of <paramref name="layout"/>; an empty corpus when nothing has been imported.</summary>
    /// <exception cref="InputException">A corpus table is malformed.</exception>
    public static CorpusStore Open(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var documentsPath = DocumentsTablePath(layout);
        var documentRows = CsvTable.Read(documentsPath, DocumentColumns, layout.Relative(documentsPath), CorpusDiagnostics.BadTable);
        Unique(documentRows, layout.Relative(documentsPath), "document");
        var documents = documentRows
            .Select(r => new CorpusDocument(new DocumentMetadata(r.Fields[0], r.Fields[1], r.Fields[2], r.Fields[3], r.Fields[4], r.Fields[5]), r.Fields[6], r.Fields[7], r.Fields[8]))
            .ToList();
        var unitsPath = UnitsTablePath(layout);
        return new CorpusStore(layout, documents, UnitTable.Read(unitsPath, layout.Relative(unitsPath)));
    }

    // A hand-edited or badly merged table can repeat an id; that is the user's file to fix, not a crash.
    private static void Unique(List<(string[] Fields, int Line)> rows, string display, string what)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fields, line) in rows)
        {
            if (!first.TryAdd(fields[0], line))
            {
                throw new InputException(CorpusDiagnostics.RowIdTwice(what, fields[0], first[fields[0]], display, line));
            }
        }
    }

    /// <summary>Finds a unit by id, or returns null.</summary>
    public TextUnit? FindUnit(string unitId) => UnitRows.IndexOf(unitId) is >= 0 and var row ? UnitRows[row] : null;

    /// <summary>Finds a document by id, or returns null.</summary>
    public CorpusDocument? FindDocument(string documentId) => _documentsById.GetValueOrDefault(documentId);

    /// <summary>The units of one document in order.</summary>
    public IReadOnlyList<TextUnit> UnitsOf(string documentId)
    {
        var rows = UnitRows.RowsOf(documentId);
        var units = new TextUnit[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            units[i] = UnitRows[rows[i]];
        }

        return units;
    }

    /// <summary>The normalised text of a document.</summary>
    /// <exception cref="InputException">The text file is missing, or too short for the document's units.</exception>
    public string ReadText(string documentId)
    {
        var path = TextPath(Layout, documentId);
        if (!File.Exists(path))
        {
            throw new InputException(CorpusDiagnostics.StoredTextMissing(documentId, Layout.Relative(path)));
        }

        // A cut text would make a unit's span run past its end: a damaged file, not a crash.
        var text = File.ReadAllText(path);
        foreach (var row in UnitRows.RowsOf(documentId))
        {
            if ((long)UnitRows.Start(row) + UnitRows.Length(row) > text.Length)
            {
                throw new InputException(CorpusDiagnostics.StoredTextTooShort(documentId, UnitRows.Id(row), Layout.Relative(path)));
            }
        }

        return text;
    }

    /// <summary>The text of one unit (reads its document's text).</summary>
    /// <exception cref="InputException">The document's text file is missing or too short for its units.</exception>
    public string UnitText(TextUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.TextIn(ReadText(unit.DocumentId));
    }
}
