using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus list</c>: one line per document.</summary>
internal static class CorpusListCommand
{
    // On a narrow terminal the source goes first, then the author and the period; titles wrap.
    private static readonly OutputColumn[] Columns =
    [
        OutputColumn.Whole("id"), OutputColumn.Text("title"), OutputColumn.Text("author", dropRank: 2), OutputColumn.Text("source", dropRank: 1),
        OutputColumn.Whole("date"), OutputColumn.Whole("period", dropRank: 3), OutputColumn.Number("units"),
    ];

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
            TablePrinter.Print(context, parseResult.GetValue(format), Columns, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prints rows as a table, JSON (array of objects), CSV or Markdown; see <see cref="TablePrinter"/>.</summary>
    internal static void Print(CliContext context, OutputFormat format, string[] header, List<string[]> rows) =>
        TablePrinter.Print(context, format, header, rows);
}
