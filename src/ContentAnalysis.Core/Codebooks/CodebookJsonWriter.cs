using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// Writes a codebook as JSON with the YAML format's key names. The same writer, compact and
/// without the hash, produces the canonical form that <see cref="CodebookHasher"/> hashes.
/// </summary>
public static class CodebookJsonWriter
{
    /// <summary>The full model as indented JSON, including <c>content_hash</c>.</summary>
    public static string Write(Codebook codebook) => Render(codebook, indented: true, includeHash: true);

    /// <summary>The canonical form: compact, fixed property order, without hash or source path.</summary>
    internal static string WriteCanonical(Codebook codebook) => Render(codebook, indented: false, includeHash: false);

    private static string Render(Codebook codebook, bool indented, bool includeHash)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("id", codebook.Id);
            json.WriteString("title", codebook.Title);
            json.WriteString("version", codebook.Version);
            if (includeHash)
            {
                json.WriteString("content_hash", codebook.ContentHash);
            }

            json.WriteString("description", codebook.Description);
            WriteStrings(json, "authors", codebook.Authors);
            json.WriteString("unit", codebook.Unit.ToString().ToLowerInvariant());
            json.WriteStartArray("dimensions");
            foreach (var dimension in codebook.Dimensions)
            {
                WriteDimension(json, dimension);
            }

            json.WriteEndArray();
            // Written only when present, so codebooks without it keep the hash they had before the key existed.
            if (codebook.Negation is { } negation)
            {
                json.WriteStartObject("negation");
                WriteStrings(json, "words", negation.Words);
                json.WriteNumber("window", negation.Window);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + (indented ? "\n" : string.Empty);
    }

    private static void WriteDimension(Utf8JsonWriter json, Dimension dimension)
    {
        json.WriteStartObject();
        json.WriteString("id", dimension.Id);
        json.WriteString("label", dimension.Label);
        json.WriteString("question", dimension.Question);
        json.WriteString("description", dimension.Description);
        json.WriteString("kind", dimension.Kind.ToString().ToLowerInvariant());
        json.WriteBoolean("required", dimension.Required);
        if (dimension.IsCategorical)
        {
            WriteCategories(json, dimension.Categories);
        }
        else
        {
            json.WriteStartArray("levels");
            foreach (var level in dimension.Levels)
            {
                json.WriteStartObject();
                json.WriteNumber("value", level.Value);
                json.WriteString("label", level.Label);
                json.WriteString("definition", level.Definition);
                WriteStrings(json, "examples", level.Examples);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteCategories(Utf8JsonWriter json, IReadOnlyList<Category> categories)
    {
        json.WriteStartArray("categories");
        foreach (var category in categories)
        {
            json.WriteStartObject();
            json.WriteString("id", category.Id);
            json.WriteString("label", category.Label);
            json.WriteString("definition", category.Definition);
            WriteStrings(json, "include", category.Include);
            json.WriteStartArray("exclude");
            foreach (var rule in category.Exclude)
            {
                json.WriteStartObject();
                json.WriteString("rule", rule.Text);
                json.WriteString("see", rule.See);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "examples", category.Examples);
            json.WriteStartObject("indicators");
            WriteStrings(json, "keywords", category.Indicators.Keywords);
            WriteStrings(json, "patterns", category.Indicators.Patterns);
            if (category.Indicators.CaseSensitive)
            {
                json.WriteBoolean("case_sensitive", true);
            }

            json.WriteEndObject();
            json.WriteString("color", category.Color);
            WriteCategories(json, category.Categories);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
