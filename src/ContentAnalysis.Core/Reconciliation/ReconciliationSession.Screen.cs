using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Reconciliation;

public sealed partial class ReconciliationSession
{
    /// <summary>The current screen, built from the state; drivers draw it after every key.</summary>
    public ReconciliationScreen Screen
    {
        get
        {
            if (IsOver)
            {
                return new ReconciliationScreen(_plan.Into, 0, _items.Count, Decided, null, [], [], [], false, false, false, string.Empty, _message, _mode, string.Empty);
            }

            var item = _items[_index];
            var dimension = item.Dimension;
            var choices = item.Codings.Select((c, i) => new ReconciliationChoice(i + 1, c.Coder, Describe(dimension, c.Values), c.Memo)).ToList();
            var options = _mode == ReconciliationMode.Value || (_mode == ReconciliationMode.Reason && _beforeReason == ReconciliationMode.Value)
                ? [.. ValueOptions(dimension).Select(o => o with { IsSelected = _selection.Contains(o.Value) })]
                : (IReadOnlyList<PromptOption>)[];
            return new ReconciliationScreen(
                _plan.Into,
                _index + 1,
                _items.Count,
                Decided,
                item,
                choices,
                Entries(dimension, item.Codings.SelectMany(c => c.Values)),
                options,
                dimension.Kind == DimensionKind.Multi,
                dimension.IsCategorical,
                !dimension.Required,
                _reason,
                _message,
                _mode,
                _typed);
        }
    }

    /// <summary>A coding in words: category labels, a scale value with its label, <c>none applies</c> or <c>left uncoded</c>.</summary>
    public static string Describe(Dimension dimension, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(values);
        if (ReservedValues.IsMissing(values, dimension.IsCategorical))
        {
            return "left uncoded";
        }

        if (values is [ReservedValues.None])
        {
            return "none applies";
        }

        var labels = ValueOptions(dimension).Where(o => values.Contains(o.Value)).Select(o => o.Label).ToList();
        var unknown = values.Where(v => !ValueOptions(dimension).Any(o => o.Value == v));
        return string.Join("; ", labels.Concat(unknown));
    }

    private static List<ReconciliationEntry> Entries(Dimension dimension, IEnumerable<string> values)
    {
        var used = values.ToHashSet(StringComparer.Ordinal);
        if (dimension.IsCategorical)
        {
            return [.. dimension.AllCategories().Where(c => used.Contains(c.Id)).Select(c => new ReconciliationEntry(c.Id, c.Label, c.Definition))];
        }

        return [.. dimension.Levels.Where(l => used.Contains(Scale(l.Value))).Select(l => new ReconciliationEntry(Scale(l.Value), l.Label, l.Definition ?? string.Empty))];
    }

    /// <summary>The dimension's values numbered as the coding session numbers them (categories depth first, scale levels in order).</summary>
    internal static List<PromptOption> ValueOptions(Dimension dimension)
    {
        var list = new List<PromptOption>();
        if (dimension.IsCategorical)
        {
            AddCategories(dimension.Categories, 0, list);
            return list;
        }

        var signed = dimension.Levels.Any(l => l.Value < 0);
        list.AddRange(dimension.Levels.Select((l, i) => new PromptOption(i + 1, Scale(l.Value), $"({(signed && l.Value > 0 ? "+" : string.Empty)}{Scale(l.Value)}) {l.Label}", 0, false)));
        return list;
    }

    private static void AddCategories(IReadOnlyList<Category> categories, int depth, List<PromptOption> into)
    {
        foreach (var category in categories)
        {
            into.Add(new PromptOption(into.Count + 1, category.Id, category.Label, depth, false));
            AddCategories(category.Categories, depth + 1, into);
        }
    }

    private static string Scale(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
