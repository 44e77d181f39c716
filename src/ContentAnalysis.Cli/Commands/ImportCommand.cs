using System.CommandLine;
using ContentAnalysis.Core.Exchange;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat import qdpx FILE [--coders …]</c>: a REFI-QDA project from a desktop QDA program into this project.</summary>
internal static class ImportCommand
{
    /// <summary>Creates the command with its subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The .qdpx file" };
        var coders = GlobalOptions.List("--coders", "Import only these coders (user names as coder names; default: all)");
        var qdpx = new Command("qdpx", "Import a REFI-QDA .qdpx: text sources as documents, users as coders, selections as span and unit codings") { file, coders };
        qdpx.SetAction(parseResult =>
        {
            var layout = context.Layout(parseResult);
            var path = context.Resolve(parseResult.GetValue(file)!);
            var summary = ProjectExchange.Import(layout, path, CodebookCommand.Display(context, path), parseResult.GetValue(coders) ?? [], () => context.Clock.GetUtcNow());
            Print(context, summary);
            return ExitCodes.Success;
        });
        return new Command("import", "Import a project from other programs") { qdpx };
    }

    private static void Print(CliContext context, QdpxImport summary)
    {
        var output = context.Out;
        if (summary.CodebookWritten is { } codebook)
        {
            output.WriteLine($"codebook: wrote {codebook}");
        }

        output.WriteLine($"documents: {summary.Documents.Count} imported{(summary.Documents.Count > 0 ? " (" + string.Join(", ", summary.Documents) + ")" : string.Empty)}");
        output.WriteLine($"coders: {(summary.Coders.Count > 0 ? string.Join(", ", summary.Coders) : "none")}");
        output.WriteLine($"mapped: {summary.Spans} span codings (data/spans/), {summary.UnitCodings} unit codings");
        Section(output, "not mapped", summary.NotMapped);
        Section(output, "repaired", summary.Repaired);
        Section(output, "skipped", summary.Skipped);
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<string> lines)
    {
        output.WriteLine($"{title}: {(lines.Count == 0 ? "none" : lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        foreach (var line in lines.Take(20))
        {
            output.WriteLine("  " + line);
        }

        if (lines.Count > 20)
        {
            output.WriteLine($"  … and {lines.Count - 20} more");
        }
    }
}
