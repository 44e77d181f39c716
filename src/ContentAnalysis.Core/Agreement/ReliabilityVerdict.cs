using System.Globalization;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The one reliability verdict of qcat, after Krippendorff (2004, sec. 11.4): rely on a variable
/// with α ≥ .800, draw tentative conclusions with .667 ≤ α &lt; .800. With a bootstrap the verdict also weighs the
/// uncertainty: "reliable" needs q(α &lt; .800) below the significance, otherwise a point estimate ≥ .800 reads
/// "above .800, not established". Without a bootstrap the verdict rests on the point estimate only
/// (<see cref="RestsOnPointEstimate"/>). Fewer than ten pairable units is its own verdict.
/// </summary>
/// <param name="Kind">The verdict.</param>
/// <param name="Alpha">The alpha it judges, or null.</param>
/// <param name="QBelow800">The bootstrap's q(α &lt; .800), or null without a bootstrap.</param>
/// <param name="Significance">The significance q(α &lt; .800) had to stay below.</param>
public sealed record ReliabilityVerdict(ReliabilityVerdictKind Kind, double? Alpha, double? QBelow800, double Significance)
{
    /// <summary>The smallest alpha to rely on a variable (Krippendorff 2004, sec. 11.4).</summary>
    public const double ReliableAlpha = 0.800;

    /// <summary>The smallest alpha for tentative conclusions (Krippendorff 2004, sec. 11.4).</summary>
    public const double TentativeAlpha = 0.667;

    /// <summary>Below this many pairable units no verdict is given (the bootstrap and alpha itself are too unstable).</summary>
    public const int MinimumPairableUnits = 10;

    /// <summary>The default significance of the bootstrap test q(α &lt; .800) &lt; significance.</summary>
    public const double DefaultSignificance = 0.05;

    /// <summary>Whether no bootstrap was run, so the verdict reads the point estimate only.</summary>
    public bool RestsOnPointEstimate => QBelow800 is null;

    /// <summary>A stable snake-case key for scripts: <c>reliable</c>, <c>not_established</c>, <c>tentative</c>, <c>unreliable</c>, <c>too_few_units</c>, <c>undefined</c>.</summary>
    public string Key => Kind switch
    {
        ReliabilityVerdictKind.Reliable => "reliable",
        ReliabilityVerdictKind.NotEstablished => "not_established",
        ReliabilityVerdictKind.Tentative => "tentative",
        ReliabilityVerdictKind.Unreliable => "unreliable",
        ReliabilityVerdictKind.TooFewUnits => "too_few_units",
        _ => "undefined",
    };

    /// <summary>The verdict in words, e.g. <c>above .800, not established</c>.</summary>
    public string Label => Kind switch
    {
        ReliabilityVerdictKind.NotEstablished => "above .800, not established",
        ReliabilityVerdictKind.TooFewUnits => "too few units",
        _ => Key,
    };

    /// <summary>What the verdict rests on, e.g. <c>q(α&lt;.800) = 0.012 &lt; .05</c> or <c>point estimate only (no bootstrap)</c>.</summary>
    public string Basis => Kind switch
    {
        ReliabilityVerdictKind.Undefined => "alpha is undefined",
        ReliabilityVerdictKind.TooFewUnits => string.Create(CultureInfo.InvariantCulture, $"fewer than {MinimumPairableUnits} pairable units"),
        _ when QBelow800 is { } q => string.Create(CultureInfo.InvariantCulture, $"q(α<.800) = {q:0.000} {(q < Significance ? "<" : "≥")} {Significance:0.###}"),
        _ => "point estimate only, no bootstrap",
    };

    /// <summary>Judges <paramref name="alpha"/> measured on <paramref name="pairableUnits"/> units.</summary>
    /// <param name="alpha">The headline alpha (with q-values when bootstrapped), or null when it was not computed.</param>
    /// <param name="pairableUnits">Units with at least two values.</param>
    /// <param name="significance">The significance for q(α &lt; .800).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significance"/> is not strictly between 0 and 1.</exception>
    public static ReliabilityVerdict Of(AgreementEstimate? alpha, int pairableUnits, double significance = DefaultSignificance)
    {
        if (!(significance is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(significance), significance, "the significance lies strictly between 0 and 1");
        }

        var value = alpha?.Value;
        var q = alpha?.QBelow800;
        var kind = value switch
        {
            null => ReliabilityVerdictKind.Undefined,
            _ when pairableUnits < MinimumPairableUnits => ReliabilityVerdictKind.TooFewUnits,
            >= ReliableAlpha when q is null || q < significance => ReliabilityVerdictKind.Reliable,
            >= ReliableAlpha => ReliabilityVerdictKind.NotEstablished,
            >= TentativeAlpha => ReliabilityVerdictKind.Tentative,
            _ => ReliabilityVerdictKind.Unreliable,
        };
        return new ReliabilityVerdict(kind, value, q, significance);
    }
}
