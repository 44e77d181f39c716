using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Analysis;

/// <summary>
/// Eight units in two documents with one coder's codings on TestCodebook (russia_role multi, strategy single, tone
/// ordinal), small enough to count every expected value by hand:
/// <code>
/// unit     period       russia_role                 strategy    tone
/// d1.p001  prewar       mediator                    balancing   -1   (memo "hosts talks")
/// d1.p002  prewar       mediator, ally_of_armenia   balancing   -2
/// d1.p003  prewar       none                        alignment   uncoded
/// d1.p004  prewar       (not coded)
/// d2.p001  ukraine_war  partner_of_turkey           alignment   1
/// d2.p002  ukraine_war  mediator, partner_of_turkey alignment   2
/// d2.p003  ukraine_war  uncoded                     none        0
/// d2.p004  ukraine_war  ally_of_armenia             alignment   1
/// </code>
/// </summary>
internal static class AnalysisFixture
{
    public static readonly DocumentMetadata First = new("d1", "First brief", "Ann Author", "Institute A", "2020-07-01", "prewar");
    public static readonly DocumentMetadata Second = new("d2", "Second brief", "Bo Writer", "Journal B", "2022-04-01", "ukraine_war");

    public static CodedCorpus Create() => new("anna",
    [
        Unit(First, 1, ("russia_role", ["mediator"], "hosts talks"), ("strategy", ["balancing"], ""), ("tone", ["-1"], "")),
        Unit(First, 2, ("russia_role", ["mediator", "ally_of_armenia"], ""), ("strategy", ["balancing"], ""), ("tone", ["-2"], "")),
        Unit(First, 3, ("russia_role", ["none"], ""), ("strategy", ["alignment"], ""), ("tone", ["uncoded"], "")),
        Unit(First, 4),
        Unit(Second, 1, ("russia_role", ["partner_of_turkey"], ""), ("strategy", ["alignment"], ""), ("tone", ["1"], "")),
        Unit(Second, 2, ("russia_role", ["mediator", "partner_of_turkey"], "both"), ("strategy", ["alignment"], ""), ("tone", ["2"], "")),
        Unit(Second, 3, ("russia_role", ["uncoded"], ""), ("strategy", ["none"], ""), ("tone", ["0"], "")),
        Unit(Second, 4, ("russia_role", ["ally_of_armenia"], ""), ("strategy", ["alignment"], ""), ("tone", ["1"], "")),
    ]);

    public static string TextOf(CodedUnit unit) => $"Text of {unit.Unit.Id}.";

    private static CodedUnit Unit(DocumentMetadata document, int ordinal, params (string Dimension, string[] Values, string Memo)[] codings)
    {
        var id = $"{document.Id}.p{ordinal:000}";
        var unit = new TextUnit(id, document.Id, ordinal, "Section", 0, 10, "hash", document.Period);
        var values = codings.ToDictionary(c => c.Dimension, c => new CodingValue(c.Values, c.Memo, DateTimeOffset.UnixEpoch, "cb", "hash", 1), StringComparer.Ordinal);
        return new CodedUnit(unit, document, values);
    }
}
