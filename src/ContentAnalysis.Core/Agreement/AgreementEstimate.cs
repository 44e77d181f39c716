namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// One agreement coefficient computed on one data set: its value and, where the coefficient's
/// literature defines them, its uncertainty. A coefficient that is undefined for the data has a
/// null <see cref="Value"/> and a <see cref="Note"/> saying why (never NaN).
/// </summary>
/// <param name="Name">Snake-case key, e.g. <c>krippendorff_alpha_nominal</c>, <c>cohen_kappa</c>, <c>gwet_ac1</c>.</param>
/// <param name="Value">The coefficient, or null when undefined.</param>
/// <param name="StandardError">Standard error, where computed.</param>
/// <param name="CiLow">Lower bound of the 95% confidence interval, where computed.</param>
/// <param name="CiHigh">Upper bound of the 95% confidence interval, where computed.</param>
/// <param name="PValue">p-value of the test that the coefficient is zero, where computed.</param>
/// <param name="QBelow800">Bootstrap probability that alpha is below .800 (alpha only).</param>
/// <param name="QBelow667">Bootstrap probability that alpha is below .667 (alpha only).</param>
/// <param name="Note">Why the value is undefined, or a caveat.</param>
public sealed record AgreementEstimate(
    string Name,
    double? Value,
    double? StandardError = null,
    double? CiLow = null,
    double? CiHigh = null,
    double? PValue = null,
    double? QBelow800 = null,
    double? QBelow667 = null,
    string? Note = null)
{
    /// <summary>Whether the coefficient has a value for the data.</summary>
    public bool IsDefined => Value.HasValue;

    /// <summary>An undefined coefficient with the reason.</summary>
    public static AgreementEstimate Undefined(string name, string reason) => new(name, null, Note: reason);
}
