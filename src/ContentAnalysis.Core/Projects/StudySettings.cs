namespace ContentAnalysis.Core.Projects;

/// <summary>
/// Facts about a study that its data cannot know, from the <c>study:</c> section of <c>qcat.yaml</c>. Reports show
/// each missing fact as a "to be completed by the author" marker; none is ever filled in by the tool.
/// </summary>
/// <param name="Title">The study's title.</param>
/// <param name="Authors">The study's authors.</param>
/// <param name="Coders">Who the coders were (background, language skills, whether they knew the hypotheses).</param>
/// <param name="TrainingHours">How long the coders were trained.</param>
/// <param name="PilotRounds">How many pilot rounds were coded before the reliability sample, and what changed.</param>
/// <param name="Instrument">Where the codebook (the instrument) can be obtained: a URL, DOI or supplement.</param>
/// <param name="SampleSelection">How the reliability sample was selected, in the author's words.</param>
/// <param name="Independence">Whether coding was blind and independent, and how that was ensured.</param>
/// <param name="Disagreements">How disagreements were resolved (the procedure; the counts come from the data).</param>
public sealed record StudySettings(
    string? Title,
    IReadOnlyList<string> Authors,
    string? Coders,
    string? TrainingHours,
    string? PilotRounds,
    string? Instrument,
    string? SampleSelection,
    string? Independence,
    string? Disagreements)
{
    /// <summary>The keys of the <c>study:</c> section, in the order the appendix uses them.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["title", "authors", "coders", "training_hours", "pilot_rounds", "instrument", "sample_selection", "independence", "disagreements"];

    /// <summary>No study facts at all.</summary>
    public static StudySettings Empty { get; } = new(null, [], null, null, null, null, null, null, null);
}
