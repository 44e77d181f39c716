using System.Globalization;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Number formats of the field (APA 7th ed., section 6.36): coefficients without a leading zero, intervals,
/// p-values, counts with thousands separators. The template filters and the document writers share them.
/// </summary>
public static class ReportFormat
{
    /// <summary>What a missing value prints as.</summary>
    public const string Missing = "—";

    /// <summary>A coefficient bounded by one, three decimals, no leading zero: 0.7434 → <c>.743</c>, -0.143 → <c>-.143</c>, 1 → <c>1.000</c>.</summary>
    public static string Apa(double? value, int decimals = 3)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            return Missing;
        }

        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (text.StartsWith("0.", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        // -0.0004 rounds to zero: no sign on zero.
        return rounded < 0 ? "-" + text : text;
    }

    /// <summary>An interval in APA style: <c>[.604, .883]</c>.</summary>
    public static string Interval(double? low, double? high, int decimals = 3) =>
        low is null || high is null ? Missing : $"[{Apa(low, decimals)}, {Apa(high, decimals)}]";

    /// <summary>A p-value with its relation: <c>&lt; .001</c> below .001, otherwise <c>= .043</c>.</summary>
    public static string PValue(double? p)
    {
        if (p is not { } v || double.IsNaN(v))
        {
            return Missing;
        }

        return v < 0.001 ? "< .001" : "= " + Apa(v);
    }

    /// <summary>A count with thousands separators: 12345 → <c>12,345</c>.</summary>
    public static string Thousands(double? value)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return Missing;
        }

        return v == Math.Floor(v)
            ? v.ToString("#,0", CultureInfo.InvariantCulture)
            : v.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A count with its noun: <c>1 unit</c>, <c>2 units</c>, <c>0 units</c>, <c>12,345 units</c>.</summary>
    public static string Plural(double count, string singular, string plural) =>
        $"{Thousands(count)} {(count == 1 ? singular : plural)}";

    /// <summary>A proportion as a percentage with one decimal: 0.8182 → <c>81.8%</c>.</summary>
    public static string Percent(double? proportion)
    {
        if (proportion is not { } v || double.IsNaN(v))
        {
            return Missing;
        }

        return Math.Round(v * 100, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>The visible marker for a fact the author must supply, e.g. coder training hours.</summary>
    public static string AuthorMarker(string what) => $"[[author: {what}]]";
}
