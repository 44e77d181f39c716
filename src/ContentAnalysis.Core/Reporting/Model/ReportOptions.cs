using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Reporting;

/// <summary>How <see cref="ReportModelBuilder"/> builds a report model.</summary>
public sealed record ReportOptions
{
    /// <summary>The default number of quotations per category and period in the findings.</summary>
    public const int DefaultEvidencePerPeriod = 2;

    /// <summary>The clock the run date is read from (injectable so reports are reproducible in tests).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The program's name as the reports cite it.</summary>
    public string SoftwareName { get; init; } = "qcat (ContentAnalysis)";

    /// <summary>The program's version.</summary>
    public string SoftwareVersion { get; init; } = "0.0.0";

    /// <summary>The reliability sample's name; null for <c>reliability</c> when it exists, else every unit; <c>all</c> for every unit.</summary>
    public string? Sample { get; init; }

    /// <summary>Bootstrap resamples for alpha's interval and q(alpha &lt; .800).</summary>
    public int BootstrapResamples { get; init; } = AgreementOptions.DefaultBootstrapResamples;

    /// <summary>What the bootstrap resamples: pairs of values (default) or units.</summary>
    public BootstrapMethod BootstrapMethod { get; init; }

    /// <summary>The significance of the verdicts.</summary>
    public double Significance { get; init; } = ReliabilityVerdict.DefaultSignificance;

    /// <summary>At most this many quotations per category and period.</summary>
    public int EvidencePerPeriod { get; init; } = DefaultEvidencePerPeriod;
}
