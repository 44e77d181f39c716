using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A Word document's footnotes and endnotes as notes of a <see cref="StructuredDocument"/>: numbered 1, 2, … in the
/// order the body refers to them (as Word numbers them), each <c>N text</c>; the separator notes are left out.
/// </summary>
internal static class DocxNotes
{
    /// <summary>Adds the notes of <paramref name="main"/> to <paramref name="result"/>.</summary>
    public static void Read(MainDocumentPart main, Body body, StructuredDocument result)
    {
        var footnotes = main.FootnotesPart?.Footnotes?.Elements<Footnote>()
            .Where(n => n.Type is null || n.Type.Value == FootnoteEndnoteValues.Normal)
            .Where(n => n.Id?.Value is not null)
            .ToDictionary(n => n.Id!.Value, n => (DocumentFormat.OpenXml.OpenXmlElement)n) ?? [];
        var endnotes = main.EndnotesPart?.Endnotes?.Elements<Endnote>()
            .Where(n => n.Type is null || n.Type.Value == FootnoteEndnoteValues.Normal)
            .Where(n => n.Id?.Value is not null)
            .ToDictionary(n => n.Id!.Value, n => (DocumentFormat.OpenXml.OpenXmlElement)n) ?? [];
        Add(body.Descendants<FootnoteReference>().Select(r => r.Id?.Value), footnotes, result.Notes);
        Add(body.Descendants<EndnoteReference>().Select(r => r.Id?.Value), endnotes, result.Endnotes);
    }

    private static void Add(IEnumerable<long?> references, Dictionary<long, DocumentFormat.OpenXml.OpenXmlElement> notes, List<string> into)
    {
        var seen = new HashSet<long>();
        foreach (var id in references)
        {
            if (id is not { } key || !seen.Add(key) || !notes.TryGetValue(key, out var note))
            {
                continue;
            }

            var text = DocxText.TextOf(note);
            if (text.Length > 0)
            {
                into.Add(string.Create(CultureInfo.InvariantCulture, $"{into.Count + 1} {text}"));
            }
        }
    }
}
