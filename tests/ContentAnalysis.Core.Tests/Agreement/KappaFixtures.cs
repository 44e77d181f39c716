using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>Loads the kappa-family fixture CSVs from <c>Agreement/Data</c> (see its README for their origin).</summary>
internal static class KappaFixtures
{
    public static ReliabilityData Load(string name, int? firstUnits = null)
    {
        var path = RepositoryRoot.Combine("tests", "ContentAnalysis.Core.Tests", "Agreement", "Data", name + ".csv");
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();

        // The fixtures are plain published tables: no quoted commas, so a split is exact here.
        var coders = Split(lines[0]).Select(c => c!).ToList();
        var rows = lines.Skip(1).Take(firstUnits ?? int.MaxValue).Select(l => (IReadOnlyList<string?>)Split(l)).ToList();
        var units = Enumerable.Range(1, rows.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return ReliabilityData.FromLabels(units, coders, rows);
    }

    /// <summary>Builds data from rows of labels, "" for missing.</summary>
    public static ReliabilityData FromRows(params string[][] rows)
    {
        var coders = Enumerable.Range(1, rows[0].Length).Select(i => "c" + i).ToList();
        var units = Enumerable.Range(1, rows.Length).Select(i => "u" + i).ToList();
        return ReliabilityData.FromLabels(units, coders, [.. rows.Select(r => (IReadOnlyList<string?>)r)]);
    }

    private static List<string?> Split(string line) =>
        [.. line.Split(',').Select(c => c.Trim().Trim('"')).Select(c => c.Length == 0 ? null : c)];
}
