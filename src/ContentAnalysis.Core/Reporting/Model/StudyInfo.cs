namespace ContentAnalysis.Core.Reporting;

/// <summary>The study facts from <c>qcat.yaml</c>; a null member is shown as an author marker.</summary>
/// <param name="Title">The study's title.</param>
/// <param name="Authors">The authors joined with commas, or null.</param>
/// <param name="Coders">Who the coders were.</param>
/// <param name="TrainingHours">Coder training.</param>
/// <param name="PilotRounds">Pilot testing.</param>
/// <param name="Instrument">Where the codebook can be obtained.</param>
/// <param name="SampleSelection">How the reliability sample was selected.</param>
/// <param name="Independence">Whether coding was blind and independent.</param>
/// <param name="Disagreements">How disagreements were resolved.</param>
public sealed record StudyInfo(
    string? Title,
    string? Authors,
    string? Coders,
    string? TrainingHours,
    string? PilotRounds,
    string? Instrument,
    string? SampleSelection,
    string? Independence,
    string? Disagreements);

/// <summary>The program that computed the report's numbers.</summary>
/// <param name="Name">The program's name.</param>
/// <param name="Version">Its version.</param>
/// <param name="Bootstrap">Bootstrap resamples of alpha's interval (0 = none).</param>
/// <param name="Seed">The bootstrap seed.</param>
/// <param name="Significance">The significance q(alpha &lt; .800) has to stay below for "reliable".</param>
public sealed record SoftwareInfo(string Name, string Version, int Bootstrap, long Seed, double Significance)
{
    /// <summary>What the bootstrap resampled: <c>pairs</c> (Hayes &amp; Krippendorff 2007) or <c>units</c> (Zapf et al. 2016).</summary>
    public string BootstrapMethod { get; init; } = "pairs";
}
