namespace ContentAnalysis.Core.Reporting;

/// <summary>The recorded coder training (<c>qcat code --train</c>, docs/training.md): how many rounds each trainee took and what changed in the codebook between rounds.</summary>
/// <param name="Recorded">Whether any training round is recorded.</param>
/// <param name="Rounds">The number of rounds, all trainees together.</param>
/// <param name="References">The reference codings trained against (usually <c>gold</c>).</param>
/// <param name="Trainees">Each trainee's rounds and last result.</param>
/// <param name="Revisions">Each codebook revision between rounds, in words.</param>
public sealed record TrainingInfo(bool Recorded, int Rounds, IReadOnlyList<string> References, IReadOnlyList<TraineeInfo> Trainees, IReadOnlyList<string> Revisions)
{
    /// <summary>No training recorded: the appendix says nothing beyond <c>study.training_hours</c>.</summary>
    public static TrainingInfo NotRecorded { get; } = new(false, 0, [], [], []);
}

/// <summary>One trainee: the rounds taken and the agreement with the reference in the last one.</summary>
/// <param name="Name">The trainee.</param>
/// <param name="Rounds">The rounds taken.</param>
/// <param name="LastRound">The last round's agreement per dimension.</param>
public sealed record TraineeInfo(string Name, int Rounds, IReadOnlyList<TrainingAlphaInfo> LastRound);

/// <summary>Agreement with the reference on one dimension.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Units">Pairable units.</param>
/// <param name="Alpha">Krippendorff's alpha, or null when undefined.</param>
/// <param name="Percent">Percent agreement (0–1), or null.</param>
public sealed record TrainingAlphaInfo(string Dimension, int Units, double? Alpha, double? Percent);
