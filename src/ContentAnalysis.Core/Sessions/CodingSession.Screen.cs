using System.Globalization;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Sessions;

public sealed partial class CodingSession
{
    private readonly Dictionary<string, IReadOnlyList<PromptOption>> _options = new(StringComparer.Ordinal);

    /// <summary>The state to draw: progress, the unit open and the dimension asked with its choices.</summary>
    public SessionScreen Screen
    {
        get
        {
            var unit = CurrentUnit;
            if (unit is null)
            {
                return new SessionScreen(Coder, Progress, 0, null, null);
            }

            var dimension = _dimensions[_dimensionIndex];
            var key = CurrentKey;
            var recorded = _codings.GetValueOrDefault(key);
            var isMulti = dimension.Kind == DimensionKind.Multi;
            var options = OptionsOf(dimension)
                .Select(o => o with { IsSelected = isMulti ? _selection.Contains(o.Value) : recorded?.Values.Contains(o.Value) == true })
                .ToList();
            var prompt = new DimensionPrompt(
                dimension,
                _dimensionIndex + 1,
                _dimensions.Count,
                options,
                dimension.IsCategorical,
                !dimension.Required,
                recorded,
                _memos.GetValueOrDefault(key) ?? string.Empty);
            return new SessionScreen(Coder, Progress, _unitIndex + 1, unit, prompt);
        }
    }

    /// <summary>The codebook entry of choice <paramref name="number"/> of the current dimension, or null when there is no such choice.</summary>
    public HelpEntry? HelpFor(int number)
    {
        if (CurrentDimension is not { } dimension || number < 1 || number > OptionsOf(dimension).Count)
        {
            return null;
        }

        var option = OptionsOf(dimension)[number - 1];
        if (dimension.IsCategorical)
        {
            var category = dimension.FindCategory(option.Value)!;
            return new HelpEntry(number, category.Label, category.Id, category.Definition, category.Include, category.Exclude, category.Examples);
        }

        var level = dimension.Levels[number - 1];
        return new HelpEntry(number, level.Label, option.Value, level.Definition ?? string.Empty, [], [], level.Examples);
    }

    /// <summary>The numbered choices of <paramref name="dimension"/>: categories depth first, or scale levels (value in invariant culture).</summary>
    public IReadOnlyList<PromptOption> OptionsOf(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        if (!_options.TryGetValue(dimension.Id, out var options))
        {
            var list = new List<PromptOption>();
            if (dimension.IsCategorical)
            {
                AddCategories(dimension.Categories, 0, list);
            }
            else
            {
                list.AddRange(dimension.Levels.Select((l, i) => new PromptOption(i + 1, l.Value.ToString("R", CultureInfo.InvariantCulture), l.Label, 0, false)));
            }

            options = list;
            _options[dimension.Id] = options;
        }

        return options;
    }

    private static void AddCategories(IReadOnlyList<Category> categories, int depth, List<PromptOption> into)
    {
        foreach (var category in categories)
        {
            into.Add(new PromptOption(into.Count + 1, category.Id, category.Label, depth, false));
            AddCategories(category.Categories, depth + 1, into);
        }
    }
}
