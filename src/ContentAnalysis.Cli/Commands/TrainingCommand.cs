using System.CommandLine;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Reporting;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat training report</c>: the recorded training rounds (<c>qcat code --train</c>) and the codebook changes between them.</summary>
internal static class TrainingCommand
{
    /// <summary>Creates the <c>training</c> command with its subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("training", "Coder training against a reference coding: the rounds recorded by 'qcat code --train'");
        command.Add(CreateReport(context));
        return command;
    }

    private static Command CreateReport(CliContext context)
    {
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("report", "List the training rounds (alpha with the reference per dimension) and what changed in the codebook between them") { format };
        command.SetAction(parseResult =>
        {
            var history = TrainingHistory.Read(context.Layout(parseResult));
            var chosen = parseResult.GetValue(format);
            if (new FormatWriters(() => TrainingReportWriter.ToJson(history), () => TrainingReportWriter.ToCsv(history), () => TrainingReportWriter.ToMarkdown(history)).TryWrite(context, chosen))
            {
                return ExitCodes.Success;
            }

            context.Out.WriteLine(TrainingReportWriter.Sentence(history));
            if (history.Rounds.Count > 0)
            {
                context.Out.WriteLine();
                TablePrinter.Print(context, chosen, [.. TrainingReportWriter.Header(history)], [.. TrainingReportWriter.Rows(history)]);
            }

            if (history.Revisions.Count > 0)
            {
                context.Out.WriteLine();
                context.Out.WriteLine("codebook changes between rounds:");
                foreach (var line in TrainingReportWriter.Revisions(history))
                {
                    context.Out.WriteLine("  " + line);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
