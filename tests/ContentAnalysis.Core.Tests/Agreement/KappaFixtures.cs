using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>Loads the kappa-family fixture CSVs from <c>Agreement/Data</c> (see its README for their origin).</summary>
internal static class KappaFixtures
{
    public static ReliabilityData Load(string name, int? firstUnits = null)
    {
        var path = RepositoryRoot.Combine("tests", "ContentAnalysis.Core.Tests", "Agreement", "Data", name + ".csv");
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).Take(firstUnits is { } n ? n + 1 : int.MaxValue);
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        return ReliabilityMatrixReader.Read(bytes, new ReliabilityMatrixReadOptions(), name + ".csv");
    }

    /// <summary>Builds data from rows of labels, "" for missing.</summary>
    public static ReliabilityData FromRows(params string[][] rows)
    {
        var coders = Enumerable.Range(1, rows[0].Length).Select(i => "c" + i).ToList();
        var units = Enumerable.Range(1, rows.Length).Select(i => "u" + i).ToList();
        return ReliabilityData.FromLabels(units, coders, [.. rows.Select(r => (IReadOnlyList<string?>)r)]);
    }
}
