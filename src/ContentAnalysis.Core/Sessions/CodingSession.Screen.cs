using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Sessions;

public sealed partial class CodingSession
{
    /// <summary>The current screen, built from the state; drivers draw it after every key.</summary>
    public SessionScreen Screen
    {
        get
        {
            var unit = CurrentUnit;
            if (unit is null)
            {
                return new SessionScreen(Coder, Progress, 0, null, null, null, null, null, _message, _mode, string.Empty);
            }

            var dimension = _dimensions[_dimensionIndex];
            var existing = _codings.GetValueOrDefault(CurrentKey);
            var isMulti = dimension.Kind == DimensionKind.Multi;
            var options = OptionsOf(dimension)
                .Select(o => new PromptOption(o.Number, o.Value, o.Label, o.Depth, isMulti ? _selection.Contains(o.Value) : existing?.Values.Contains(o.Value) == true))
                .ToList();
            var prompt = new DimensionPrompt(
                dimension,
                _dimensionIndex + 1,
                _dimensions.Count,
                options,
                AllowsNone(dimension),
                !dimension.Required,
                existing is null ? null : Describe(dimension, existing),
                _pendingMemo,
                existing?.Memo ?? string.Empty);
            return new SessionScreen(Coder, Progress, _unitIndex + 1, unit, unit.PreviousText, unit.NextText, prompt, _help, _message, _mode, _typed);
        }
    }

    private void ShowHelp(int number)
    {
        var dimension = _dimensions[_dimensionIndex];
        var options = OptionsOf(dimension);
        if (number < 1 || number > options.Count)
        {
            _message = $"there is no choice {number} (1–{options.Count})";
            return;
        }

        var option = options[number - 1];
        if (dimension.IsCategorical)
        {
            var category = dimension.FindCategory(option.Value)!;
            _help = new HelpEntry(
                $"{number} · {category.Label} ({category.Id})",
                category.Definition,
                category.Include,
                [.. category.Exclude.Select(r => r.See is null ? r.Text : $"{r.Text} → {r.See}")],
                category.Examples);
        }
        else
        {
            var level = dimension.Levels[number - 1];
            _help = new HelpEntry($"{number} · {option.Label}", level.Definition ?? string.Empty, [], [], level.Examples);
        }
    }

    private IReadOnlyList<ChoiceSpec> OptionsOf(Dimension dimension)
    {
        if (!_options.TryGetValue(dimension.Id, out var options))
        {
            var list = new List<ChoiceSpec>();
            if (dimension.IsCategorical)
            {
                AddCategories(dimension.Categories, 0, list);
            }
            else
            {
                // The value goes in brackets, signed on a scale with negative values, so "4  (+1) cooperative"
                // cannot be misread as "type 1": the key is always the number on the left.
                var signed = dimension.Levels.Any(l => l.Value < 0);
                list.AddRange(dimension.Levels.Select((l, i) => new ChoiceSpec(i + 1, FormatScale(l.Value), $"({ShownValue(l.Value, signed)}) {l.Label}", 0)));
            }

            options = list;
            _options[dimension.Id] = options;
        }

        return options;
    }

    private static void AddCategories(IReadOnlyList<Category> categories, int depth, List<ChoiceSpec> into)
    {
        foreach (var category in categories)
        {
            into.Add(new ChoiceSpec(into.Count + 1, category.Id, category.Label, depth));
            AddCategories(category.Categories, depth + 1, into);
        }
    }

    private string Describe(Dimension dimension, UnitCoding coding)
    {
        if (coding.Values is [ReservedValues.Uncoded])
        {
            return "left uncoded";
        }

        if (coding.Values is [ReservedValues.None])
        {
            // Journals written before 'uncoded' existed record a left-uncoded scale as 'none'.
            return dimension.IsCategorical ? "none applies" : "left uncoded";
        }

        var labels = OptionsOf(dimension).Where(o => coding.Values.Contains(o.Value)).Select(o => o.Label);
        return string.Join("; ", labels);
    }

    private static string ShownValue(double value, bool signed) => signed && value > 0 ? "+" + FormatScale(value) : FormatScale(value);

    private sealed record ChoiceSpec(int Number, string Value, string Label, int Depth);
}
