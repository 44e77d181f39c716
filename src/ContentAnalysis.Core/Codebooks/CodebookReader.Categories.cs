using System.Text.RegularExpressions;
using ContentAnalysis.Core.Values;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Codebooks;

/// <content>Categories, their rules and indicators, and the checks across one dimension.</content>
internal sealed partial class CodebookReader
{
    private static readonly string[] CategoryKeys = ["id", "label", "definition", "include", "exclude", "examples", "indicators", "color", "categories"];

    private static readonly string[] BoundaryKeys = ["rule", "see"];

    private static readonly string[] IndicatorKeys = ["keywords", "patterns", "case_sensitive"];

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private List<Category> ReadDimensionCategories(YamlMappingNode dimension, string dimensionId, string owner)
    {
        var scope = new DimensionScope(dimensionId, owner);
        var categories = ReadCategories(dimension, scope, owner);
        foreach (var (target, node, categoryId) in scope.SeeReferences)
        {
            if (string.Equals(target, categoryId, StringComparison.Ordinal))
            {
                reader.Report(CodebookDiagnosticCodes.SeeTargetIsSelf(categoryId, reader.At(node)));
            }
            else if (!scope.FirstLine.ContainsKey(target))
            {
                reader.Report(CodebookDiagnosticCodes.SeeTargetUnknown(categoryId, target, owner, scope.FirstLine.Keys, reader.At(node)));
            }
        }

        return categories;
    }

    private List<Category> ReadCategories(YamlMappingNode parent, DimensionScope scope, string parentOwner)
    {
        var categories = new List<Category>();
        foreach (var item in reader.Sequence(parent, "categories", parentOwner))
        {
            var map = reader.Mapping(item, $"a category of {parentOwner}");
            if (map is not null)
            {
                categories.Add(ReadCategory(map, scope, parentOwner));
            }
        }

        return categories;
    }

    private Category ReadCategory(YamlMappingNode map, DimensionScope scope, string parentOwner)
    {
        var id = reader.Text(map, "id", $"a category of {parentOwner}", required: true);
        var owner = id is null ? $"a category of {parentOwner}" : $"category '{id}'";
        reader.CheckKeys(map, CategoryKeys, owner);
        var idNode = YamlNodeReader.Get(map, "id");
        if (id is not null && idNode is not null)
        {
            CheckCategoryId(id, idNode, scope);
        }

        var label = reader.Text(map, "label", owner, required: true);
        var definition = reader.Text(map, "definition", owner, required: false);
        if (definition is null)
        {
            reader.Report(CodebookDiagnosticCodes.NoDefinition(owner, reader.At(map)));
        }

        var include = reader.TextList(map, "include", owner).Select(r => r.Text).ToList();
        var exclude = ReadBoundaryRules(map, owner, id ?? string.Empty, scope);
        var examples = reader.TextList(map, "examples", owner).Select(e => e.Text).ToList();
        if (examples.Count == 0)
        {
            reader.Report(CodebookDiagnosticCodes.NoAnchorExample(owner, reader.At(map)));
        }

        var indicators = ReadIndicators(map, owner);
        var color = reader.Text(map, "color", owner, required: false);
        if (color is not null && !CategoryColor.IsValid(color))
        {
            reader.Report(CodebookDiagnosticCodes.NotAColour(owner, color, reader.At(YamlNodeReader.Get(map, "color")!)));
        }

        var children = YamlNodeReader.Get(map, "categories") is null ? [] : ReadCategories(map, scope, owner);
        return new Category(id ?? string.Empty, label ?? string.Empty, definition ?? string.Empty, include, exclude, examples, indicators, color, children);
    }

    private void CheckCategoryId(string id, YamlNode idNode, DimensionScope scope)
    {
        if (string.Equals(id, ReservedValues.None, StringComparison.OrdinalIgnoreCase) || string.Equals(id, ReservedValues.Uncoded, StringComparison.OrdinalIgnoreCase))
        {
            reader.Report(CodebookDiagnosticCodes.ReservedCategoryId(id, scope.Owner, reader.At(idNode)));
            return;
        }

        CheckId(id, idNode, "category");
        if (!scope.FirstLine.TryAdd(id, YamlNodeReader.Line(idNode)))
        {
            reader.Report(CodebookDiagnosticCodes.CategoryIdTwice(id, scope.Owner, scope.FirstLine[id], reader.At(idNode)));
        }
    }

    private List<BoundaryRule> ReadBoundaryRules(YamlMappingNode map, string owner, string categoryId, DimensionScope scope)
    {
        var rules = new List<BoundaryRule>();
        var node = YamlNodeReader.Get(map, "exclude");
        IReadOnlyList<YamlNode> items = node is YamlScalarNode ? [node] : reader.Sequence(map, "exclude", owner);
        foreach (var item in items)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                rules.Add(new BoundaryRule(scalar.Value.Trim(), null));
                continue;
            }

            if (item is not YamlMappingNode ruleMap)
            {
                reader.Report(CodebookDiagnosticCodes.BadExcludeItem(owner, reader.At(item)));
                continue;
            }

            var where = $"a boundary rule of {owner}";
            reader.CheckKeys(ruleMap, BoundaryKeys, where);
            var text = reader.Text(ruleMap, "rule", where, required: true);
            var see = reader.Text(ruleMap, "see", where, required: false);
            if (see is not null)
            {
                scope.SeeReferences.Add((see, YamlNodeReader.Get(ruleMap, "see")!, categoryId));
            }

            rules.Add(new BoundaryRule(text ?? string.Empty, see));
        }

        return rules;
    }

    private Indicators ReadIndicators(YamlMappingNode map, string owner)
    {
        var node = YamlNodeReader.Get(map, "indicators");
        if (node is null)
        {
            return Indicators.None;
        }

        var where = $"the indicators of {owner}";
        var indicatorMap = reader.Mapping(node, where);
        if (indicatorMap is null)
        {
            return Indicators.None;
        }

        reader.CheckKeys(indicatorMap, IndicatorKeys, where);
        var keywords = reader.TextList(indicatorMap, "keywords", where).Select(k => k.Text).ToList();
        var patterns = reader.TextList(indicatorMap, "patterns", where);
        foreach (var (pattern, patternNode) in patterns)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            }
            catch (ArgumentException e)
            {
                reader.Report(CodebookDiagnosticCodes.BadPattern(pattern, owner, e.Message, reader.At(patternNode)));
            }
        }

        var caseSensitive = reader.Bool(indicatorMap, "case_sensitive", where) ?? false;
        return new Indicators(keywords, [.. patterns.Select(p => p.Text)]) { CaseSensitive = caseSensitive };
    }

    /// <summary>What the checks across one dimension collect: ids with their first line, and every <c>see:</c>.</summary>
    private sealed class DimensionScope(string dimensionId, string owner)
    {
        public string DimensionId { get; } = dimensionId;

        public string Owner { get; } = owner;

        public Dictionary<string, int> FirstLine { get; } = new(StringComparer.Ordinal);

        public List<(string Target, YamlNode Node, string CategoryId)> SeeReferences { get; } = [];
    }
}
