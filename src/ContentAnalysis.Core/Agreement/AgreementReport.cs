namespace ContentAnalysis.Core.Agreement;

/// <summary>The agreement coefficients of one reliability data set (one dimension, one category, or one spreadsheet).</summary>
/// <param name="Subject">What was measured: a dimension id, <c>dimension/category</c>, or a file name.</param>
/// <param name="Units">Number of units in the matrix.</param>
/// <param name="PairableUnits">Units with at least two values (the ones that carry information about agreement).</param>
/// <param name="Coders">The coders, in column order.</param>
/// <param name="Level">The level of measurement the headline alpha uses.</param>
/// <param name="Coefficients">Every coefficient, in a fixed order.</param>
public sealed record AgreementReport(
    string Subject,
    int Units,
    int PairableUnits,
    IReadOnlyList<string> Coders,
    LevelOfMeasurement Level,
    IReadOnlyList<AgreementEstimate> Coefficients)
{
    /// <summary>The estimate with the given snake-case name, or null.</summary>
    public AgreementEstimate? Find(string name) => Coefficients.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>Counts the units with at least two values.</summary>
    public static int CountPairable(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pairable = 0;
        for (var u = 0; u < data.UnitCount; u++)
        {
            var values = 0;
            foreach (var cell in data.Row(u))
            {
                if (cell != ReliabilityData.Missing && ++values == 2)
                {
                    pairable++;
                    break;
                }
            }
        }

        return pairable;
    }
}
