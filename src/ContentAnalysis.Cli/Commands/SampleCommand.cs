using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat sample create|list|show</c>: fixed reliability samples every coder codes.</summary>
internal static partial class SampleCommand
{
    private static readonly string[] ListHeader = ["name", "units", "size", "seed", "stratify", "population"];
    private static readonly string[] ShowHeader = ["unit", "document", "period"];

    /// <summary>Creates the <c>sample</c> command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("sample", "Create, list and show reliability samples (data/samples/NAME.csv)");
        command.Add(SampleCreateCommand.Create(context));
        command.Add(CreateList(context));
        command.Add(CreateShow(context));
        command.Add(CreatePlan(context));
        return command;
    }

    private static Command CreateList(CliContext context)
    {
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("list", "List the samples") { format };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var rows = project.Names.SampleNames().Select(project.Names.Sample).Select(s => new[]
            {
                s.Name, Invariant(s.Units.Count), s.Size.ToString(), Invariant(s.Seed), s.Stratify.ToString().ToLowerInvariant(), Invariant(s.Population),
            }).ToList();
            TablePrinter.Print(context, parseResult.GetValue(format), ListHeader, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The sample's name" };
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("show", "List a sample's units") { name, format };
        command.SetAction(parseResult =>
        {
            var sample = context.OpenProject(parseResult).Names.Sample(parseResult.GetValue(name)!);
            var chosen = parseResult.GetValue(format);
            if (chosen == OutputFormat.Table)
            {
                context.Console.Write(new Spectre.Console.Text(Describe(sample) + "\n"));
            }

            TablePrinter.Print(context, chosen, ShowHeader, [.. sample.Units.Select(u => new[] { u.Unit, u.Document, u.Period })]);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One line saying what the sample is.</summary>
    internal static string Describe(ReliabilitySample sample) => string.Create(
        CultureInfo.InvariantCulture,
        $"sample {sample.Name}: {sample.Units.Count} of {sample.Population} units (size {sample.Size}, seed {sample.Seed}, stratified by {sample.Stratify.ToString().ToLowerInvariant()})");

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
