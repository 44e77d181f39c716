using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus show DOC --repairs</c>: what <c>corpus import --repair</c> changed, one row per repair.</summary>
internal static class CorpusRepairsOutput
{
    private static readonly string[] Header = ["kind", "before", "after"];

    /// <summary>Prints the stored repair log of <paramref name="documentId"/>, or says there is none.</summary>
    public static void Print(CliContext context, ProjectLayout layout, string documentId, OutputFormat format)
    {
        var log = RepairLog.Load(layout, documentId);
        var rows = log?.Records.Select(r => new[] { r.Kind, r.Before, r.After }).ToList() ?? [];
        if (format != OutputFormat.Table)
        {
            TablePrinter.Print(context, format, Header, rows);
            return;
        }

        if (log is null)
        {
            context.Out.WriteLine($"{documentId} was not imported with --repair: nothing was repaired");
            return;
        }

        context.Out.WriteLine($"{documentId}: {log.Summary()}");
        if (rows.Count > 0)
        {
            TablePrinter.Print(context, format, Header, rows);
        }
    }
}
