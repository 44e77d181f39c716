namespace ContentAnalysis.Core.Sampling;

/// <summary>A fixed list of units every coder codes, with the parameters it was drawn with.</summary>
/// <param name="Name">The sample's name (its file is <c>data/samples/{Name}.csv</c>).</param>
/// <param name="Size">The size requested.</param>
/// <param name="Seed">The random seed.</param>
/// <param name="Stratify">How the population was stratified.</param>
/// <param name="Population">How many units the population had when the sample was drawn.</param>
/// <param name="Units">The units, in corpus order.</param>
public sealed record ReliabilitySample(string Name, SampleSize Size, int Seed, SampleStratifier Stratify, int Population, IReadOnlyList<SampleUnit> Units);
