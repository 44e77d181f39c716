using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus show DOC [--units]</c>: a document's metadata and text, or its units.</summary>
internal static class CorpusShowCommand
{
    private static readonly string[] UnitHeader = ["unit", "section", "start", "length", "hash", "text"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var document = new Argument<string>("document") { Description = "The document id" };
        var units = new Option<bool>("--units") { Description = "List the units (id, section, text) instead of the whole text" };
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var repairs = new Option<bool>("--repairs") { Description = "List what 'corpus import --repair' changed in the document" };
        var command = new Command("show", "Show a document's metadata and normalised text") { document, units, format, repairs };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var corpus = project.Corpus;
            var id = parseResult.GetValue(document)!;
            var found = project.Names.Document(id);
            var meta = found.Metadata;
            var chosen = parseResult.GetValue(format);
            if (parseResult.GetValue(repairs))
            {
                CorpusRepairsOutput.Print(context, project.Layout, id, chosen);
                return ExitCodes.Success;
            }

            if (chosen != OutputFormat.Table)
            {
                PrintData(context, corpus, found, parseResult.GetValue(units), chosen);
                return ExitCodes.Success;
            }

            context.Console.Write(TablePrinter.Record(
                [("id", meta.Id), ("title", meta.Title), ("author", meta.Author), ("source", meta.Source), ("date", meta.Date), ("period", meta.Period), ("units", $"{corpus.UnitsOf(id).Count} ({found.UnitKind})")]));
            context.Out.WriteLine();
            var text = corpus.ReadText(id);
            if (!parseResult.GetValue(units))
            {
                context.Out.Write(text);
                return ExitCodes.Success;
            }

            var section = string.Empty;
            foreach (var unit in corpus.UnitsOf(id))
            {
                if (unit.Section != section && unit.Section.Length > 0)
                {
                    context.Out.WriteLine($"## {unit.Section}");
                }

                section = unit.Section;
                var excluded = corpus.Exclusions.Find(unit.Id) is { } e ? $" (excluded{(e.Reason.Length > 0 ? ": " + e.Reason : string.Empty)})" : string.Empty;
                context.Out.WriteLine($"[{unit.Id}]{excluded} {unit.TextIn(text)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Scripts get the units as rows (or, without --units, the metadata and the text).
    private static void PrintData(CliContext context, CorpusStore corpus, CorpusDocument document, bool units, OutputFormat format)
    {
        var meta = document.Metadata;
        var text = corpus.ReadText(meta.Id);
        var unitList = corpus.UnitsOf(meta.Id);
        if (units && format == OutputFormat.Json)
        {
            context.Out.Write(DataJsonWriter.Units(unitList, text, corpus.Exclusions));
        }
        else if (units)
        {
            var rows = unitList.Select(u => new[]
            {
                u.Id, u.Section, u.Start.ToString(CultureInfo.InvariantCulture), u.Length.ToString(CultureInfo.InvariantCulture), u.Hash, u.TextIn(text),
            }).ToList();
            TablePrinter.Print(context, format, UnitHeader, rows);
        }
        else if (format == OutputFormat.Json)
        {
            context.Out.Write(DataJsonWriter.Document(document, unitList.Count, text));
        }
        else
        {
            string[] header = ["id", "title", "author", "source", "date", "period", "units"];
            TablePrinter.Print(context, format, header, [[meta.Id, meta.Title, meta.Author, meta.Source, meta.Date, meta.Period, unitList.Count.ToString(CultureInfo.InvariantCulture)]]);
        }
    }
}
