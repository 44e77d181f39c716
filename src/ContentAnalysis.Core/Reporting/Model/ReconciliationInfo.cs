namespace ContentAnalysis.Core.Reporting;

/// <summary>How the coders' disagreements were resolved into the <c>gold</c> coding, per dimension.</summary>
/// <param name="Recorded">Whether a reconciliation is recorded for the project.</param>
/// <param name="Dimensions">The counts per dimension (empty when nothing is recorded).</param>
public sealed record ReconciliationInfo(bool Recorded, IReadOnlyList<ReconciliationRow> Dimensions)
{
    /// <summary>No reconciliation recorded: reports show an author marker instead of counts.</summary>
    public static ReconciliationInfo NotRecorded { get; } = new(false, []);
}

/// <summary>How the units of one dimension were settled.</summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Agreed">Units all coders agreed on (taken over automatically).</param>
/// <param name="Majority">Units decided by the majority of coders.</param>
/// <param name="DecidedFor">Units decided for one coder's value, per coder.</param>
/// <param name="Combined">Units given a combination of the coders' values (multi dimensions).</param>
/// <param name="NewValue">Units given a value no coder had recorded.</param>
/// <param name="Open">Units not yet resolved.</param>
public sealed record ReconciliationRow(string Dimension, int Agreed, int Majority, IReadOnlyList<NamedCount> DecidedFor, int Combined, int NewValue, int Open)
{
    /// <summary>Units counted in the row.</summary>
    public int Total => Agreed + Majority + DecidedFor.Sum(d => d.Count) + Combined + NewValue + Open;
}

/// <summary>A name with a count.</summary>
/// <param name="Name">The name (a coder).</param>
/// <param name="Count">The count.</param>
public sealed record NamedCount(string Name, int Count);
