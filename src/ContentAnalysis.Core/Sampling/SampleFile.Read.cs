using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using CsvHelper;

namespace ContentAnalysis.Core.Sampling;

public static partial class SampleFile
{
    private static (SampleSize Size, int Seed, SampleStratifier Stratify, int Population) ReadParameters(string line, string display, DiagnosticBag bag)
    {
        if (!line.StartsWith(ParameterPrefix, StringComparison.Ordinal))
        {
            bag.Error(SamplingDiagnostics.BadParameters, "the first line is not the sample's parameter line", display, 1, 1, $"expected '{ParameterPrefix} size=…; seed=…; stratify=…; population=…'");
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
            bag.Error(SamplingDiagnostics.BadParameters, "the parameter line needs size, seed, stratify and population", display, 1, 1, "recreate the sample with 'qcat sample create --force'");
        }

        return (size, seed, stratify, population);
    }

    private static List<SampleUnit> ReadUnits(byte[] bytes, string display, DiagnosticBag bag)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            CommentPrefix = '#',
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
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
                    bag.Error(SamplingDiagnostics.BadTable, $"{reader.FieldCount} fields where {Columns.Count} are expected", display, line, 1, "expected 'unit,document,period'");
                    header = true;
                    continue;
                }

                if (!header)
                {
                    header = true;
                    if (reader.GetString(0) != Columns[0] || reader.GetString(1) != Columns[1] || reader.GetString(2) != Columns[2])
                    {
                        bag.Error(SamplingDiagnostics.BadTable, "the header is not 'unit,document,period'", display, line, 1);
                    }

                    continue;
                }

                var unit = reader.GetString(0);
                if (unit.Length == 0 || !seen.Add(unit))
                {
                    bag.Error(SamplingDiagnostics.BadTable, unit.Length == 0 ? "empty unit id" : $"unit '{unit}' is listed twice", display, line, 1);
                    continue;
                }

                units.Add(new SampleUnit(unit, reader.GetString(1), reader.GetString(2)));
            }
        }
        catch (CsvFormatException e)
        {
            bag.Error(SamplingDiagnostics.BadTable, e.Message, display, (int)e.LineNumber, 1, "check the quotes on that line");
        }

        return units;
    }
}
