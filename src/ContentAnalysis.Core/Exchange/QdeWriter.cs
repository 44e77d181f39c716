using System.Globalization;
using System.Xml.Linq;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Writes <c>project.qde</c>: users = coders, the codebook, one text source per document, one plain-text selection
/// per coded unit and coder (code-point offsets), one coding per category or level, memos as notes. Values that are
/// no code (<c>none</c>, <c>uncoded</c>, a number off the scale) go into the selection's <c>[qcat]</c> block.
/// </summary>
internal sealed class QdeWriter(Codebook codebook, CorpusStore corpus, IReadOnlyList<CoderCodings> coders)
{
    private readonly XNamespace _ns = RefiXml.Project;
    private readonly List<XElement> _notes = [];

    /// <summary>The number of selections written.</summary>
    public int Selections { get; private set; }

    /// <summary>The number of codings written.</summary>
    public int Codings { get; private set; }

    /// <summary>The GUID of a document's source (also its file name in <c>sources/</c>).</summary>
    public static string SourceGuid(string document) => ExchangeGuid.For($"source/{document}");

    /// <summary>The GUID of a coder's user.</summary>
    public static string UserGuid(string coder) => ExchangeGuid.For($"user/{coder}");

    /// <summary>The project element.</summary>
    public XElement Write()
    {
        var project = new XElement(_ns + "Project", new XAttribute("name", codebook.Title), new XAttribute("origin", "qcat"));
        if (coders.Count > 0)
        {
            project.Add(new XElement(_ns + "Users", coders.Select(c => new XElement(_ns + "User", new XAttribute("guid", UserGuid(c.Coder)), new XAttribute("name", c.Coder)))));
        }

        project.Add(new XElement(_ns + "CodeBook", new XElement(_ns + "Codes", CodeTreeWriter.Codes(codebook, _ns))));
        var documents = corpus.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (documents.Count > 0)
        {
            project.Add(new XElement(_ns + "Sources", documents.Select(Source).ToList()));
        }

        if (_notes.Count > 0)
        {
            project.Add(new XElement(_ns + "Notes", _notes));
        }

        return project;
    }

    private XElement Source(CorpusDocument document)
    {
        var guid = SourceGuid(document.Id);
        var metadata = document.Metadata;
        var fields = new List<KeyValuePair<string, string>> { new("id", document.Id) };
        foreach (var (key, value) in new[] { ("title", metadata.Title), ("author", metadata.Author), ("source", metadata.Source), ("date", metadata.Date), ("period", metadata.Period) })
        {
            if (value.Length > 0)
            {
                fields.Add(new(key, value));
            }
        }

        var text = corpus.ReadText(document.Id);
        var points = new CodePoints(text);

        // The units as qcat cut them, so an import of an unchanged text restores them exactly (docs/exchange.md).
        fields.Add(new("unit_kind", document.UnitKind));
        fields.Add(new("file_hash", document.FileHash));
        fields.Add(new("text_sha256", QdpxUnits.TextHash(text)));
        fields.AddRange(corpus.UnitsOf(document.Id).Select(u => new KeyValuePair<string, string>("unit", QdpxUnits.Format(u, points))));
        var source = new XElement(
            _ns + "TextSource",
            new XAttribute("guid", guid),
            new XAttribute("name", metadata.Title.Length > 0 ? metadata.Title : document.Id),
            new XAttribute("plainTextPath", $"internal://{guid}.txt"),
            new XElement(_ns + "Description", CodeDescription.Compose(string.Empty, fields)));
        foreach (var unit in corpus.UnitsOf(document.Id))
        {
            foreach (var coder in coders)
            {
                if (Selection(coder, unit, points) is { } selection)
                {
                    source.Add(selection);
                }
            }
        }

        return source;
    }

    private XElement? Selection(CoderCodings coder, TextUnit unit, CodePoints points)
    {
        var values = coder.Of(unit.Id);
        if (values.Count == 0)
        {
            return null;
        }

        var user = UserGuid(coder.Coder);
        var leftOver = new List<KeyValuePair<string, string>>();
        var codings = new List<XElement>();
        foreach (var (dimensionId, value) in values.OrderBy(v => Order(v.Key)).ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            var dimension = codebook.FindDimension(dimensionId);
            XElement? first = null;
            foreach (var item in value.Values)
            {
                var code = dimension is null ? null : CodeGuid(dimension, item);
                if (code is null)
                {
                    leftOver.Add(new(dimensionId, item));
                    continue;
                }

                var coding = new XElement(
                    _ns + "Coding",
                    new XAttribute("guid", ExchangeGuid.For($"coding/{coder.Coder}/{unit.Id}/{dimensionId}/{item}")),
                    new XAttribute("creatingUser", user),
                    new XAttribute("creationDateTime", Time(value.Time)),
                    new XElement(_ns + "CodeRef", new XAttribute("targetGUID", code)));
                codings.Add(coding);
                first ??= coding;
            }

            if (value.Memo.Length > 0)
            {
                var note = ExchangeGuid.For($"note/{coder.Coder}/{unit.Id}/{dimensionId}");
                _notes.Add(new XElement(
                    _ns + "Note",
                    new XAttribute("guid", note),
                    new XAttribute("name", $"memo {coder.Coder} {unit.Id} {dimensionId}"),
                    new XAttribute("creatingUser", user),
                    new XAttribute("creationDateTime", Time(value.Time)),
                    new XElement(_ns + "Description", CodeDescription.Compose(string.Empty, [new("dimension", dimensionId)])),
                    new XElement(_ns + "PlainTextContent", value.Memo)));
                first?.Add(new XElement(_ns + "NoteRef", new XAttribute("targetGUID", note)));
                if (first is null)
                {
                    leftOver.Add(new("memo_note", note));
                }
            }
        }

        var selection = new XElement(
            _ns + "PlainTextSelection",
            new XAttribute("guid", ExchangeGuid.For($"selection/{coder.Coder}/{unit.Id}")),
            new XAttribute("name", unit.Id),
            new XAttribute("startPosition", points.FromUtf16(unit.Start).ToString(CultureInfo.InvariantCulture)),
            new XAttribute("endPosition", points.FromUtf16(unit.Start + unit.Length).ToString(CultureInfo.InvariantCulture)),
            new XAttribute("creatingUser", user),
            new XAttribute("creationDateTime", Time(values.Values.Max(v => v.Time))));
        if (leftOver.Count > 0)
        {
            selection.Add(new XElement(_ns + "Description", CodeDescription.Compose(string.Empty, leftOver)));
        }

        selection.Add(codings);

        // A memo on a dimension without a code (e.g. 'none') hangs on the selection itself.
        selection.Add(leftOver.Where(l => l.Key == "memo_note").Select(l => new XElement(_ns + "NoteRef", new XAttribute("targetGUID", l.Value))));
        Selections++;
        Codings += codings.Count;
        return selection;
    }

    private int Order(string dimension)
    {
        for (var i = 0; i < codebook.Dimensions.Count; i++)
        {
            if (codebook.Dimensions[i].Id == dimension)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private string? CodeGuid(Dimension dimension, string value)
    {
        if (dimension.IsCategorical)
        {
            return dimension.FindCategory(value) is null ? null : CodeTreeWriter.CategoryGuid(codebook, dimension.Id, value);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && dimension.FindLevel(number) is not null
            ? CodeTreeWriter.LevelGuid(codebook, dimension.Id, number)
            : null;
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
