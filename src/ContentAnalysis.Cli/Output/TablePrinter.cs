using System.Text;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Output;

/// <summary>Prints rows as a terminal table, JSON (an array of objects), CSV or Markdown.</summary>
internal static partial class TablePrinter
{
    /// <summary>Prints rows in the chosen format; the table's columns are guessed from the cells.</summary>
    public static void Print(CliContext context, OutputFormat format, string[] header, List<string[]> rows) =>
        Print(context, format, [.. header.Select((h, i) => OutputColumn.Infer(h, rows.Select(r => r[i])))], rows);

    /// <summary>Prints rows in the chosen format; <paramref name="columns"/> say how the table may fit a narrow terminal.</summary>
    public static void Print(CliContext context, OutputFormat format, IReadOnlyList<OutputColumn> columns, List<string[]> rows)
    {
        var header = columns.Select(c => c.Header).ToArray();
        if (new FormatWriters(() => TableWriter.ToJson(header, rows), () => CsvText(header, rows), () => TableWriter.ToMarkdown(header, rows)).TryWrite(context, format))
        {
            return;
        }

        var table = new OutputTable(columns) { Border = Spectre.Console.TableBorder.Simple, OtherFormatHint = "use --format md" };
        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(OutputCell.FromString)]);
        }

        Write(context, table);
    }

    /// <summary>Rows as CSV text (spreadsheet-safe cells, as every CSV qcat writes).</summary>
    public static string CsvText(string[] header, List<string[]> rows)
    {
        using var stream = new MemoryStream();
        CsvExport.Write(stream, header, rows);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
