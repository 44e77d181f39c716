using System.Globalization;
using System.Xml.Linq;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Writes a codebook as REFI-QDA <c>Code</c> elements: each dimension a top-level code (not codable), each category
/// (at any depth) or scale level its child code, definitions as descriptions, the rest in the <c>[qcat]</c> block.
/// GUIDs come from the codebook and category ids (<see cref="ExchangeGuid"/>).
/// </summary>
internal static class CodeTreeWriter
{
    /// <summary>The top-level <c>Code</c> elements of <paramref name="codebook"/> in namespace <paramref name="ns"/>.</summary>
    public static IEnumerable<XElement> Codes(Codebook codebook, XNamespace ns)
    {
        var first = true;
        foreach (var dimension in codebook.Dimensions)
        {
            var fields = new List<KeyValuePair<string, string>>();
            if (first)
            {
                fields.AddRange(CodebookFields(codebook));
                first = false;
            }

            fields.Add(new("id", dimension.Id));
            fields.Add(new("kind", dimension.Kind.ToString().ToLowerInvariant()));
            fields.Add(new("required", dimension.Required ? "true" : "false"));
            if (!string.IsNullOrEmpty(dimension.Description))
            {
                fields.Add(new("description", dimension.Description));
            }

            var children = dimension.IsCategorical
                ? dimension.Categories.Select(c => CategoryCode(codebook, dimension, c, ns))
                : dimension.Levels.Select(l => LevelCode(codebook, dimension, l, ns));
            yield return Code(ns, DimensionGuid(codebook, dimension.Id), dimension.Label, codable: false, color: null, CodeDescription.Compose(dimension.Question, fields), children);
        }
    }

    /// <summary>The GUID of a dimension's code.</summary>
    public static string DimensionGuid(Codebook codebook, string dimension) => ExchangeGuid.For($"codebook/{codebook.Id}/dimension/{dimension}");

    /// <summary>The GUID of a category's code.</summary>
    public static string CategoryGuid(Codebook codebook, string dimension, string category) => ExchangeGuid.For($"codebook/{codebook.Id}/dimension/{dimension}/category/{category}");

    /// <summary>The GUID of a scale level's code.</summary>
    public static string LevelGuid(Codebook codebook, string dimension, double value) => ExchangeGuid.For($"codebook/{codebook.Id}/dimension/{dimension}/level/{Number(value)}");

    /// <summary>A level value as qcat writes numbers (shortest round-trip form).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static IEnumerable<KeyValuePair<string, string>> CodebookFields(Codebook codebook)
    {
        yield return new("codebook_id", codebook.Id);
        yield return new("codebook_title", codebook.Title);
        yield return new("codebook_version", codebook.Version);
        if (codebook.Description.Length > 0)
        {
            yield return new("codebook_description", codebook.Description);
        }

        foreach (var author in codebook.Authors)
        {
            yield return new("codebook_author", author);
        }

        yield return new("codebook_unit", codebook.Unit.ToString().ToLowerInvariant());
        if (codebook.Negation is { } negation)
        {
            foreach (var word in negation.Words)
            {
                yield return new("negation_word", word);
            }

            yield return new("negation_window", negation.Window.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static XElement CategoryCode(Codebook codebook, Dimension dimension, Category category, XNamespace ns)
    {
        var fields = new List<KeyValuePair<string, string>> { new("id", category.Id) };
        fields.AddRange(category.Include.Select(i => new KeyValuePair<string, string>("include", i)));
        foreach (var rule in category.Exclude)
        {
            fields.Add(new("exclude", rule.Text));
            if (rule.See is not null)
            {
                fields.Add(new("see", rule.See));
            }
        }

        fields.AddRange(category.Examples.Select(e => new KeyValuePair<string, string>("example", e)));
        fields.AddRange(category.Indicators.Keywords.Select(k => new KeyValuePair<string, string>("keyword", k)));
        fields.AddRange(category.Indicators.Patterns.Select(p => new KeyValuePair<string, string>("pattern", p)));
        if (category.Indicators.CaseSensitive)
        {
            fields.Add(new("case_sensitive", "true"));
        }

        var hex = CodeColor.ToHex(category.Color);
        if (category.Color is not null && hex != category.Color)
        {
            fields.Add(new("color", category.Color));
        }

        return Code(
            ns,
            CategoryGuid(codebook, dimension.Id, category.Id),
            category.Label,
            codable: true,
            hex,
            CodeDescription.Compose(category.Definition, fields),
            category.Categories.Select(c => CategoryCode(codebook, dimension, c, ns)));
    }

    private static XElement LevelCode(Codebook codebook, Dimension dimension, ScaleLevel level, XNamespace ns)
    {
        var fields = new List<KeyValuePair<string, string>> { new("value", Number(level.Value)) };
        fields.AddRange(level.Examples.Select(e => new KeyValuePair<string, string>("example", e)));
        return Code(ns, LevelGuid(codebook, dimension.Id, level.Value), level.Label, codable: true, color: null, CodeDescription.Compose(level.Definition ?? string.Empty, fields), []);
    }

    private static XElement Code(XNamespace ns, string guid, string name, bool codable, string? color, string description, IEnumerable<XElement> children)
    {
        var code = new XElement(ns + "Code", new XAttribute("guid", guid), new XAttribute("name", name), new XAttribute("isCodable", codable ? "true" : "false"));
        if (color is not null)
        {
            code.Add(new XAttribute("color", color));
        }

        if (description.Length > 0)
        {
            code.Add(new XElement(ns + "Description", description));
        }

        code.Add(children);
        return code;
    }
}
