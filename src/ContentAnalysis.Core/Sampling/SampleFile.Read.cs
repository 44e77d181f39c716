using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Sampling;

public static partial class SampleFile
{
    private static (SampleSize Size, int Seed, SampleStratifier Stratify, int Population) ReadParameters(string line, string display, DiagnosticBag bag)
    {
        if (!line.StartsWith(ParameterPrefix, StringComparison.Ordinal))
        {
            bag.Add(SamplingDiagnostics.NoParameterLine(ParameterPrefix, display));
            return default;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in line[ParameterPrefix.Length..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                values[part[..eq].Trim()] = part[(eq + 1)..].Trim();
            }
        }

        var ok = SampleSize.TryParse(values.GetValueOrDefault("size"), out var size);
        ok &= int.TryParse(values.GetValueOrDefault("seed"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed);
        ok &= Enum.TryParse<SampleStratifier>(values.GetValueOrDefault("stratify"), ignoreCase: true, out var stratify);
        ok &= int.TryParse(values.GetValueOrDefault("population"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
        if (!ok)
        {
            bag.Add(SamplingDiagnostics.ParametersMissing(display));
        }

        return (size, seed, stratify, population);
    }

    private static List<SampleUnit> ReadUnits(byte[] bytes, string display, DiagnosticBag bag)
    {
        var options = CsvTable.RecordOptions(commentPrefix: '#');
        var units = new List<SampleUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var header = false;
        try
        {
            using var reader = CsvReader.Create(bytes, options);
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (reader.FieldCount != Columns.Count)
                {
                    bag.Add(SamplingDiagnostics.SampleFieldCount(reader.FieldCount, Columns.Count, display, line));
                    header = true;
                    continue;
                }

                if (!header)
                {
                    header = true;
                    if (reader.GetString(0) != Columns[0] || reader.GetString(1) != Columns[1] || reader.GetString(2) != Columns[2])
                    {
                        bag.Add(SamplingDiagnostics.SampleHeader(display, line));
                    }

                    continue;
                }

                var unit = reader.GetString(0);
                if (unit.Length == 0 || !seen.Add(unit))
                {
                    bag.Add(SamplingDiagnostics.SampleUnitRow(unit, display, line));
                    continue;
                }

                units.Add(new SampleUnit(unit, reader.GetString(1), reader.GetString(2)));
            }
        }
        catch (CsvFormatException e)
        {
            bag.Add(IoDiagnostics.BadQuotes(SamplingDiagnostics.BadTable, e.Message, display, (int)e.LineNumber));
        }

        return units;
    }
}
