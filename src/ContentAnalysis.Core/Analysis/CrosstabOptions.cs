
namespace ContentAnalysis.Core.Analysis;

/// <summary>Settings of the Monte-Carlo p-value of a crosstab.</summary>
/// <param name="Replicates">Random tables drawn (R's <c>B</c>).</param>
/// <param name="Seed">Seed of the random tables.</param>
/// <param name="SmallExpected">A Monte-Carlo p is added when some expected count is below this (the rule of thumb 5).</param>
public sealed record CrosstabOptions(int Replicates = CrosstabOptions.DefaultReplicates, int Seed = CrosstabOptions.DefaultSeed, double SmallExpected = 5)
{
    /// <summary>R's default number of random tables (<c>B = 2000</c>).</summary>
    public const int DefaultReplicates = 2000;

    /// <summary>The seed used unless one is given (the project's default seed, as for the bootstrap).</summary>
    public const int DefaultSeed = 2007;

    /// <summary>The defaults: 2,000 tables, seed 2007, below 5.</summary>
    public static CrosstabOptions Default { get; } = new();
}
