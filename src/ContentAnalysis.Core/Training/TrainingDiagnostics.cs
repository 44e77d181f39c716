using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Training;

/// <summary>
/// The catalogue of coder training and stability (QCA6100–QCA6119, in the sessions range): each code with the
/// messages raised under it, worded once here.
/// </summary>
public static class TrainingDiagnostics
{
    /// <summary>The reference coding a trainee is compared with has no journal.</summary>
    public const string NoReference = "QCA6100";

    /// <summary>A reference coder without a journal.</summary>
    internal static Diagnostic ReferenceMissing(string reference, IReadOnlyList<string> coders, string folder) =>
        Diagnostic.Error(
            NoReference,
            $"training compares with '{reference}', which has no journal in {folder}",
            hint: reference == "gold"
                ? "reconcile the coders first ('qcat reconcile --coders …'), or name a reference coder with --against" + Known(coders)
                : "name a coder with a journal" + Known(coders));

    /// <summary>Units of the training sample that the reference coding does not cover.</summary>
    public const string ReferenceIncomplete = "QCA6101";

    /// <summary>The reference does not code every unit of the training sample.</summary>
    internal static Diagnostic ReferenceLacksUnits(string reference, string sample, int missing, int total, string first) =>
        Diagnostic.Error(
            ReferenceIncomplete,
            $"'{reference}' does not code {missing} of the {total} units of sample '{sample}' (first: {first})",
            hint: $"train on units '{reference}' coded: a sample drawn from them, or leave out --sample to use all of them");

    /// <summary>The reference codes no unit at all.</summary>
    internal static Diagnostic ReferenceEmpty(string reference) =>
        Diagnostic.Error(ReferenceIncomplete, $"'{reference}' has coded no unit, so there is nothing to train on", hint: "reconcile the coders first, or name another reference with --against");

    /// <summary>A second pass of a coder who has not coded yet.</summary>
    public const string NothingToRecode = "QCA6102";

    /// <summary><c>--recode</c> for a coder with no codings.</summary>
    internal static Diagnostic NoFirstPass(string coder, string file) =>
        Diagnostic.Error(NothingToRecode, $"'{coder}' has no codings to recode", file, hint: $"the first pass comes first: 'qcat code --coder {coder}'");

    /// <summary>Stability asked for a coder without a second pass.</summary>
    public const string NoSecondPass = "QCA6103";

    /// <summary><c>agree --stability CODER</c> without <c>CODER~2</c>.</summary>
    internal static Diagnostic NotRecoded(string coder, string recode, string file) =>
        Diagnostic.Error(NoSecondPass, $"'{coder}' has not coded a second pass ('{recode}')", file, hint: $"recode the sample first: 'qcat code --coder {coder} --recode --sample NAME'");

    /// <summary>The training rounds table is malformed.</summary>
    public const string BadRounds = "QCA6104";

    /// <summary>A rounds row whose number, date or alpha cannot be read.</summary>
    internal static Diagnostic RoundsField(string column, string value, string file, int line) =>
        Diagnostic.Error(BadRounds, $"'{value}' is not a valid {column}", file, line, hint: "data/training/rounds.csv is written by 'qcat code --train'; restore it from version control");

    /// <summary>Options of training or stability that do not go together.</summary>
    public const string OptionConflict = "QCA6105";

    private static string Known(IReadOnlyList<string> coders) =>
        coders.Count == 0 ? " (no coder has a journal yet)" : $" (coders with a journal: {string.Join(", ", coders)})";
}
