using System.Globalization;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Reporting;

/// <summary>How reports print numbers for people: three decimals, intervals, p-values.</summary>
public static class ReportNumbers
{
    /// <summary>A value to three decimals, or an em dash when absent.</summary>
    public static string Fixed(double? value) => value.HasValue ? value.Value.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    /// <summary>The 95% interval as <c>[low, high]</c>, or empty.</summary>
    public static string Interval(AgreementEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.CiLow.HasValue && estimate.CiHigh.HasValue ? $"[{Fixed(estimate.CiLow)}, {Fixed(estimate.CiHigh)}]" : string.Empty;
    }

    /// <summary>A p-value as journals print it (<c>&lt; .001</c> for tiny ones).</summary>
    public static string PValue(double? p) =>
        p is null ? string.Empty : p < 0.001 ? "< .001" : p.Value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A count, a share or a matrix cell: up to three decimals, no trailing zeros.</summary>
    public static string Short(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A value for machines: round-trip precision, empty when absent.</summary>
    public static string Exact(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>An integer in the invariant culture.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
