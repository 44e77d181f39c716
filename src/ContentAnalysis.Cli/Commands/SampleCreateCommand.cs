using System.CommandLine;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat sample create NAME --size 20%|N</c>: draws and records a reliability sample.</summary>
internal static class SampleCreateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The sample's name (letters, digits, '_' and '-')" };
        var size = new Option<string>("--size") { Description = "Units to draw: a number (50), a percentage of the corpus (20%), or auto (the minimum of 'qcat sample plan' for the codebook)", Required = true };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default: a fresh one, recorded in the file)" };
        var stratify = GlobalOptions.Choice("--stratify", "Allocate proportionally across strata", [SampleStratifier.None, SampleStratifier.Document, SampleStratifier.Period]);
        var force = new Option<bool>("--force") { Description = "Replace an existing sample of that name" };
        var command = new Command("create", "Draw a fixed, reproducible list of units for every coder to code") { name, size, seed, stratify, force };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var layout = project.Layout;
            var sampleName = parseResult.GetValue(name)!;
            NameResolver.CheckSampleName(sampleName);
            var sizeText = parseResult.GetValue(size)!;
            if (SampleCommand.IsAuto(sizeText))
            {
                sizeText = SampleCommand.AutoSize(context, project);
            }

            if (!SampleSize.TryParse(sizeText, out var requested))
            {
                throw new InputException(CliMessages.SizeNotANumber(sizeText));
            }

            var corpus = project.RequireUnits();
            var population = corpus.ContentUnits.Select(u => new SampleUnit(u.Id, u.DocumentId, u.Period)).ToList();
            var count = requested.UnitsOf(population.Count);
            if (count < 1 || count > population.Count)
            {
                throw new InputException(CliMessages.SizeOutOfRange(sizeText, count, population.Count));
            }

            var stratifier = parseResult.GetValue(stratify);
            var sample = SampleBuilder.Create(sampleName, population, requested, parseResult.GetValue(seed) ?? Random.Shared.Next(), stratifier);
            var path = SampleFile.Create(layout, sample, parseResult.GetValue(force));
            context.Out.WriteLine($"created {SampleCommand.Describe(sample)} in {layout.Relative(path)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
