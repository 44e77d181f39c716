using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Codebooks;

/// <content>Dimensions and scale levels.</content>
internal sealed partial class CodebookReader
{
    private static readonly string[] DimensionKeys = ["id", "label", "question", "description", "kind", "required", "categories", "levels"];

    private static readonly string[] LevelKeys = ["value", "label", "definition", "examples"];

    private static readonly Dictionary<string, DimensionKind> Kinds = new(StringComparer.Ordinal)
    {
        ["single"] = DimensionKind.Single,
        ["multi"] = DimensionKind.Multi,
        ["ordinal"] = DimensionKind.Ordinal,
        ["interval"] = DimensionKind.Interval,
    };

    private List<Dimension> ReadDimensions(YamlMappingNode root)
    {
        var dimensions = new List<Dimension>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = reader.Sequence(root, "dimensions", "the codebook");
        if (items.Count == 0 && YamlNodeReader.Get(root, "dimensions") is null or YamlSequenceNode)
        {
            reader.Report(CodebookDiagnosticCodes.NoDimensions(reader.At(YamlNodeReader.Get(root, "dimensions") ?? root)));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var map = reader.Mapping(items[i], $"dimension {i + 1}");
            if (map is null)
            {
                continue;
            }

            var dimension = ReadDimension(map, i + 1);
            var idNode = YamlNodeReader.Get(map, "id");
            if (idNode is not null && dimension.Id.Length > 0 && !firstLine.TryAdd(dimension.Id, YamlNodeReader.Line(idNode)))
            {
                reader.Report(CodebookDiagnosticCodes.DimensionIdTwice(dimension.Id, firstLine[dimension.Id], reader.At(idNode)));
            }

            dimensions.Add(dimension);
        }

        return dimensions;
    }

    private Dimension ReadDimension(YamlMappingNode map, int position)
    {
        var id = reader.Text(map, "id", $"dimension {position}", required: true);
        var owner = id is null ? $"dimension {position}" : $"dimension '{id}'";
        reader.CheckKeys(map, DimensionKeys, owner);
        CheckId(id, YamlNodeReader.Get(map, "id"), "dimension");
        var label = reader.Text(map, "label", owner, required: true);
        var question = reader.Text(map, "question", owner, required: true);
        var description = reader.Text(map, "description", owner, required: false);
        var kind = reader.Choice(map, "kind", owner, Kinds, required: true);
        var required = reader.Bool(map, "required", owner) ?? true;
        var categoriesNode = YamlNodeReader.Get(map, "categories");
        var levelsNode = YamlNodeReader.Get(map, "levels");
        List<Category> categories = [];
        List<ScaleLevel> levels = [];
        var kindName = kind?.ToString().ToLowerInvariant();
        if (kind is DimensionKind.Single or DimensionKind.Multi)
        {
            if (levelsNode is not null)
            {
                reader.Report(CodebookDiagnosticCodes.LevelsOnCategorical(kindName, owner, reader.At(levelsNode)));
            }

            categories = ReadDimensionCategories(map, id ?? string.Empty, owner);
            if (categories.Count == 0 && categoriesNode is null or YamlSequenceNode)
            {
                reader.Report(CodebookDiagnosticCodes.NoCategories(owner, reader.At(categoriesNode ?? map)));
            }
        }
        else if (kind is DimensionKind.Ordinal or DimensionKind.Interval)
        {
            if (categoriesNode is not null)
            {
                reader.Report(CodebookDiagnosticCodes.CategoriesOnScale(kindName, owner, reader.At(categoriesNode)));
            }

            levels = ReadLevels(map, owner);
            if (levels.Count == 0 && levelsNode is null or YamlSequenceNode)
            {
                reader.Report(CodebookDiagnosticCodes.NoLevels(owner, reader.At(levelsNode ?? map)));
            }
        }

        else
        {
            // The kind is missing or wrong (already reported): still check whatever the dimension holds.
            categories = categoriesNode is null ? [] : ReadDimensionCategories(map, id ?? string.Empty, owner);
            levels = levelsNode is null ? [] : ReadLevels(map, owner);
        }

        return new Dimension(id ?? string.Empty, label ?? string.Empty, question ?? string.Empty, kind ?? DimensionKind.Single, required, categories, levels, description);
    }

    private List<ScaleLevel> ReadLevels(YamlMappingNode dimension, string owner)
    {
        var levels = new List<ScaleLevel>();
        var firstLine = new Dictionary<double, int>();
        double? previous = null;
        foreach (var item in reader.Sequence(dimension, "levels", owner))
        {
            var where = $"level {levels.Count + 1} of {owner}";
            var map = reader.Mapping(item, where);
            if (map is null)
            {
                continue;
            }

            reader.CheckKeys(map, LevelKeys, where);
            var value = reader.Number(map, "value", where, required: true);
            var label = reader.Text(map, "label", where, required: true);
            var definition = reader.Text(map, "definition", where, required: false);
            var examples = reader.TextList(map, "examples", where).Select(e => e.Text).ToList();
            if (value is { } v)
            {
                var valueNode = YamlNodeReader.Get(map, "value")!;
                var shown = v.ToString(CultureInfo.InvariantCulture);
                if (!firstLine.TryAdd(v, YamlNodeReader.Line(valueNode)))
                {
                    reader.Report(CodebookDiagnosticCodes.LevelValueTwice(shown, owner, firstLine[v], reader.At(valueNode)));
                }
                else if (previous is { } p && v < p)
                {
                    reader.Report(CodebookDiagnosticCodes.LevelBelowPrevious(shown, owner, p, reader.At(valueNode)));
                }

                previous = previous is { } q ? Math.Max(q, v) : v;
            }

            levels.Add(new ScaleLevel(value ?? 0, label ?? string.Empty, definition, examples));
        }

        return levels;
    }
}
