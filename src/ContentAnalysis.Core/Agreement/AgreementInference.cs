using MathNet.Numerics.Distributions;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Turns a coefficient and its linearised per-unit terms into an <see cref="AgreementEstimate"/>
/// as Gwet (2014, ch. 5) and irrCAC do: v = Σ_i (κ*_i − κ)² / (n (n − 1)) over the n rated units,
/// a t interval with n − 1 degrees of freedom clipped to [−1, 1] (to [0, 1] for percent agreement, which
/// cannot be negative; irrCAC clips the same way), and the two-sided p-value of
/// t = κ / se, 2·(1 − F_t(|t|; n − 1)), as in the outputs irrCAC's documentation prints.
/// </summary>
internal static class AgreementInference
{
    /// <summary>Builds the estimate; without at least two units only the value is reported.</summary>
    /// <param name="name">The estimate's name.</param>
    /// <param name="value">The coefficient.</param>
    /// <param name="sumOfSquares">Σ_i (κ*_i − κ)².</param>
    /// <param name="unitCount">n, the rated units.</param>
    /// <param name="confidenceLevel">Confidence level of the interval.</param>
    /// <param name="note">A caveat to attach.</param>
    /// <param name="lowerBound">The smallest value the coefficient can take: −1, or 0 for a proportion.</param>
    public static AgreementEstimate Estimate(
        string name, double value, double sumOfSquares, int unitCount, double confidenceLevel, string? note = null, double lowerBound = -1)
    {
        if (unitCount < 2)
        {
            return new AgreementEstimate(name, value, Note: Join(note, "fewer than two rated units: no standard error"));
        }

        double n = unitCount;
        var standardError = Math.Sqrt(Math.Max(sumOfSquares, 0) / (n * (n - 1)));
        var quantile = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - confidenceLevel) / 2));
        var low = Math.Max(lowerBound, value - (quantile * standardError));
        var high = Math.Min(1, value + (quantile * standardError));
        double? p = standardError > 0
            ? 2 * (1 - StudentT.CDF(0, 1, n - 1, Math.Abs(value) / standardError))
            : value != 0 ? 0 : null;
        return new AgreementEstimate(name, value, standardError, low, high, p, Note: note);
    }

    /// <summary>Joins two optional notes with "; ".</summary>
    public static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;
}
