using System.Globalization;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Training;

/// <summary>Compares two versions of a codebook: dimensions and categories added or removed, definitions and rules changed.</summary>
public static class CodebookChanges
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, in the order of the newer codebook (removals after).</summary>
    public static IReadOnlyList<CodebookChange> Between(Codebook before, Codebook after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<CodebookChange>();
        foreach (var dimension in after.Dimensions)
        {
            if (before.FindDimension(dimension.Id) is not { } old)
            {
                changes.Add(new CodebookChange(CodebookChangeKind.DimensionAdded, dimension.Id, null));
                continue;
            }

            if (!Same(old.Question, dimension.Question) || !Same(old.Description, dimension.Description))
            {
                changes.Add(new CodebookChange(CodebookChangeKind.DimensionReworded, dimension.Id, null));
            }

            var was = Entries(old);
            var now = Entries(dimension);
            foreach (var (id, entry) in now)
            {
                if (!was.TryGetValue(id, out var previous))
                {
                    changes.Add(new CodebookChange(CodebookChangeKind.CategoryAdded, dimension.Id, id));
                }
                else if (!Same(previous.Definition, entry.Definition))
                {
                    changes.Add(new CodebookChange(CodebookChangeKind.DefinitionChanged, dimension.Id, id));
                }
                else if (previous.Rules != entry.Rules)
                {
                    changes.Add(new CodebookChange(CodebookChangeKind.RulesChanged, dimension.Id, id));
                }
            }

            changes.AddRange(was.Keys.Where(id => !now.ContainsKey(id)).Select(id => new CodebookChange(CodebookChangeKind.CategoryRemoved, dimension.Id, id)));
        }

        changes.AddRange(before.Dimensions.Where(d => after.FindDimension(d.Id) is null).Select(d => new CodebookChange(CodebookChangeKind.DimensionRemoved, d.Id, null)));
        return changes;
    }

    // Whitespace and line breaks of YAML block scalars are layout, not wording.
    private static bool Same(string? a, string? b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);

    private static string Normalise(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, (string Definition, string Rules)> Entries(Dimension dimension) => dimension.IsCategorical
        ? dimension.AllCategories().ToDictionary(
            c => c.Id,
            c => (c.Definition, Normalise(string.Join('\n', [.. c.Include, .. c.Exclude.Select(e => e.Text + "→" + e.See), .. c.Examples]))),
            StringComparer.Ordinal)
        : dimension.Levels.ToDictionary(
            l => l.Value.ToString(CultureInfo.InvariantCulture),
            l => (l.Definition ?? string.Empty, Normalise(l.Label + "\n" + string.Join('\n', l.Examples))),
            StringComparer.Ordinal);
}
