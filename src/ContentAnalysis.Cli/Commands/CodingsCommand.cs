using System.CommandLine;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codings import|export</c>: coding tables in and out of the coders' journals.</summary>
internal static class CodingsCommand
{
    /// <summary>Creates the <c>codings</c> command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("codings", "Import codings from CSV into a coder's journal; export codings");
        command.Add(CreateImport(context));
        command.Add(CodingsExportCommand.Create(context));
        return command;
    }

    /// <summary>A <c>--codebook FILE</c> option.</summary>
    internal static Option<string?> CodebookOption() => new("--codebook") { Description = "Codebook file or name (default: qcat.yaml's codebook, or the only one in codebooks/)" };

    private static Command CreateImport(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The CSV file" };
        var coder = new Option<string>("--coder") { Description = "The coder the codings belong to; with a 'coder' column (as 'codings export --format long' writes), only that coder's rows, and without --coder every coder's rows go to their own journals" };
        var format = GlobalOptions.Choice("--format", "long (unit,dimension,value[,memo][,coder]) or wide (unit + one column per dimension)", [CodingsFileFormat.Long, CodingsFileFormat.Wide], "-f");
        var codebook = CodebookOption();
        var command = new Command("import", "Append codings from a CSV table to the coders' journals (all or nothing)") { file, coder, format, codebook };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var layout = project.Layout;
            var name = parseResult.GetValue(coder);
            var store = project.Codings;
            var book = project.Codebook;
            var result = CodingsImporter.Import(
                store,
                project.Corpus,
                book,
                name,
                context.Resolve(parseResult.GetValue(file)!),
                parseResult.GetValue(format),
                DateTimeOffset.UtcNow);
            foreach (var imported in result.Coders)
            {
                var uncoded = result.LeftUncoded.GetValueOrDefault(imported.Coder) is > 0 and var n ? $" ({n} of them 'uncoded': optional dimensions the file leaves empty)" : string.Empty;
                context.Out.WriteLine($"appended {imported.Codings} coding(s) of {imported.Units} unit(s) to {layout.Relative(store.JournalPath(imported.Coder))}{uncoded}");
            }

            if (result.OtherCoders.Count > 0)
            {
                var others = string.Join(", ", result.OtherCoders.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
                context.Out.WriteLine($"left out {result.OtherCoders.Values.Sum()} row(s) of other coders ({others}): leave out --coder to import every coder's rows");
            }

            context.Report(result.Warnings);
            return ExitCodes.Success;
        });
        return command;
    }
}
