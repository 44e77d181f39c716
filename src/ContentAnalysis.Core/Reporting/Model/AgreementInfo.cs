namespace ContentAnalysis.Core.Reporting;

/// <summary>Reliability of every dimension and category on the reliability sample, with the diagnostics.</summary>
/// <param name="Coders">The independent coders compared (the reconciled <c>gold</c> coding is never one of them).</param>
/// <param name="Dimensions">One row per dimension.</param>
/// <param name="Categories">One present/absent row per category of the categorical dimensions.</param>
/// <param name="Unreliable">Dimensions and categories with alpha below .667, named one by one.</param>
/// <param name="Tentative">Dimensions and categories with .667 ≤ alpha &lt; .800.</param>
/// <param name="Undefined">Dimensions and categories whose alpha could not be computed (fewer than two coders, no pairable units, one value only).</param>
/// <param name="Details">Matrices, coder pairs, alpha without each coder and the disagreeing units, per dimension.</param>
public sealed record AgreementInfo(
    IReadOnlyList<string> Coders,
    IReadOnlyList<ReliabilityRow> Dimensions,
    IReadOnlyList<ReliabilityRow> Categories,
    IReadOnlyList<string> Unreliable,
    IReadOnlyList<string> Tentative,
    IReadOnlyList<string> Undefined,
    IReadOnlyList<ReliabilityDetails> Details);

/// <summary>The coefficients of one dimension or category and the verdict on its alpha.</summary>
/// <param name="Subject"><c>dimension</c> or <c>dimension/category</c>.</param>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Category">The category's id, or empty for a dimension row.</param>
/// <param name="Level">The level of the headline alpha (<c>nominal</c>, <c>ordinal</c>, <c>interval</c>, <c>sets (MASI)</c>).</param>
/// <param name="PairableUnits">Units with values from at least two coders.</param>
/// <param name="Alpha">Krippendorff's alpha (the headline), or null when undefined.</param>
/// <param name="AlphaLow">Lower end of alpha's 95% bootstrap interval.</param>
/// <param name="AlphaHigh">Upper end of alpha's 95% bootstrap interval.</param>
/// <param name="QBelow800">Bootstrap probability that alpha is below .800.</param>
/// <param name="QBelow667">Bootstrap probability that alpha is below .667.</param>
/// <param name="Verdict">The verdict's key (<c>reliable</c>, <c>not_established</c>, <c>tentative</c>, <c>unreliable</c>, …).</param>
/// <param name="VerdictLabel">The verdict in words.</param>
/// <param name="VerdictBasis">What the verdict rests on.</param>
/// <param name="Percent">Percent agreement (a proportion).</param>
/// <param name="CohenKappa">Cohen's kappa (the mean of the pairwise kappas with more than two coders).</param>
/// <param name="FleissKappa">Fleiss' kappa.</param>
/// <param name="CongerKappa">Conger's kappa.</param>
/// <param name="Ac1">Gwet's AC1.</param>
/// <param name="Note">Why units are missing, or a caveat; empty when none.</param>
public sealed record ReliabilityRow(
    string Subject,
    string Dimension,
    string Category,
    string Level,
    int PairableUnits,
    double? Alpha,
    double? AlphaLow,
    double? AlphaHigh,
    double? QBelow800,
    double? QBelow667,
    string Verdict,
    string VerdictLabel,
    string VerdictBasis,
    double? Percent,
    double? CohenKappa,
    double? FleissKappa,
    double? CongerKappa,
    double? Ac1,
    string Note);

/// <summary>Where agreement on one dimension breaks down.</summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Coincidences">Krippendorff's coincidence matrix.</param>
/// <param name="Confusions">The confusion matrix of every coder pair.</param>
/// <param name="Pairwise">Percent agreement and Cohen's kappa per coder pair.</param>
/// <param name="LeaveOneOut">Alpha with each coder left out.</param>
/// <param name="DisagreementCount">Units on which the coders disagree.</param>
/// <param name="Disagreements">The disagreeing units with their text.</param>
public sealed record ReliabilityDetails(
    string Dimension,
    ReportTable Coincidences,
    IReadOnlyList<ReportTable> Confusions,
    ReportTable Pairwise,
    ReportTable LeaveOneOut,
    int DisagreementCount,
    IReadOnlyList<DisagreementInfo> Disagreements);

/// <summary>One unit the coders disagree on.</summary>
/// <param name="Unit">The unit's id.</param>
/// <param name="Document">Its document's id.</param>
/// <param name="Values">What each coder recorded, e.g. <c>anna: mediator; ben: none</c>.</param>
/// <param name="Text">The unit's text.</param>
public sealed record DisagreementInfo(string Unit, string Document, string Values, string Text);
