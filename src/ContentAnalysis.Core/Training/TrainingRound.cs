namespace ContentAnalysis.Core.Training;

/// <summary>One recorded training round: a trainee coded a training sample and was compared with the reference.</summary>
/// <param name="Round">The trainee's round number, from 1.</param>
/// <param name="Coder">The trainee.</param>
/// <param name="Date">When the round was completed (UTC).</param>
/// <param name="Reference">The reference coder (usually <c>gold</c>).</param>
/// <param name="Sample">The training sample's name, or <c>all</c> for every unit the reference coded.</param>
/// <param name="CodebookVersion">The codebook's version label at the time.</param>
/// <param name="CodebookHash">The codebook's content hash at the time (its copy is kept as <see cref="TrainingRoundLog.CodebookCopyPath"/>).</param>
/// <param name="Units">The units of the round.</param>
/// <param name="Dimensions">Agreement with the reference per dimension.</param>
public sealed record TrainingRound(
    int Round,
    string Coder,
    DateTimeOffset Date,
    string Reference,
    string Sample,
    string CodebookVersion,
    string CodebookHash,
    int Units,
    IReadOnlyList<RoundAlpha> Dimensions);
