using System.Globalization;
using System.Text;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// Writes a codebook model as the YAML codebook format (docs/codebook-format.md) so that loading the text gives the
/// same model and content hash. Texts are quoted (single quotes; double quotes with escapes when they span lines).
/// </summary>
internal static class CodebookYamlWriter
{
    /// <summary>The YAML text of <paramref name="codebook"/>, with <paramref name="comment"/> as its first line(s).</summary>
    public static string Write(Codebook codebook, string comment)
    {
        var yaml = new StringBuilder();
        foreach (var line in comment.Split('\n'))
        {
            yaml.Append("# ").Append(line).Append('\n');
        }

        yaml.Append("id: ").Append(codebook.Id).Append('\n');
        Text(yaml, 0, "title", codebook.Title);
        Text(yaml, 0, "version", codebook.Version);
        if (codebook.Description.Length > 0)
        {
            Text(yaml, 0, "description", codebook.Description);
        }

        List(yaml, 0, "authors", codebook.Authors);
        yaml.Append("unit: ").Append(codebook.Unit.ToString().ToLowerInvariant()).Append('\n');
        if (codebook.Negation is { } negation)
        {
            yaml.Append("negation:\n");
            List(yaml, 2, "words", negation.Words);
            yaml.Append(CultureInfo.InvariantCulture, $"  window: {negation.Window}\n");
        }

        yaml.Append("\ndimensions:\n");
        foreach (var dimension in codebook.Dimensions)
        {
            WriteDimension(yaml, dimension);
        }

        return yaml.ToString();
    }

    private static void WriteDimension(StringBuilder yaml, Dimension dimension)
    {
        yaml.Append("  - id: ").Append(dimension.Id).Append('\n');
        Text(yaml, 4, "label", dimension.Label);
        Text(yaml, 4, "question", dimension.Question);
        if (!string.IsNullOrEmpty(dimension.Description))
        {
            Text(yaml, 4, "description", dimension.Description);
        }

        yaml.Append("    kind: ").Append(dimension.Kind.ToString().ToLowerInvariant()).Append('\n');
        yaml.Append("    required: ").Append(dimension.Required ? "true" : "false").Append('\n');
        if (dimension.IsCategorical)
        {
            yaml.Append("    categories:\n");
            foreach (var category in dimension.Categories)
            {
                WriteCategory(yaml, 6, category);
            }
        }
        else
        {
            yaml.Append("    levels:\n");
            foreach (var level in dimension.Levels)
            {
                yaml.Append("      - value: ").Append(level.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
                Text(yaml, 8, "label", level.Label);
                if (!string.IsNullOrEmpty(level.Definition))
                {
                    Text(yaml, 8, "definition", level.Definition);
                }

                List(yaml, 8, "examples", level.Examples);
            }
        }
    }

    private static void WriteCategory(StringBuilder yaml, int indent, Category category)
    {
        var pad = new string(' ', indent);
        yaml.Append(pad).Append("- id: ").Append(category.Id).Append('\n');
        Text(yaml, indent + 2, "label", category.Label);
        if (category.Definition.Length > 0)
        {
            Text(yaml, indent + 2, "definition", category.Definition);
        }

        List(yaml, indent + 2, "include", category.Include);
        if (category.Exclude.Count > 0)
        {
            yaml.Append(pad).Append("  exclude:\n");
            foreach (var rule in category.Exclude)
            {
                yaml.Append(pad).Append("    - rule: ").Append(Quote(rule.Text)).Append('\n');
                if (rule.See is not null)
                {
                    yaml.Append(pad).Append("      see: ").Append(Quote(rule.See)).Append('\n');
                }
            }
        }

        List(yaml, indent + 2, "examples", category.Examples);
        var indicators = category.Indicators;
        if (indicators.Keywords.Count > 0 || indicators.Patterns.Count > 0 || indicators.CaseSensitive)
        {
            yaml.Append(pad).Append("  indicators:\n");
            List(yaml, indent + 4, "keywords", indicators.Keywords);
            List(yaml, indent + 4, "patterns", indicators.Patterns);
            if (indicators.CaseSensitive)
            {
                yaml.Append(pad).Append("    case_sensitive: true\n");
            }
        }

        if (category.Color is not null)
        {
            Text(yaml, indent + 2, "color", category.Color);
        }

        if (category.Categories.Count > 0)
        {
            yaml.Append(pad).Append("  categories:\n");
            foreach (var child in category.Categories)
            {
                WriteCategory(yaml, indent + 4, child);
            }
        }
    }

    private static void Text(StringBuilder yaml, int indent, string key, string value) =>
        yaml.Append(' ', indent).Append(key).Append(": ").Append(Quote(value)).Append('\n');

    private static void List(StringBuilder yaml, int indent, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        yaml.Append(' ', indent).Append(key).Append(":\n");
        foreach (var value in values)
        {
            yaml.Append(' ', indent + 2).Append("- ").Append(Quote(value)).Append('\n');
        }
    }

    /// <summary>A YAML scalar that reads back as exactly <paramref name="value"/>.</summary>
    internal static string Quote(string value)
    {
        if (!value.Any(c => c is '\n' or '\r' or '\t' || char.IsControl(c)))
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
