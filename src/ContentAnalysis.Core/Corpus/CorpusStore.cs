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

    private readonly Dictionary<string, TextUnit> _unitsById;
    private readonly Dictionary<string, CorpusDocument> _documentsById;
    private readonly ILookup<string, TextUnit> _unitsByDocument;

    private CorpusStore(ProjectLayout layout, IReadOnlyList<CorpusDocument> documents, IReadOnlyList<TextUnit> units)
    {
        Layout = layout;
        Documents = documents;
        Units = units;
        _documentsById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _unitsByDocument = units.ToLookup(u => u.DocumentId, StringComparer.Ordinal);
    }

    /// <summary>The project the corpus belongs to.</summary>
    public ProjectLayout Layout { get; }

    /// <summary>The documents, sorted by id.</summary>
    public IReadOnlyList<CorpusDocument> Documents { get; }

    /// <summary>All units, by document id and ordinal.</summary>
    public IReadOnlyList<TextUnit> Units { get; }

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
        var units = new List<TextUnit>();
        var unitRows = CsvTable.Read(unitsPath, UnitColumns, layout.Relative(unitsPath), CorpusDiagnostics.BadTable);
        Unique(unitRows, layout.Relative(unitsPath), "unit");
        foreach (var (f, line) in unitRows)
        {
            if (!int.TryParse(f[2], out var ordinal) || !int.TryParse(f[4], out var start) || !int.TryParse(f[5], out var length))
            {
                throw new InputException(CorpusDiagnostics.NotWholeNumbers(layout.Relative(unitsPath), line));
            }

            units.Add(new TextUnit(f[0], f[1], ordinal, f[3], start, length, f[6], f[7]));
        }

        return new CorpusStore(layout, documents, units);
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
    public TextUnit? FindUnit(string unitId) => _unitsById.GetValueOrDefault(unitId);

    /// <summary>Finds a document by id, or returns null.</summary>
    public CorpusDocument? FindDocument(string documentId) => _documentsById.GetValueOrDefault(documentId);

    /// <summary>The units of one document in order.</summary>
    public IReadOnlyList<TextUnit> UnitsOf(string documentId) => [.. _unitsByDocument[documentId]];

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
        var beyond = _unitsByDocument[documentId].FirstOrDefault(u => (long)u.Start + u.Length > text.Length);
        return beyond is null
            ? text
            : throw new InputException(CorpusDiagnostics.StoredTextTooShort(documentId, beyond.Id, Layout.Relative(path)));
    }

    /// <summary>The text of one unit (reads its document's text).</summary>
    /// <exception cref="InputException">The document's text file is missing or too short for its units.</exception>
    public string UnitText(TextUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.TextIn(ReadText(unit.DocumentId));
    }
}
