using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// Renders a codebook as a readable Markdown document: the coding agenda a coder works from and
/// a study publishes in its appendix.
/// </summary>
public static class CodebookMarkdownWriter
{
    /// <summary>The whole codebook as Markdown (LF line ends, ending with one newline).</summary>
    public static string Write(Codebook codebook)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(codebook.Title).Append("\n\n");
        md.Append("| | |\n|---|---|\n");
        Row(md, "Codebook", Code(codebook.Id));
        Row(md, "Version", codebook.Version);
        Row(md, "Content hash", Code(codebook.ContentHash));
        Row(md, "Unit of analysis", Name(codebook.Unit.ToString()));
        if (codebook.Authors.Count > 0)
        {
            Row(md, "Authors", string.Join(", ", codebook.Authors));
        }

        md.Append('\n');
        if (codebook.Description.Length > 0)
        {
            md.Append(codebook.Description).Append("\n\n");
        }

        md.Append("## Dimensions\n\n");
        for (var i = 0; i < codebook.Dimensions.Count; i++)
        {
            var dimension = codebook.Dimensions[i];
            md.Append(CultureInfo.InvariantCulture, $"{i + 1}. **{dimension.Label}** ({Code(dimension.Id)}, {Name(dimension.Kind.ToString())}): {dimension.Question}\n");
        }

        md.Append("\nA coder records ").Append(Code(ReservedValues.None))
            .Append(" for a categorical dimension when no category applies. A required dimension must be coded for every unit; an optional one may be left uncoded when the unit says nothing about it.\n");
        for (var i = 0; i < codebook.Dimensions.Count; i++)
        {
            WriteDimension(md, codebook.Dimensions[i], i + 1);
        }

        return md.ToString();
    }

    private static void WriteDimension(StringBuilder md, Dimension dimension, int number)
    {
        md.Append(CultureInfo.InvariantCulture, $"\n## {number}. {dimension.Label} ({Code(dimension.Id)})\n\n");
        md.Append("**Question:** ").Append(dimension.Question).Append("  \n");
        md.Append("**Kind:** ").Append(KindText(dimension.Kind)).Append("  \n");
        md.Append("**Required:** ").Append(dimension.Required ? "yes" : "no, leave the unit uncoded when it does not apply").Append("\n\n");
        if (dimension.Description is { Length: > 0 } description)
        {
            md.Append(description).Append("\n\n");
        }

        if (dimension.IsCategorical)
        {
            md.Append("| Category | Label | Definition |\n|---|---|---|\n");
            foreach (var category in dimension.AllCategories())
            {
                md.Append("| ").Append(Code(category.Id)).Append(" | ").Append(Cell(category.Label)).Append(" | ").Append(Cell(category.Definition)).Append(" |\n");
            }

            foreach (var category in dimension.Categories)
            {
                WriteCategory(md, category, depth: 3, parent: null);
            }
        }
        else
        {
            WriteLevels(md, dimension.Levels);
        }
    }

    private static void WriteCategory(StringBuilder md, Category category, int depth, Category? parent)
    {
        md.Append('\n').Append('#', depth).Append(' ').Append(Code(category.Id)).Append(" — ").Append(category.Label).Append("\n\n");
        if (parent is not null)
        {
            md.Append("*Sub-category of* ").Append(Code(parent.Id)).Append(".\n\n");
        }

        md.Append(category.Definition.Length > 0 ? category.Definition : "*(no definition)*").Append('\n');
        List(md, "Code it when", category.Include);
        List(md, "Boundary rules", [.. category.Exclude.Select(r => r.See is null ? r.Text : $"{r.Text} (see {Code(r.See)})")]);
        if (category.Examples.Count > 0)
        {
            md.Append("\n**Anchor examples**\n");
            foreach (var example in category.Examples)
            {
                md.Append("\n> ").Append(example.Replace("\n", "\n> ", StringComparison.Ordinal)).Append('\n');
            }
        }

        var indicators = category.Indicators;
        if (indicators.Keywords.Count + indicators.Patterns.Count > 0)
        {
            md.Append('\n').Append("**Indicators:** ");
            var parts = new List<string>();
            if (indicators.Keywords.Count > 0)
            {
                parts.Add("keywords " + string.Join(", ", indicators.Keywords.Select(k => $"\"{k}\"")));
            }

            if (indicators.Patterns.Count > 0)
            {
                parts.Add("patterns " + string.Join(", ", indicators.Patterns.Select(Code)));
            }

            md.Append(string.Join("; ", parts)).Append('\n');
        }

        foreach (var child in category.Categories)
        {
            WriteCategory(md, child, Math.Min(depth + 1, 6), category);
        }
    }

    private static void WriteLevels(StringBuilder md, IReadOnlyList<ScaleLevel> levels)
    {
        md.Append("| Value | Label | Definition |\n|---:|---|---|\n");
        foreach (var level in levels)
        {
            md.Append("| ").Append(Value(level.Value)).Append(" | ").Append(Cell(level.Label)).Append(" | ").Append(Cell(level.Definition ?? string.Empty)).Append(" |\n");
        }

        var withExamples = levels.Where(l => l.Examples.Count > 0).ToList();
        if (withExamples.Count == 0)
        {
            return;
        }

        md.Append("\n**Anchor examples**\n");
        foreach (var level in withExamples)
        {
            foreach (var example in level.Examples)
            {
                md.Append("\n- ").Append(Value(level.Value)).Append(" (").Append(level.Label).Append("): ").Append(example.Replace("\n", " ", StringComparison.Ordinal));
            }
        }

        md.Append('\n');
    }

    private static void List(StringBuilder md, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append("\n**").Append(heading).Append("**\n\n");
        foreach (var item in items)
        {
            md.Append("- ").Append(item.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
        }
    }

    private static string KindText(DimensionKind kind) => kind switch
    {
        DimensionKind.Single => "single: exactly one category per unit",
        DimensionKind.Multi => "multi: every category that applies",
        DimensionKind.Ordinal => "ordinal: one level of an ordered scale",
        _ => "interval: one value on an equal-interval scale",
    };

    private static void Row(StringBuilder md, string name, string value) =>
        md.Append("| ").Append(name).Append(" | ").Append(Cell(value)).Append(" |\n");

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? $"`` {text} ``" : $"`{text}`";

    private static string Name(string enumName) => enumName.ToLowerInvariant();

    private static string Value(double value) => value.ToString(CultureInfo.InvariantCulture);
}
