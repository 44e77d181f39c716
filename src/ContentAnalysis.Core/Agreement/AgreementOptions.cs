namespace ContentAnalysis.Core.Agreement;

/// <summary>What <see cref="AgreementAnalyzer"/> computes.</summary>
public sealed record AgreementOptions
{
    /// <summary>The bootstrap resamples of <c>agree</c> in a project, <c>demo</c> and the reports, unless the user chooses otherwise.</summary>
    public const int DefaultBootstrapResamples = 1000;

    /// <summary>Bootstrap resamples for alpha's interval and q-values (Hayes &amp; Krippendorff 2007); 0 skips the bootstrap.</summary>
    public int BootstrapResamples { get; init; }

    /// <summary>What the bootstrap resamples: pairs of values (the default, Hayes &amp; Krippendorff 2007) or units (Zapf et al. 2016).</summary>
    public BootstrapMethod BootstrapMethod { get; init; }

    /// <summary>Seed of the bootstrap; the same seed gives the same interval.</summary>
    public long Seed { get; init; } = KrippendorffBootstrapOptions.DefaultSeed;

    /// <summary>The number of categories the coders could choose from (codebook), for Brennan–Prediger, PABAK and AC1; null = those observed.</summary>
    public int? CategoryCount { get; init; }

    /// <summary>Whether the values have a meaningful order (numbers, a scale, or an explicit order), which allows ordinal alpha.</summary>
    public bool ValuesOrdered { get; init; }

    /// <summary>Only these coefficients (snake-case names), or null for all.</summary>
    public IReadOnlyCollection<string>? Coefficients { get; init; }

    /// <summary>The significance q(α &lt; .800) must stay below for a "reliable" verdict (<see cref="ReliabilityVerdict"/>).</summary>
    public double Significance { get; init; } = ReliabilityVerdict.DefaultSignificance;
}
