using System.CommandLine;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus show DOC [--units]</c>: a document's metadata and text, or its units.</summary>
internal static class CorpusShowCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var document = new Argument<string>("document") { Description = "The document id" };
        var units = new Option<bool>("--units") { Description = "List the units (id, section, text) instead of the whole text" };
        var command = new Command("show", "Show a document's metadata and normalised text") { document, units };
        command.SetAction(parseResult =>
        {
            var corpus = CorpusStore.Open(context.Layout(parseResult));
            var id = parseResult.GetValue(document)!;
            var found = corpus.FindDocument(id) ?? throw new InputException(Diagnostic.Error(
                CorpusDiagnostics.UnknownDocument,
                $"no document '{id}' in the corpus",
                hint: corpus.Documents.Count == 0 ? "import documents with 'qcat corpus import'" : "see 'qcat corpus list'"));
            var meta = found.Metadata;
            context.Out.WriteLine($"id:       {meta.Id}");
            context.Out.WriteLine($"title:    {meta.Title}");
            context.Out.WriteLine($"author:   {meta.Author}");
            context.Out.WriteLine($"source:   {meta.Source}");
            context.Out.WriteLine($"date:     {meta.Date}");
            context.Out.WriteLine($"period:   {meta.Period}");
            context.Out.WriteLine($"units:    {corpus.UnitsOf(id).Count} ({found.UnitKind})");
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
                context.Out.WriteLine($"[{unit.Id}] {unit.TextIn(text)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
