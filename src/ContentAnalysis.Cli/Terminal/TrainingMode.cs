using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Sessions;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>
/// A training round (<c>qcat code --train</c>): after each unit, a page with the reference coding beside the trainee's,
/// the reference's memos and the codebook entries involved (<see cref="UnitFeedback"/>), until the trainee presses a key.
/// </summary>
/// <param name="reference">The reference coding (usually <c>gold</c>).</param>
internal sealed class TrainingMode(CoderCodings reference) : ISessionMode
{
    /// <inheritdoc/>
    public SessionPanel? AfterUnit(CodingSession session, SessionUnit unit)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in session.Dimensions)
        {
            if (session.Recorded(unit.Id, dimension.Id) is { } coding)
            {
                answers[dimension.Id] = coding.Values;
            }
        }

        var feedback = UnitFeedback.For(session.Dimensions, unit.Id, answers, reference);
        return new SessionPanel(TrainingText.Title(feedback), TrainingText.Lines(feedback));
    }
}
