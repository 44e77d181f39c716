using System.Text.Json.Serialization;

namespace ContentAnalysis.Core.Reporting;

// The JSON shape of `qcat agree` (README, "JSON"): one family of DTOs kept in one file so the shape reads in one place.

/// <summary>The top level: settings and one entry per subject, whatever the number of subjects.</summary>
internal sealed record AgreementJson(int BootstrapResamples, string? BootstrapMethod, long Seed, double Significance, IReadOnlyList<AgreementResultJson> Results);

/// <summary>One subject (dimension, <c>dimension/category</c>, or spreadsheet).</summary>
internal sealed record AgreementResultJson(
    string Subject,
    int Units,
    int PairableUnits,
    int Coders,
    IReadOnlyList<string> CoderNames,
    string Level,
    VerdictJson Verdict,
    string? Note,
    Dictionary<string, CoefficientJson> Coefficients,
    DetailsJson? Details);

/// <summary>The verdict on the headline alpha.</summary>
internal sealed record VerdictJson(string Value, string Label, string Basis, bool RestsOnPointEstimate);

/// <summary>One coefficient; <c>value</c> is null when undefined, the other numbers are left out when not computed.</summary>
internal sealed record CoefficientJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value,
    [property: JsonPropertyName("se")] double? StandardError,
    double? CiLow,
    double? CiHigh,
    double? PValue,
    [property: JsonPropertyName("q_below_800")] double? QBelow800,
    [property: JsonPropertyName("q_below_667")] double? QBelow667,
    string? Note);

/// <summary>The diagnostics of one subject.</summary>
internal sealed record DetailsJson(
    CoincidencesJson Coincidences,
    IReadOnlyList<ConfusionJson> ConfusionMatrices,
    IReadOnlyList<PairJson> Pairwise,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Dictionary<string, double?> LeaveOneCoderOut,
    IReadOnlyList<PrevalenceJson> Prevalence,
    IReadOnlyList<DisagreementJson> Disagreements);

/// <summary>Krippendorff's coincidence matrix.</summary>
internal sealed record CoincidencesJson(IReadOnlyList<string> Values, double[][] Matrix, double N);

/// <summary>The confusion matrix of one coder pair.</summary>
internal sealed record ConfusionJson(string CoderA, string CoderB, int SharedUnits, IReadOnlyList<string> Values, int[][] Matrix);

/// <summary>Agreement of one coder pair.</summary>
internal sealed record PairJson(
    string CoderA,
    string CoderB,
    int SharedUnits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? PercentAgreement,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? CohenKappa);

/// <summary>How often one value was used.</summary>
internal sealed record PrevalenceJson(string Value, int Count, double Share);

/// <summary>One unit whose coders disagree (null: the coder gave no value).</summary>
internal sealed record DisagreementJson(string Unit, IReadOnlyList<string?> Values);
