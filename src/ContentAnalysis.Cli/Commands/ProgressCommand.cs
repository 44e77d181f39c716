using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Reporting;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat progress [--sample NAME]</c>: units coded per coder and a running alpha per dimension.</summary>
internal static class ProgressCommand
{
    private static readonly OutputColumn[] CoderColumns = [OutputColumn.Whole("coder"), OutputColumn.Number("coded"), OutputColumn.Number("partial"), OutputColumn.Number("remaining")];

    // On a narrow terminal the kind goes first, then what alpha is computed on; verdict and note wrap.
    private static readonly OutputColumn[] AlphaColumns =
    [
        OutputColumn.Whole("dimension"), OutputColumn.Whole("kind", dropRank: 1), OutputColumn.Whole("alpha of", dropRank: 2) with { ShortHeader = "of" },
        OutputColumn.Number("pairable units") with { ShortHeader = "pairs" }, OutputColumn.Number("alpha"), OutputColumn.Text("verdict"), OutputColumn.Text("note"),
    ];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var sample = new Option<string>("--sample") { Description = "Sample to report on, or 'all' for the whole corpus", DefaultValueFactory = _ => CodeSetup.AllUnits };
        var codebook = CodingsCommand.CodebookOption();
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("progress", "Show how far each coder has come and a quick running Krippendorff's alpha per dimension") { sample, codebook, format };
        command.SetAction(parseResult =>
        {
            var timings = AgreeTimings.FromEnvironment(context);
            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var book = project.Codebook;
            var corpus = project.RequireUnits();
            timings.Mark("units");
            var scope = parseResult.GetValue(sample)!;
            var only = project.Names.SampleUnits(scope);
            // Excluded units (captions, bylines; `corpus exclude`) are never coded, so they are not left to do either.
            var units = corpus.ContentUnitIds.Where(u => only is null || only.Contains(u)).ToList();
            var coders = project.Codings.LoadIndependent();
            timings.Mark("journals");
            var report = ProgressCalculator.Compute(scope, book, coders, units);
            timings.Mark("progress");
            Print(context, parseResult.GetValue(format), report);
            timings.Mark("output");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CliContext context, OutputFormat format, ProgressReport report)
    {
        if (new FormatWriters(() => ProgressWriter.ToJson(report), () => ProgressWriter.ToCsv(report)).TryWrite(context, format))
        {
            return;
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(report.Scope == CodeSetup.AllUnits ? "all units" : "sample " + report.Scope)}: {report.Units} units"));
        context.Out.WriteLine();
        TablePrinter.Print(context, format, CoderColumns, ProgressWriter.CoderRows(report));
        context.Out.WriteLine();
        if (report.Agreement.Count == 0)
        {
            context.Out.WriteLine("alpha: needs two coders or more");
        }
        else
        {
            TablePrinter.Print(context, format, AlphaColumns, ProgressWriter.AlphaRows(report));
            context.Console.Write(new Spectre.Console.Paragraph(ProgressWriter.VerdictBasis + "\n"));
        }
    }
}
