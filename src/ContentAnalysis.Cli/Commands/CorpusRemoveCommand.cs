using System.CommandLine;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus remove|refresh DOC [--force]</c>: take a document out, or read its source file again.</summary>
internal static class CorpusRemoveCommand
{
    /// <summary>Creates the <c>remove</c> command.</summary>
    public static Command CreateRemove(CliContext context)
    {
        var document = new Argument<string>("document") { Description = "The document id" };
        var force = new Option<bool>("--force") { Description = "Remove it even though its units are coded ('qcat check' then lists the orphaned codings)" };
        var command = new Command("remove", "Remove a document, its units and its stored text from the corpus") { document, force };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var id = parseResult.GetValue(document)!;
            var (units, orphaned) = CorpusRemover.Remove(project.Layout, id, parseResult.GetValue(force), project.CodingCountsByUnit);
            var note = orphaned > 0 ? $"; {orphaned} coding(s) now point at no unit, see 'qcat check'" : string.Empty;
            context.Out.WriteLine($"removed   {id} ({units} units){note}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Creates the <c>refresh</c> command.</summary>
    public static Command CreateRefresh(CliContext context)
    {
        var document = new Argument<string>("document") { Description = "The document id" };
        var force = new Option<bool>("--force") { Description = "Refresh it even if coded units change ('qcat check' then lists the stale codings)" };
        var unit = GlobalOptions.Choice("--unit", "Unit of analysis instead of the one it was imported with", [UnitKind.Paragraph, UnitKind.Sentence]);
        var repair = new Option<bool>("--repair") { Description = "Repair the .txt (or, with '--repair false', no longer) instead of doing what its import did" };
        var strip = new Option<bool>("--strip-boilerplate") { Description = "Drop the .txt page's boilerplate (or, with 'false', keep it) instead of doing what its import did" };
        var command = new Command("refresh", "Read a document's source file again and cut it into units as before (same unit kind, --repair, --strip-boilerplate)") { document, force, unit, repair, strip };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var found = project.Names.Document(parseResult.GetValue(document)!);
            var source = CorpusImporter.SourceOf(project.Layout, found.Id);

            // The recorded import options, unless a flag is given.
            var options = CorpusImporter.RefreshOptions(project.Layout, found, parseResult.GetValue(force));
            options = parseResult.GetResult(unit) is { Implicit: false } ? options with { UnitKind = parseResult.GetValue(unit) } : options;
            options = parseResult.GetResult(repair) is { Implicit: false } ? options with { Repair = parseResult.GetValue(repair) } : options;
            options = parseResult.GetResult(strip) is { Implicit: false } ? options with { StripBoilerplate = parseResult.GetValue(strip) } : options;
            var outcome = project.ImportCorpus([source], options)[0];
            var stale = outcome.StaleCodings > 0 ? $"; {outcome.StaleCodings} coding(s) now stale, see 'qcat check'" : string.Empty;
            context.Out.WriteLine($"{outcome.Status,-9} {outcome.DocumentId} ({outcome.UnitCount} units) from {outcome.File}{stale}");
            return ExitCodes.Success;
        });
        return command;
    }
}
