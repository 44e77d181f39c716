using System.CommandLine;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;
using Spectre.Console;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus import|list|show|exclude|include|remove|refresh</c>: the documents and their units.</summary>
internal static class CorpusCommand
{
    /// <summary>Creates the <c>corpus</c> command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("corpus", "Import documents and cut them into units; list and show them");
        command.Add(CreateImport(context));
        command.Add(CorpusListCommand.Create(context));
        command.Add(CorpusShowCommand.Create(context));
        command.Add(CorpusExcludeCommand.CreateExclude(context));
        command.Add(CorpusExcludeCommand.CreateInclude(context));
        command.Add(CorpusRemoveCommand.CreateRemove(context));
        command.Add(CorpusRemoveCommand.CreateRefresh(context));
        return command;
    }

    private static Command CreateImport(CliContext context)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "The .txt, .md, .docx, .pdf or .html files to import" };
        var unit = GlobalOptions.Choice("--unit", "Unit of analysis", [UnitKind.Paragraph, UnitKind.Sentence]);
        var meta = new Option<string?>("--meta") { Description = "Manifest CSV with columns file,id,title,author,source,date,period" };
        var id = new Option<string?>("--id") { Description = "Document id (only with one file; default: the file name)" };
        var force = new Option<bool>("--force") { Description = "Import a changed document even if its coded units changed" };
        var repair = new Option<bool>("--repair") { Description = "Repair a .txt extracted from a PDF elsewhere: ligature gaps, paragraphs cut at page breaks, footnotes in the body" };
        var strip = new Option<bool>("--strip-boilerplate") { Description = "Drop a .txt page's navigation, bylines, captions and link lists (as .html import does)" };
        var command = new Command("import", "Import documents into data/ (normalised text, documents.csv, units.csv)") { files, unit, meta, id, force, repair, strip };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var project = context.OpenProject(parseResult);
            var options = new CorpusImportOptions
            {
                UnitKind = parseResult.GetValue(unit),
                ManifestPath = parseResult.GetValue(meta) is { } m ? context.Resolve(m) : null,
                Id = parseResult.GetValue(id),
                Force = parseResult.GetValue(force),
                Repair = parseResult.GetValue(repair),
                StripBoilerplate = parseResult.GetValue(strip),
            };
            var paths = parseResult.GetValue(files)!.Select(context.Resolve).ToList();
            IReadOnlyList<DocumentImportOutcome> outcomes;
            try
            {
                outcomes = Import(context, project, paths, options, cancellationToken);
            }
            catch (InputException e) when (paths.Count > 1)
            {
                // Each diagnostic names its file; the last line says what became of the others.
                context.Report(e.Diagnostics);
                context.Fail(CliMessages.NothingImported(paths.Count));
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            foreach (var outcome in outcomes)
            {
                var stale = outcome.StaleCodings > 0 ? $"; {outcome.StaleCodings} coding(s) now stale, see 'qcat check'" : string.Empty;
                var repairs = outcome.Repairs is { } log ? $"; repaired: {log.Summary()}" : string.Empty;
                context.Out.WriteLine($"{outcome.Status,-9} {outcome.DocumentId} ({outcome.UnitCount} units) from {outcome.File}{stale}{repairs}");
            }

            // Core stops at Ctrl+C only until it starts writing; after that the import completes, and the user hears so.
            if (cancellationToken.IsCancellationRequested)
            {
                context.Fail(CliMessages.ImportCompletedDespiteCancel);
            }

            // An empty file is imported (so 'qcat check' can list it) but the user hears about it at once.
            context.Report(outcomes.SelectMany(o => o.Warnings));
            context.Report(outcomes.Where(o => o.UnitCount == 0).Select(o => CliMessages.ImportedWithoutUnits(o.DocumentId, o.File)));

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static IReadOnlyList<DocumentImportOutcome> Import(CliContext context, Project project, List<string> paths, CorpusImportOptions options, CancellationToken cancellationToken) =>
        context.IsOutputTerminal
            ? context.Console.Progress().Start(progressContext =>
            {
                var task = progressContext.AddTask("importing", maxValue: 1);
                var progress = new Progress<CorpusImportProgress>(p => task.Value = p.ByteCount == 0 ? 1 : (double)p.BytesDone / p.ByteCount);
                return project.ImportCorpus(paths, options, progress, cancellationToken);
            })
            : project.ImportCorpus(paths, options, cancellationToken: cancellationToken);
}
