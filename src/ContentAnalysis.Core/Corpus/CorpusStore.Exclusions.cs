namespace ContentAnalysis.Core.Corpus;

/// <summary>The units excluded from the analysis (<see cref="UnitExclusions"/>).</summary>
public sealed partial class CorpusStore
{
    private UnitExclusions? _exclusions;
    private IReadOnlyList<TextUnit>? _contentUnits;

    /// <summary>The excluded units, read from <c>data/exclusions.csv</c> when first asked for.</summary>
    /// <exception cref="Diagnostics.InputException">The exclusions table is malformed.</exception>
    public UnitExclusions Exclusions => _exclusions ??= UnitExclusions.Load(Layout);

    /// <summary>
    /// The units that take part in sampling, coding sessions and agreement: <see cref="Units"/> without the excluded
    /// ones, in the same order.
    /// </summary>
    /// <exception cref="Diagnostics.InputException">The exclusions table is malformed.</exception>
    public IReadOnlyList<TextUnit> ContentUnits => _contentUnits ??= Exclusions.Count == 0 ? Units : [.. Units.Where(u => !Exclusions.IsExcluded(u.Id))];

    /// <summary>The ids of <see cref="ContentUnits"/>, in the same order, without making a <see cref="TextUnit"/> each.</summary>
    /// <exception cref="Diagnostics.InputException">The exclusions table is malformed.</exception>
    public IReadOnlyList<string> ContentUnitIds
    {
        get
        {
            var ids = new List<string>(UnitRows.Count);
            for (var i = 0; i < UnitRows.Count; i++)
            {
                if (Exclusions.Count == 0 || !Exclusions.IsExcluded(UnitRows.Id(i)))
                {
                    ids.Add(UnitRows.Id(i));
                }
            }

            return ids;
        }
    }

    /// <summary>Whether <paramref name="unitId"/> is excluded from the analysis.</summary>
    /// <exception cref="Diagnostics.InputException">The exclusions table is malformed.</exception>
    public bool IsExcluded(string unitId) => Exclusions.IsExcluded(unitId);
}
