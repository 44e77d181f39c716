namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Everything a report template can show, built from a project by <see cref="ReportModelBuilder"/>. Templates see
/// only this model (snake_case names); numbers are raw values and the template's filters format them.
/// </summary>
/// <param name="Study">Facts the data cannot know, from <c>study:</c> in <c>qcat.yaml</c> (null = for the author).</param>
/// <param name="Software">The program that computed the numbers.</param>
/// <param name="RunDate">The date the report was produced (<c>yyyy-MM-dd</c>).</param>
/// <param name="Codebook">The instrument.</param>
/// <param name="Corpus">The documents and units.</param>
/// <param name="Coders">The coders and how much each coded.</param>
/// <param name="Sample">The reliability sample.</param>
/// <param name="Agreement">Reliability per dimension and category, with the diagnostics.</param>
/// <param name="Reconciliation">How disagreements were resolved, per dimension.</param>
/// <param name="Findings">Frequencies, co-occurrence, cross-tabulations and evidence from the <c>gold</c> coding.</param>
public sealed record ReportModel(
    StudyInfo Study,
    SoftwareInfo Software,
    string RunDate,
    CodebookInfo Codebook,
    CorpusInfo Corpus,
    IReadOnlyList<CoderInfo> Coders,
    SampleInfo Sample,
    AgreementInfo Agreement,
    ReconciliationInfo Reconciliation,
    FindingsInfo Findings)
{
    /// <summary>The recorded coder training (rounds against the reference coding and codebook changes between them).</summary>
    public TrainingInfo Training { get; init; } = TrainingInfo.NotRecorded;
}
