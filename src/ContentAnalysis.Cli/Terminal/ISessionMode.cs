using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>
/// What a kind of session adds to plain coding: a page after each coded unit (training shows the gold coding
/// there). Plain coding has none.
/// </summary>
internal interface ISessionMode
{
    /// <summary>The page to show now that <paramref name="unit"/> is fully coded, or null to go straight on.</summary>
    SessionPanel? AfterUnit(CodingSession session, SessionUnit unit);
}
