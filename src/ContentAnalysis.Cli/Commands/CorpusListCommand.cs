using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentAnalysis.Core.IO;
using Spectre.Console;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus list</c>: one line per document.</summary>
internal static class CorpusListCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Header = ["id", "title", "author", "source", "date", "period", "units"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("list", "List the imported documents") { format };
        command.SetAction(parseResult =>
        {
            var corpus = context.OpenProject(parseResult).Corpus;
            var rows = corpus.Documents.Select(d => new[]
            {
                d.Id, d.Metadata.Title, d.Metadata.Author, d.Metadata.Source, d.Metadata.Date, d.Metadata.Period,
                corpus.UnitsOf(d.Id).Count.ToString(CultureInfo.InvariantCulture),
            }).ToList();
            Print(context, parseResult.GetValue(format), Header, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prints rows as a table, JSON (array of objects), CSV or Markdown.</summary>
    internal static void Print(CliContext context, OutputFormat format, string[] header, List<string[]> rows)
    {
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
                    context.Out.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
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
                var table = new Table().Border(TableBorder.Simple);
                foreach (var column in header)
                {
                    table.AddColumn(new TableColumn(column) { NoWrap = column is "id" or "date" });
                }

                foreach (var row in rows)
                {
                    table.AddRow([.. row.Select(Markup.Escape)]);
                }

                context.Console.Write(table);
                break;
        }
    }

    // Counts and offsets are numbers in JSON, everything else text.
    private static object Json(string column, string cell) =>
        column is "units" or "start" or "length" && int.TryParse(cell, CultureInfo.InvariantCulture, out var number) ? number : cell;
}
