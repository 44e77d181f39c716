using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Reads REFI-QDA <c>Code</c> elements back into a codebook: the <c>[qcat]</c> blocks restore what qcat wrote;
/// codes from other programs become dimensions (top-level codes with children) and categories (their descendants),
/// and top-level codes without children the categories of one dimension <c>codes</c>. Namespaces are ignored.
/// </summary>
internal static partial class CodeTreeReader
{
    /// <summary>The id of the dimension that collects top-level codes without children.</summary>
    public const string LooseDimension = "codes";

    /// <summary>Reads the children <c>Code</c> elements of <paramref name="codes"/>.</summary>
    /// <param name="codes">The <c>Codes</c> element.</param>
    /// <param name="fallbackId">The codebook id when the codes do not carry one (from the file name).</param>
    /// <param name="targets">Receives each code's GUID (lower-case, no braces) → what it stands for.</param>
    public static Codebook Read(XElement codes, string fallbackId, Dictionary<string, CodeTarget> targets)
    {
        var top = Children(codes, "Code").ToList();
        var firstFields = top.Count > 0 ? CodeDescription.Parse(Child(top[0], "Description")?.Value).Fields : [];
        var dimensions = new List<Dimension>();
        var loose = new List<XElement>();
        var dimensionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in top)
        {
            var (human, fields) = CodeDescription.Parse(Child(code, "Description")?.Value);
            var children = Children(code, "Code").ToList();
            if (children.Count == 0 && CodeDescription.First(fields, "kind") is null)
            {
                loose.Add(code);
                continue;
            }

            var id = Unique(CodeDescription.First(fields, "id") ?? Slug(Name(code)), dimensionIds);
            var kind = Enum.TryParse<DimensionKind>(CodeDescription.First(fields, "kind"), ignoreCase: true, out var parsed) ? parsed : DimensionKind.Multi;
            var required = CodeDescription.First(fields, "required") is { } r ? r == "true" : kind is DimensionKind.Single;
            var label = Name(code) is { Length: > 0 } name ? name : id;
            var question = human.Length > 0 ? human : label;
            var ids = ReservedIds();
            var categories = kind is DimensionKind.Single or DimensionKind.Multi
                ? children.Select(c => ReadCategory(c, id, ids, targets)).ToList()
                : [];
            var levels = kind is DimensionKind.Ordinal or DimensionKind.Interval
                ? children.Select((c, i) => ReadLevel(c, i, id, targets)).ToList()
                : [];
            targets[Key(Guid(code))] = new CodeTarget(id, string.Empty);
            dimensions.Add(new Dimension(id, label, question, kind, required, categories, levels, CodeDescription.First(fields, "description")));
        }

        if (loose.Count > 0)
        {
            var id = Unique(LooseDimension, dimensionIds);
            var ids = ReservedIds();
            var categories = loose.Select(c => ReadCategory(c, id, ids, targets)).ToList();
            dimensions.Add(new Dimension(id, "Codes", "Which codes apply?", DimensionKind.Multi, false, categories, []));
        }

        var negationWords = CodeDescription.All(firstFields, "negation_word");
        var window = int.TryParse(CodeDescription.First(firstFields, "negation_window"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w : Negation.DefaultWindow;
        return new Codebook(
            CodeDescription.First(firstFields, "codebook_id") ?? fallbackId,
            CodeDescription.First(firstFields, "codebook_title") ?? fallbackId,
            CodeDescription.First(firstFields, "codebook_version") ?? "1.0",
            CodeDescription.First(firstFields, "codebook_description") ?? string.Empty,
            CodeDescription.All(firstFields, "codebook_author"),
            Enum.TryParse<UnitKind>(CodeDescription.First(firstFields, "codebook_unit"), ignoreCase: true, out var unit) ? unit : UnitKind.Paragraph,
            dimensions,
            string.Empty)
        {
            Negation = negationWords.Count > 0 ? new Negation(negationWords, window) : null,
        };
    }

    /// <summary>A GUID as a lookup key: lower-case, without braces (also for ids that are not GUIDs).</summary>
    public static string Key(string guid) => guid.Trim().Trim('{', '}').ToLowerInvariant();

    /// <summary>The <c>guid</c> attribute of an element (empty when missing).</summary>
    public static string Guid(XElement element) => (string?)element.Attribute("guid") ?? string.Empty;

    /// <summary>The children of <paramref name="parent"/> named <paramref name="localName"/>, in any namespace.</summary>
    public static IEnumerable<XElement> Children(XElement parent, string localName) => parent.Elements().Where(e => e.Name.LocalName == localName);

    /// <summary>The first child named <paramref name="localName"/>, in any namespace.</summary>
    public static XElement? Child(XElement parent, string localName) => Children(parent, localName).FirstOrDefault();

    /// <summary>An id made from a name: lower-case ASCII letters, digits, '_' and '-', starting with a letter.</summary>
    public static string Slug(string name)
    {
        var slug = NotInId().Replace(name.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormKD), "_").Trim('_', '-');
        return slug.Length == 0 ? "code" : char.IsAsciiLetterLower(slug[0]) ? slug : "c_" + slug;
    }

    private static Category ReadCategory(XElement code, string dimension, HashSet<string> ids, Dictionary<string, CodeTarget> targets)
    {
        var (human, fields) = CodeDescription.Parse(Child(code, "Description")?.Value);
        var id = Unique(CodeDescription.First(fields, "id") ?? Slug(Name(code)), ids);
        targets[Key(Guid(code))] = new CodeTarget(dimension, id);
        var exclude = new List<BoundaryRule>();
        foreach (var (key, value) in fields)
        {
            if (key == "exclude")
            {
                exclude.Add(new BoundaryRule(value, null));
            }
            else if (key == "see" && exclude.Count > 0)
            {
                exclude[^1] = exclude[^1] with { See = value };
            }
        }

        var hex = (string?)code.Attribute("color");
        var color = CodeDescription.First(fields, "color") ?? (hex is not null && CodeColor.IsHex(hex) ? hex : null);
        var indicators = new Indicators(CodeDescription.All(fields, "keyword"), CodeDescription.All(fields, "pattern")) { CaseSensitive = CodeDescription.First(fields, "case_sensitive") == "true" };
        var children = Children(code, "Code").Select(c => ReadCategory(c, dimension, ids, targets)).ToList();
        return new Category(id, Name(code) is { Length: > 0 } name ? name : id, human, CodeDescription.All(fields, "include"), exclude, CodeDescription.All(fields, "example"), indicators, color, children);
    }

    private static ScaleLevel ReadLevel(XElement code, int index, string dimension, Dictionary<string, CodeTarget> targets)
    {
        var (human, fields) = CodeDescription.Parse(Child(code, "Description")?.Value);
        var value = double.TryParse(CodeDescription.First(fields, "value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : index + 1;
        targets[Key(Guid(code))] = new CodeTarget(dimension, CodeTreeWriter.Number(value));
        return new ScaleLevel(value, Name(code), human.Length > 0 ? human : null, CodeDescription.All(fields, "example"));
    }

    // 'none' and 'uncoded' are reserved values, never category ids: a code named "None" becomes none_2.
    private static HashSet<string> ReservedIds() => new(StringComparer.Ordinal) { ReservedValues.None, ReservedValues.Uncoded };

    private static string Name(XElement code) => ((string?)code.Attribute("name") ?? string.Empty).Trim();

    private static string Unique(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}_{n}");
        }

        return candidate;
    }

    [GeneratedRegex("[^a-z0-9_-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotInId();
}
