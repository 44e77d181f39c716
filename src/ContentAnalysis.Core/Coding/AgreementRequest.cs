using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Coding;

/// <summary>What <see cref="ProjectAgreement"/> computes: which coders, dimensions and units, and how.</summary>
/// <param name="Codebook">The codebook whose dimensions are measured.</param>
/// <param name="Coders">Each selected coder's folded codings (two or more for a defined alpha).</param>
public sealed record AgreementRequest(Codebook Codebook, IReadOnlyList<CoderCodings> Coders)
{
    /// <summary>Only these dimensions, in this order; null for every dimension of the codebook.</summary>
    public IReadOnlyList<Dimension>? Dimensions { get; init; }

    /// <summary>Only these units (a reliability sample), or null for every coded unit.</summary>
    public IReadOnlySet<string>? Units { get; init; }

    /// <summary>Units excluded from the analysis (<see cref="Corpus.CorpusStore.Exclusions"/>), left out of every result; null for none.</summary>
    public IReadOnlySet<string>? ExcludedUnits { get; init; }

    /// <summary>Bootstrap, seed, significance and coefficient selection (default: <see cref="AgreementOptions.DefaultBootstrapResamples"/> resamples).</summary>
    public AgreementOptions Options { get; init; } = new() { BootstrapResamples = AgreementOptions.DefaultBootstrapResamples };

    /// <summary>Overrides the level each dimension's kind implies.</summary>
    public LevelOfMeasurement? Level { get; init; }

    /// <summary>Also one present/absent result per category of the categorical dimensions.</summary>
    public bool ByCategory { get; init; }

    /// <summary>Also the diagnostics (matrices, coder pairs, prevalence, disagreements) of each dimension.</summary>
    public bool Details { get; init; }
}
