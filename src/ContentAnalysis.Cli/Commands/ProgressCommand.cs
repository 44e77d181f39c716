using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat progress [--sample NAME]</c>: units coded per coder and a running alpha per dimension.</summary>
internal static class ProgressCommand
{
    private static readonly OutputColumn[] CoderColumns = [OutputColumn.Whole("coder"), OutputColumn.Number("coded"), OutputColumn.Number("partial"), OutputColumn.Number("remaining")];

    // On a narrow terminal the kind goes first, then the level; the note wraps.
    private static readonly OutputColumn[] AlphaColumns =
    [
        OutputColumn.Whole("dimension"), OutputColumn.Whole("kind", dropRank: 1), OutputColumn.Whole("alpha level", dropRank: 2) with { ShortHeader = "level" },
        OutputColumn.Number("pairable units") with { ShortHeader = "pairs" }, OutputColumn.Number("alpha"), OutputColumn.Text("note"),
    ];
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var sample = new Option<string>("--sample") { Description = "Sample to report on, or 'all' for the whole corpus", DefaultValueFactory = _ => CodeSetup.AllUnits };
        var codebook = CodingsCommand.CodebookOption();
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("progress", "Show how far each coder has come and a quick running Krippendorff's alpha per dimension") { sample, codebook, format };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var book = project.Codebook;
            var corpus = project.RequireUnits();
            var scope = parseResult.GetValue(sample)!;
            var only = project.Names.SampleUnits(scope);
            var units = corpus.Units.Select(u => u.Id).Where(u => only is null || only.Contains(u)).ToList();
            var report = ProgressCalculator.Compute(scope, book, project.Codings.LoadAll(), units);
            Print(context, parseResult.GetValue(format), report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CliContext context, OutputFormat format, ProgressReport report)
    {
        var coders = report.Coders.Select(c => new[] { c.Coder, Invariant(c.Coded), Invariant(c.Partial), Invariant(c.Remaining) }).ToList();
        var alphas = report.Agreement.Select(a => new[] { a.Dimension, a.Kind, a.Coefficient.Replace("krippendorff_alpha_", string.Empty, StringComparison.Ordinal), Invariant(a.PairableUnits), a.Value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—", a.Note }).ToList();
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(JsonSerializer.Serialize(report, Json));
                return;
            case OutputFormat.Csv:
                // One table: coder rows first, then dimension rows, told apart by the section column.
                List<string[]> rows =
                [
                    .. report.Coders.Select(c => new[] { "coder", c.Coder, Invariant(c.Coded), Invariant(c.Partial), Invariant(c.Remaining), string.Empty, string.Empty, string.Empty, string.Empty }),
                    .. report.Agreement.Select(a => new[] { "alpha", a.Dimension, string.Empty, string.Empty, string.Empty, a.Coefficient, Invariant(a.PairableUnits), a.Value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty, a.Note }),
                ];
                TablePrinter.Print(context, format, ["section", "subject", "coded", "partial", "remaining", "coefficient", "pairable_units", "alpha", "note"], rows);
                return;
            default:
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(report.Scope == CodeSetup.AllUnits ? "all units" : "sample " + report.Scope)}: {report.Units} units"));
                context.Out.WriteLine();
                TablePrinter.Print(context, format, CoderColumns, coders);
                context.Out.WriteLine();
                if (alphas.Count == 0)
                {
                    context.Out.WriteLine("alpha: needs two coders or more");
                }
                else
                {
                    TablePrinter.Print(context, format, AlphaColumns, alphas);
                }

                return;
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
