using System.Globalization;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Training;

/// <summary>Records a completed training round: the row in <c>rounds.csv</c>, the codebook's copy, and the trainee's journal set aside so the next round starts empty.</summary>
public static class TrainingRecorder
{
    /// <summary>
    /// Records <paramref name="result"/> as the trainee's next round: appends it to <c>rounds.csv</c>, keeps a copy
    /// of the codebook file under its hash (once per version), and renames the trainee's journal to
    /// <c>data/training/CODER.round-N.csv</c>.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="result">The round's comparison with the reference.</param>
    /// <param name="sample">The training sample's name (<c>all</c> for every unit the reference coded).</param>
    /// <param name="time">The clock for the round's date.</param>
    /// <returns>The recorded round.</returns>
    /// <exception cref="Diagnostics.InputException">The rounds table is malformed, or the codebook cannot be read.</exception>
    public static TrainingRound Record(Project project, TrainingResult result, string sample, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(time);
        var layout = project.Layout;
        var codebook = project.Codebook;
        var round = new TrainingRound(
            TrainingRoundLog.NextRound(layout, result.Coder),
            result.Coder,
            time.GetUtcNow(),
            result.Reference,
            sample,
            codebook.Version,
            codebook.ContentHash,
            result.Units,
            [.. result.Dimensions.Select(d => new RoundAlpha(d.Report.Subject, d.Report.PairableUnits, TrainingResult.Alpha(d), Percent(d)))]);
        var copy = TrainingRoundLog.CodebookCopyPath(layout, codebook.ContentHash);
        Directory.CreateDirectory(layout.TrainingDirectory);
        if (!File.Exists(copy))
        {
            File.Copy(project.CodebookPath, copy);
        }

        TrainingRoundLog.Append(layout, round);
        var journal = CodingStore.OpenTraining(layout).JournalPath(result.Coder);
        if (File.Exists(journal))
        {
            File.Move(journal, ArchivePath(layout, result.Coder, round.Round), overwrite: true);
        }

        return round;
    }

    /// <summary>Where a completed round's journal is kept: <c>data/training/CODER.round-N.csv</c>.</summary>
    public static string ArchivePath(ProjectLayout layout, string coder, int round)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.TrainingDirectory, string.Create(CultureInfo.InvariantCulture, $"{coder}.round-{round}.csv"));
    }

    private static double? Percent(Agreement.AgreementResult result) =>
        result.Report.Find("percent_agreement")?.Value is { } v && double.IsFinite(v) ? v : null;
}
