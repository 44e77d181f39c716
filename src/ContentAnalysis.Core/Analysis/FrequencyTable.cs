namespace ContentAnalysis.Core.Analysis;

/// <summary>How often each value of one dimension was coded, in all units or in one group of them.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Kind">single, multi, ordinal or interval.</param>
/// <param name="Group">The group's value of the <c>--by</c> field, or null for all units.</param>
/// <param name="Units">The denominator: units coded on the dimension (left-uncoded units are missing and not counted).</param>
/// <param name="Uncoded">Units in scope not coded on the dimension, or left uncoded on purpose.</param>
/// <param name="SharesSumToOne">False for a multi dimension: a unit can have several categories.</param>
/// <param name="Rows">One row per value in codebook order.</param>
public sealed record FrequencyTable(string Dimension, string Kind, string? Group, int Units, int Uncoded, bool SharesSumToOne, IReadOnlyList<FrequencyRow> Rows)
{
    /// <summary>The denominator in words, as the output states it.</summary>
    public string Denominator => SharesSumToOne
        ? $"share of the {Units} units coded on {Dimension}"
        : $"share of the {Units} units coded on {Dimension}; a unit can have several categories, so shares do not sum to 1";
}
