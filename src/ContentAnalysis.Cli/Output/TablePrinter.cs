using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Cli.Output;

/// <summary>Prints rows as a terminal table, JSON (an array of objects), CSV or Markdown.</summary>
internal static partial class TablePrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Prints rows in the chosen format; the table's columns are guessed from the cells.</summary>
    public static void Print(CliContext context, OutputFormat format, string[] header, List<string[]> rows) =>
        Print(context, format, [.. header.Select((h, i) => OutputColumn.Infer(h, rows.Select(r => r[i])))], rows);

    /// <summary>Prints rows in the chosen format; <paramref name="columns"/> say how the table may fit a narrow terminal.</summary>
    public static void Print(CliContext context, OutputFormat format, IReadOnlyList<OutputColumn> columns, List<string[]> rows)
    {
        var header = columns.Select(c => c.Header).ToArray();
        switch (format)
        {
            case OutputFormat.Json:
                var objects = rows.Select(r => header.Zip(r).ToDictionary(p => p.First, p => Json(p.First, p.Second)));
                context.Out.WriteLine(JsonSerializer.Serialize(objects, Indented));
                break;
            case OutputFormat.Csv:
                using (var stream = new MemoryStream())
                {
                    CsvExport.Write(stream, header, rows);
                    context.Out.Write(Encoding.UTF8.GetString(stream.ToArray()));
                }

                break;
            case OutputFormat.Md:
                context.Out.WriteLine("| " + string.Join(" | ", header) + " |");
                context.Out.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
                foreach (var row in rows)
                {
                    context.Out.WriteLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
                }

                break;
            default:
                var table = new OutputTable(columns) { Border = Spectre.Console.TableBorder.Simple, OtherFormatHint = "use --format md" };
                foreach (var row in rows)
                {
                    table.AddRow([.. row.Select(OutputCell.FromString)]);
                }

                Write(context, table);
                break;
        }
    }

    // Counts and offsets are numbers in JSON, everything else text.
    private static object Json(string column, string cell) =>
        column is "units" or "start" or "length" && int.TryParse(cell, CultureInfo.InvariantCulture, out var number) ? number : cell;
}
