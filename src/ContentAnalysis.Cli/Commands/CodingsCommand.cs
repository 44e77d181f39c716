using System.CommandLine;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

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

    /// <summary>Resolves and loads the codebook.</summary>
    /// <exception cref="InputException">No codebook is found or it has errors.</exception>
    internal static Codebook LoadCodebook(ProjectLayout layout, string? requested)
    {
        var result = CodebookLoader.LoadFile(CodebookLocator.Resolve(layout, requested));
        return result.HasErrors || result.Codebook is null
            ? throw new InputException([.. result.Diagnostics.Where(d => d.IsError)])
            : result.Codebook;
    }

    private static Command CreateImport(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The CSV file" };
        var coder = new Option<string>("--coder") { Description = "The coder the codings belong to", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "long (unit,dimension,value[,memo]) or wide (unit + one column per dimension)", DefaultValueFactory = _ => "long" };
        format.AcceptOnlyFromAmong("long", "wide");
        var codebook = CodebookOption();
        var command = new Command("import", "Append codings from a CSV table to a coder's journal (all or nothing)") { file, coder, format, codebook };
        command.SetAction(parseResult =>
        {
            var layout = context.Layout(parseResult);
            var name = parseResult.GetValue(coder)!;
            var store = CodingStore.Open(layout);
            store.JournalPath(name);
            var book = LoadCodebook(layout, parseResult.GetValue(codebook));
            var result = CodingsImporter.Import(
                store,
                CorpusStore.Open(layout),
                book,
                name,
                context.Resolve(parseResult.GetValue(file)!),
                parseResult.GetValue(format) == "wide" ? CodingsFileFormat.Wide : CodingsFileFormat.Long,
                DateTimeOffset.UtcNow);
            context.Out.WriteLine($"appended {result.Records.Count} coding(s) of {result.Records.Select(r => r.Unit).Distinct().Count()} unit(s) to {layout.Relative(store.JournalPath(name))}");
            context.Report(result.Warnings);
            return ExitCodes.Success;
        });
        return command;
    }
}
