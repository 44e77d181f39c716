using System.Globalization;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>One change <c>--repair</c> made to a text extracted elsewhere.</summary>
/// <param name="Kind"><see cref="RepairLog.Ligature"/>, <see cref="RepairLog.Paragraph"/>, <see cref="RepairLog.Footnote"/> or <see cref="RepairLog.Heading"/>.</param>
/// <param name="Before">The text as it was (for a rejoined paragraph, the two ends with <c> ¶ </c> between them).</param>
/// <param name="After">The text as it is now (for a moved footnote, the note; for a split heading, the heading).</param>
public sealed record RepairRecord(string Kind, string Before, string After);

/// <summary>
/// What <c>qcat corpus import --repair</c> changed in one document, in order; stored beside the document's text as
/// <c>data/documents/{id}.repairs.csv</c> (<c>kind,before,after</c>) so <c>qcat corpus show DOC --repairs</c> can list it.
/// </summary>
public sealed class RepairLog
{
    /// <summary>A word split at a ligature joined again (<c>confl ict</c> → <c>conflict</c>).</summary>
    public const string Ligature = "ligature";

    /// <summary>A paragraph cut at a page break joined again.</summary>
    public const string Paragraph = "paragraph";

    /// <summary>A numbered footnote moved out of the body into the notes.</summary>
    public const string Footnote = "footnote";

    /// <summary>A section heading fused to the end of the paragraph before it split off as a heading.</summary>
    public const string Heading = "heading";

    /// <summary>Columns of the stored log.</summary>
    public static readonly IReadOnlyList<string> Columns = ["kind", "before", "after"];

    private readonly List<RepairRecord> _records = [];

    /// <summary>The repairs in the order they were made.</summary>
    public IReadOnlyList<RepairRecord> Records => _records;

    /// <summary>The number of repairs of one kind.</summary>
    public int Count(string kind) => _records.Count(r => r.Kind == kind);

    /// <summary>Records a repair.</summary>
    public void Add(string kind, string before, string after) => _records.Add(new RepairRecord(kind, before, after));

    /// <summary>
    /// The counts as a phrase: <c>12 ligature gaps joined, 3 paragraphs rejoined, 14 footnotes moved</c>, and
    /// <c>, 1 heading split</c> when a heading was split off.
    /// </summary>
    public string Summary() => string.Join(", ", new[]
    {
        Phrase(Count(Ligature), "ligature gap", "ligature gaps", "joined"),
        Phrase(Count(Paragraph), "paragraph", "paragraphs", "rejoined"),
        Phrase(Count(Footnote), "footnote", "footnotes", "moved"),
        Count(Heading) > 0 ? Phrase(Count(Heading), "heading", "headings", "split") : null,
    }.OfType<string>());

    /// <summary>Where a document's log is stored.</summary>
    public static string PathOf(ProjectLayout layout, string documentId)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(CorpusStore.TextsDirectory(layout), documentId + ".repairs.csv");
    }

    /// <summary>Reads a stored log; null when the document was not imported with <c>--repair</c>.</summary>
    /// <exception cref="Diagnostics.InputException">The file is malformed.</exception>
    public static RepairLog? Load(ProjectLayout layout, string documentId)
    {
        var path = PathOf(layout, documentId);
        if (!File.Exists(path))
        {
            return null;
        }

        var log = new RepairLog();
        foreach (var (fields, _) in CsvTable.Read(path, Columns, layout.Relative(path), CorpusDiagnostics.BadTable))
        {
            log.Add(fields[0], fields[1], fields[2]);
        }

        return log;
    }

    /// <summary>Writes the log to <paramref name="path"/> (untouched when unchanged).</summary>
    internal void Save(string path)
    {
        using var buffer = new MemoryStream();
        CsvTable.Write(buffer, Columns, _records.Select(r => new[] { r.Kind, r.Before, r.After }));
        AtomicFile.WriteIfChanged(path, [buffer.GetBuffer().AsMemory(0, (int)buffer.Length)]);
    }

    private static string Phrase(int count, string one, string many, string verb) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)} {verb}");
}
