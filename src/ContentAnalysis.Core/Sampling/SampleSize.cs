using System.Globalization;

namespace ContentAnalysis.Core.Sampling;

/// <summary>A requested sample size: a number of units or a percentage of the population.</summary>
/// <param name="Value">The number, or the percentage.</param>
/// <param name="IsPercent">Whether <paramref name="Value"/> is a percentage.</param>
public readonly record struct SampleSize(double Value, bool IsPercent)
{
    /// <summary>Parses <c>20%</c> or <c>50</c>; returns false for anything else.</summary>
    public static bool TryParse(string? text, out SampleSize size)
    {
        size = default;
        var trimmed = text?.Trim() ?? string.Empty;
        var percent = trimmed.EndsWith('%');
        var number = percent ? trimmed[..^1] : trimmed;
        if (percent && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && double.IsFinite(p))
        {
            size = new SampleSize(p, IsPercent: true);
            return true;
        }

        if (!percent && int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            size = new SampleSize(n, IsPercent: false);
            return true;
        }

        return false;
    }

    /// <summary>The number of units out of <paramref name="population"/> (percentages rounded half away from zero).</summary>
    public int UnitsOf(int population) => IsPercent
        ? (int)Math.Round(population * Value / 100.0, MidpointRounding.AwayFromZero)
        : (int)Value;

    /// <inheritdoc/>
    public override string ToString() => IsPercent
        ? Value.ToString(CultureInfo.InvariantCulture) + "%"
        : Value.ToString(CultureInfo.InvariantCulture);
}
