using System.CommandLine;
using ContentAnalysis.Cli.Terminal;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Sessions;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// The kind of pass <c>qcat code</c> makes: the study's coding (default), a blind second pass of the same coder
/// (<c>--recode</c>, into <c>CODER~2</c>), or a training round against a reference coding (<c>--train --against gold</c>,
/// into <c>data/training/CODER.csv</c>).
/// </summary>
internal sealed class CodePass
{
    public Option<bool> Recode { get; } = new("--recode") { Description = "Code the sample a second time, blind to your first answers, into a journal of its own (CODER~2) for test-retest stability ('qcat agree --stability CODER')" };

    public Option<bool> Train { get; } = new("--train") { Description = "Training: after each unit see the reference coding, its memo and the codebook entries involved; your answers go to data/training/CODER.csv, never into the study's codings" };

    public Option<string?> Against { get; } = new("--against") { Description = "With --train: the reference coding to train against (default: gold)" };

    public void AddTo(Command command)
    {
        command.Add(Recode);
        command.Add(Train);
        command.Add(Against);
    }

    /// <summary>Refuses options that do not go together.</summary>
    /// <exception cref="InputException">--recode with --train, or --against without --train.</exception>
    public static void Check(ParseResult parseResult, CodePass pass)
    {
        if (parseResult.GetValue(pass.Train) && parseResult.GetValue(pass.Recode))
        {
            throw new InputException(CliMessages.OptionsConflict("--train", "with --recode", "a training round and a second pass are separate sessions; run them one after the other"));
        }

        if (parseResult.GetValue(pass.Against) is not null && !parseResult.GetValue(pass.Train))
        {
            throw new InputException(CliMessages.OptionsConflict("--against", "without --train", "add --train to code a training round against that coding"));
        }
    }

    /// <summary>What <c>qcat code</c> needs to run this pass: the store, the journal name, the units, and the training hooks.</summary>
    public static Run Start(ParseResult parseResult, CodePass pass, Project project, string coder, IReadOnlySet<string>? sample, string sampleName)
    {
        if (parseResult.GetValue(pass.Recode))
        {
            return new Run(project.Codings, TrainingReference.RecodeJournal(project, coder), sample, null, sampleName);
        }

        if (!parseResult.GetValue(pass.Train))
        {
            return new Run(project.Codings, coder, sample, null, sampleName);
        }

        if (Path.Combine(project.Layout.TrainingDirectory, coder + ".csv") == TrainingRoundLog.PathOf(project.Layout))
        {
            throw new InputException(CliMessages.TraineeNameReserved(coder));
        }

        var reference = TrainingReference.Load(project, parseResult.GetValue(pass.Against) ?? "gold");
        return new Run(CodingStore.OpenTraining(project.Layout), coder, TrainingReference.Units(reference, sample, sampleName), reference, sampleName);
    }

    /// <summary>One run of <c>qcat code</c>.</summary>
    /// <param name="Store">Where the journal is.</param>
    /// <param name="Journal">The journal's name: the coder, or <c>CODER~2</c> for a second pass.</param>
    /// <param name="Units">The units to code (null: all).</param>
    /// <param name="Reference">The reference coding of a training round, or null.</param>
    /// <param name="SampleName">The sample's name as given (<c>all</c> by default).</param>
    internal sealed record Run(CodingStore Store, string Journal, IReadOnlySet<string>? Units, CoderCodings? Reference, string SampleName)
    {
        /// <summary>What the session adds to plain coding: in training, the page with the reference coding after each unit.</summary>
        public ISessionMode? Mode => Reference is null ? null : new TrainingMode(Reference);

        /// <summary>After the session: in training, once every unit is coded, the round's agreement with the reference, recorded as a round.</summary>
        /// <exception cref="InputException">The trainee's journal or the rounds table is damaged.</exception>
        public void Finish(CliContext context, Project project, IReadOnlyList<Dimension> dimensions, IReadOnlyList<SessionUnit> units)
        {
            if (Reference is null)
            {
                return;
            }

            var trainee = Store.Load(Journal);
            var open = units.Count(u => dimensions.Any(d => trainee.Get(u.Id, d.Id) is null));
            if (open > 0)
            {
                context.Out.WriteLine(FormattableString.Invariant($"training round not finished: {open} of {units.Count} units still to code; run the same command again to continue"));
                return;
            }

            var result = TrainingResult.Compare(project.Codebook, dimensions, trainee, Reference, [.. units.Select(u => u.Id)]);
            var round = TrainingRecorder.Record(project, result, SampleName, context.Clock);
            TrainingText.Result(context, result, round);
        }
    }
}
