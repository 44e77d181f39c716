using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Reads <c>project.qde</c> and the staged sources of a <c>.qdpx</c> into users, codes, text sources and selections,
/// accepting what it safely can of the deviations desktop programs produce and counting each repair.
/// </summary>
internal sealed partial class QdpxReader
{
    /// <summary>The coder of codings whose user is missing or unknown.</summary>
    public const string UnknownCoder = "imported";

    private readonly SafeArchive _archive;
    private readonly string _display;
    private readonly Dictionary<string, string> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, string? Dimension)> _notes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _repaired = new(StringComparer.Ordinal);

    private QdpxReader(SafeArchive archive, string display)
    {
        _archive = archive;
        _display = display;
    }

    /// <summary>The codebook read from the project's codes (null when it has none), and each code's meaning.</summary>
    public CodebookImport? Codebook { get; private set; }

    /// <summary>Code key → what it stands for in <see cref="Codebook"/>.</summary>
    public Dictionary<string, CodeTarget> Targets { get; } = new(StringComparer.Ordinal);

    /// <summary>The text sources.</summary>
    public List<QdpxSource> Sources { get; } = [];

    /// <summary>Sources not imported.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Selections and codings not mapped while reading.</summary>
    public List<string> NotMapped { get; } = [];

    /// <summary>Repairs with their counts.</summary>
    public IReadOnlyList<string> Repaired => [.. _repaired.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key}: {r.Value}"))];

    /// <summary>Reads the staged archive.</summary>
    /// <exception cref="InputException">No <c>project.qde</c>, unsafe or malformed XML, or a root that is not a project.</exception>
    public static QdpxReader Read(SafeArchive archive, string display)
    {
        var reader = new QdpxReader(archive, display);
        reader.ReadProject();
        return reader;
    }

    private void ReadProject()
    {
        var file = _archive.Find("project.qde", out _)
            ?? _archive.Names.Where(n => n.EndsWith(".qde", StringComparison.OrdinalIgnoreCase) && !n.Contains('/', StringComparison.Ordinal)).Select(n => _archive.Find(n, out _)).FirstOrDefault()
            ?? throw new InputException(ExchangeDiagnostics.NoProjectFile(_display));
        var qdeDisplay = _display + "!" + Path.GetFileName(file);
        var root = SafeXml.Load(File.ReadAllBytes(file), qdeDisplay).Root!;
        if (root.Name.LocalName != "Project")
        {
            throw new InputException(ExchangeDiagnostics.WrongRoot(root.Name.LocalName, "Project", qdeDisplay));
        }

        if (root.Name.Namespace == XNamespace.None)
        {
            Repair("no XML namespace (read as urn:QDA-XML:project:1.0)");
        }

        var plainIds = root.Descendants().Attributes().Where(a => a.Name.LocalName is "guid" or "targetGUID" or "creatingUser").Select(a => a.Value).Where(v => !ExchangeGuid.IsValid(v)).Distinct(StringComparer.Ordinal).Count();
        if (plainIds > 0)
        {
            Repair("ids that are not GUIDs (kept as plain ids)", plainIds);
        }

        ReadUsers(root);
        ReadNotes(root);
        var codes = CodeTreeReader.Child(root, "CodeBook") is { } book ? CodeTreeReader.Child(book, "Codes") : null;
        if (codes is not null && codes.Elements().Any())
        {
            Codebook = CodebookExchange.FromCodes(codes, CodeTreeReader.Slug((string?)root.Attribute("name") ?? "imported"), qdeDisplay, Targets);
        }

        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in CodeTreeReader.Child(root, "Sources")?.Elements() ?? [])
        {
            var name = (string?)source.Attribute("name") ?? CodeTreeReader.Guid(source);
            if (source.Name.LocalName != "TextSource")
            {
                Skipped.Add($"{source.Name.LocalName} '{name}': only text sources are imported");
                continue;
            }

            if (ReadSource(source, name, documents) is { } read)
            {
                Sources.Add(read);
            }
        }
    }

    private void ReadUsers(XElement root)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { UnknownCoder };
        foreach (var user in CodeTreeReader.Child(root, "Users")?.Elements().Where(e => e.Name.LocalName == "User") ?? [])
        {
            var name = NotInCoderName().Replace((string?)user.Attribute("name") ?? (string?)user.Attribute("id") ?? string.Empty, "-").Trim('-');
            var coder = name.Length == 0 ? "user" : name;
            for (var n = 2; !taken.Add(coder); n++)
            {
                coder = string.Create(CultureInfo.InvariantCulture, $"{(name.Length == 0 ? "user" : name)}-{n}");
            }

            _users[CodeTreeReader.Key(CodeTreeReader.Guid(user))] = coder;
        }
    }

    private void ReadNotes(XElement root)
    {
        foreach (var note in CodeTreeReader.Child(root, "Notes")?.Elements() ?? [])
        {
            var (_, fields) = CodeDescription.Parse(CodeTreeReader.Child(note, "Description")?.Value);
            _notes[CodeTreeReader.Key(CodeTreeReader.Guid(note))] = ((CodeTreeReader.Child(note, "PlainTextContent")?.Value ?? string.Empty).Trim(), CodeDescription.First(fields, "dimension"));
        }
    }

    private QdpxSource? ReadSource(XElement source, string name, HashSet<string> documents)
    {
        var (_, fields) = CodeDescription.Parse(CodeTreeReader.Child(source, "Description")?.Value);
        var bytes = SourceBytes(source, name);
        if (bytes is null)
        {
            return null;
        }

        var bom = bytes.AsSpan().StartsWith(Utf8Scan.Utf8Mark);
        string text;
        try
        {
            text = StrictUtf8.Decode(bytes, name);
        }
        catch (InputException)
        {
            Skipped.Add($"TextSource '{name}': not UTF-8 text");
            return null;
        }

        var id = CodeDescription.First(fields, "id") ?? CorpusImporter.DefaultId(name + ".txt");
        id = id.Length == 0 ? CorpusImporter.DefaultId(CodeTreeReader.Guid(source) + ".txt") : id;
        var unique = id;
        for (var n = 2; !documents.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = CodeDescription.First(fields, "title") ?? name,
        };
        foreach (var key in new[] { "author", "source", "date", "period" })
        {
            if (CodeDescription.First(fields, key) is { } value)
            {
                metadata[key] = value;
            }
        }

        var offsets = new SourceOffsets(text, bom);
        var selections = new List<QdpxSelection>();
        foreach (var selection in source.Elements().Where(e => e.Name.LocalName == "PlainTextSelection"))
        {
            if (ReadSelection(selection, name, offsets) is { } read)
            {
                selections.Add(read);
            }
        }

        if (source.Elements().Any(e => e.Name.LocalName == "Coding"))
        {
            NotMapped.Add($"source '{name}': codings of the whole source (not of a selection) are not imported");
        }

        return new QdpxSource(unique, text, metadata, selections, fields);
    }

    private byte[]? SourceBytes(XElement source, string name)
    {
        if (CodeTreeReader.Child(source, "PlainTextContent") is { } inline)
        {
            return SafeXml.Utf8.GetBytes(inline.Value);
        }

        var path = (string?)source.Attribute("plainTextPath") ?? string.Empty;
        if (!path.StartsWith("internal://", StringComparison.OrdinalIgnoreCase))
        {
            Skipped.Add(path.Length == 0 ? $"TextSource '{name}': no text" : $"TextSource '{name}': external file '{path}' is not in the archive");
            return null;
        }

        var entry = "sources/" + path["internal://".Length..];
        var file = _archive.Find(entry, out var exactCase);
        if (file is null)
        {
            Skipped.Add($"TextSource '{name}': {entry} is missing from the archive");
            return null;
        }

        if (!exactCase)
        {
            Repair("source folder or file name in another case (e.g. 'Sources/' for 'sources/')");
        }

        return File.ReadAllBytes(file);
    }

    private QdpxSelection? ReadSelection(XElement selection, string source, SourceOffsets offsets)
    {
        var guid = CodeTreeReader.Guid(selection);
        if (!long.TryParse((string?)selection.Attribute("startPosition"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse((string?)selection.Attribute("endPosition"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var end))
        {
            NotMapped.Add($"selection {guid} in '{source}': positions are not whole numbers");
            return null;
        }

        var (range, repair) = offsets.Resolve(start, end, (string?)selection.Attribute("name"));
        if (range is not { } found)
        {
            NotMapped.Add(string.Create(CultureInfo.InvariantCulture, $"selection {guid} in '{source}': positions {start}–{end} are outside the text ({offsets.Length} characters)"));
            return null;
        }

        if (repair is not null)
        {
            Repair(repair);
        }

        var selectionUser = Coder((string?)selection.Attribute("creatingUser"));
        var selectionTime = Time((string?)selection.Attribute("creationDateTime"));
        var (_, fields) = CodeDescription.Parse(CodeTreeReader.Child(selection, "Description")?.Value);
        var memos = new List<KeyValuePair<string, string>>();
        var loose = new List<string>();
        foreach (var note in Notes(selection))
        {
            if (note.Dimension is not null)
            {
                memos.Add(new(note.Dimension, note.Text));
            }
            else
            {
                loose.Add(note.Text);
            }
        }

        var codings = new List<QdpxCoding>();
        foreach (var coding in selection.Elements().Where(e => e.Name.LocalName == "Coding"))
        {
            var code = CodeTreeReader.Child(coding, "CodeRef") is { } reference ? CodeTreeReader.Key((string?)reference.Attribute("targetGUID") ?? string.Empty) : string.Empty;
            var memo = string.Join("\n\n", Notes(coding).Select(n => n.Text).Concat(loose).Where(t => t.Length > 0));
            var user = coding.Attribute("creatingUser") is { } attribute ? Coder(attribute.Value) : selectionUser;
            codings.Add(new QdpxCoding(code, user, Time((string?)coding.Attribute("creationDateTime")) ?? selectionTime, memo));
        }

        return new QdpxSelection(guid, found.Start, found.End, codings, fields, selectionUser, selectionTime, memos);
    }

    private IEnumerable<(string Text, string? Dimension)> Notes(XElement parent) =>
        parent.Elements().Where(e => e.Name.LocalName == "NoteRef")
            .Select(r => CodeTreeReader.Key((string?)r.Attribute("targetGUID") ?? string.Empty))
            .Where(_notes.ContainsKey)
            .Select(k => _notes[k]);

    private string Coder(string? user) =>
        user is not null && _users.TryGetValue(CodeTreeReader.Key(user), out var coder) ? coder : UnknownCoder;

    private static DateTimeOffset? Time(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime() : null;

    private void Repair(string what, int count = 1) => _repaired[what] = _repaired.GetValueOrDefault(what) + count;

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotInCoderName();
}
