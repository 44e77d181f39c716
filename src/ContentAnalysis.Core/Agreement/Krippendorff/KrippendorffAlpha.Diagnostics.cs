namespace ContentAnalysis.Core.Agreement;

public static partial class KrippendorffAlpha
{
    /// <summary>
    /// Alpha recomputed with each coder left out in turn, so a report can show which coder pulls
    /// agreement down. With two coders, leaving one out leaves nothing pairable and every entry is
    /// undefined with that reason.
    /// </summary>
    /// <returns>Coder name → alpha without that coder, in coder order.</returns>
    /// <exception cref="ArgumentException">Interval or ratio level on data whose values are not all numbers.</exception>
    public static IReadOnlyDictionary<string, AgreementEstimate> LeaveOneCoderOut(ReliabilityData data, LevelOfMeasurement level)
    {
        ArgumentNullException.ThrowIfNull(data);
        DistanceMatrix.EnsureSupported(data, level);

        var result = new Dictionary<string, AgreementEstimate>(StringComparer.Ordinal);
        for (var coder = 0; coder < data.CoderCount; coder++)
        {
            result[data.Coders[coder]] = ClosedFormAlpha.Compute(data, level, UnitValueCounts.Build(data, excludedCoder: coder));
        }

        return result;
    }

    /// <summary>
    /// The units whose present values are not all equal, in unit order, with every coder's value,
    /// for the disagreement table of a report. Units with fewer than two values are not listed.
    /// </summary>
    public static IReadOnlyList<KrippendorffUnitDisagreement> Disagreements(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new List<KrippendorffUnitDisagreement>();
        for (var u = 0; u < data.UnitCount; u++)
        {
            var row = data.Row(u);
            var first = ReliabilityData.Missing;
            var differs = false;
            foreach (var cell in row)
            {
                if (cell == ReliabilityData.Missing)
                {
                    continue;
                }

                if (first == ReliabilityData.Missing)
                {
                    first = cell;
                }
                else if (cell != first)
                {
                    differs = true;
                    break;
                }
            }

            if (differs)
            {
                var labels = new string?[row.Length];
                for (var c = 0; c < row.Length; c++)
                {
                    labels[c] = row[c] == ReliabilityData.Missing ? null : data.Values[row[c]];
                }

                result.Add(new KrippendorffUnitDisagreement(data.UnitIds[u], labels));
            }
        }

        return result;
    }
}
