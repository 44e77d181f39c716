using ContentAnalysis.Core.Diagnostics;
using MathNet.Numerics.Distributions;

namespace ContentAnalysis.Core.Sampling;

/// <summary>
/// The smallest reliability sample that can show alpha ≥ α_min at a significance level, after Krippendorff
/// (2004, <i>Content Analysis</i>, 2nd ed., §11.4.3, the table of required sample sizes by the probability of the
/// least frequent category), who takes Bloch &amp; Kraemer's (1989, eq. 3.7) formula for two coders:
/// N = ⌈2z²·((1 + α_min)(3 − α_min) / (4(1 − α_min)·p_c(1 − p_c)) − α_min)⌉, z the one-tailed normal quantile of
/// the significance and p_c the share of the smallest category (1/K when the K categories are equally likely).
/// </summary>
/// <param name="AlphaMin">The smallest alpha the data may have to be relied on.</param>
/// <param name="Significance">The chance, at most, of accepting data whose alpha is below <paramref name="AlphaMin"/>.</param>
/// <param name="Categories">K, the number of categories.</param>
/// <param name="SmallestShare">p_c, the expected share of the least frequent category.</param>
/// <param name="Units">N, the minimum number of units each of two coders codes.</param>
public sealed record ReliabilitySamplePlan(double AlphaMin, double Significance, int Categories, double SmallestShare, int Units)
{
    /// <summary>The default smallest acceptable alpha (Krippendorff 2004: .800, tentative conclusions from .667).</summary>
    public const double DefaultAlphaMin = 0.800;

    /// <summary>The default significance level.</summary>
    public const double DefaultSignificance = 0.05;

    /// <summary>Where the number comes from, for every output that shows it.</summary>
    public const string Basis = "Krippendorff (2004, §11.4.3; Bloch & Kraemer 1989, eq. 3.7): N = 2z²((1+α)(3−α)/(4(1−α)p(1−p)) − α), two coders, p the smallest category's share";

    /// <summary>The plan for the given requirements.</summary>
    /// <param name="alphaMin">α_min, in (0, 1).</param>
    /// <param name="significance">The significance level, in (0, 0.5).</param>
    /// <param name="categories">K ≥ 2.</param>
    /// <param name="smallestShare">p_c in (0, 1/K]; null for 1/K.</param>
    /// <exception cref="InputException">A requirement is out of range (QCA6040).</exception>
    public static ReliabilitySamplePlan Compute(double alphaMin, double significance, int categories, double? smallestShare = null)
    {
        if (alphaMin is not (> 0 and < 1))
        {
            throw new InputException(SamplingDiagnostics.PlanOutOfRange("--alpha-min", alphaMin, "a smallest acceptable alpha strictly between 0 and 1, e.g. .800"));
        }

        if (significance is not (> 0 and < 0.5))
        {
            throw new InputException(SamplingDiagnostics.PlanOutOfRange("--significance", significance, "a significance level strictly between 0 and .5, e.g. .05"));
        }

        if (categories < 2)
        {
            throw new InputException(SamplingDiagnostics.PlanOutOfRange("--categories", categories, "at least 2 categories"));
        }

        var share = smallestShare ?? (1.0 / categories);
        if (share is not (> 0) || share > (1.0 / categories) + 1e-12)
        {
            throw new InputException(SamplingDiagnostics.PlanOutOfRange("--smallest-share", share, $"a share above 0 and at most 1/{categories} (the smallest of {categories} shares cannot exceed their mean)"));
        }

        var z = Normal.InvCDF(0, 1, 1 - significance);
        var n = 2 * z * z * ((((1 + alphaMin) * (3 - alphaMin)) / (4 * (1 - alphaMin) * share * (1 - share))) - alphaMin);
        return new ReliabilitySamplePlan(alphaMin, significance, categories, share, (int)Math.Ceiling(n - 1e-9));
    }
}
