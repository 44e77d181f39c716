namespace ContentAnalysis.Core.Codebooks;

/// <summary>Surface signals of a category for dictionary pre-coding.</summary>
/// <param name="Keywords">Words or phrases, matched case-insensitively on word boundaries.</param>
/// <param name="Patterns">.NET regular expressions.</param>
public sealed record Indicators(IReadOnlyList<string> Keywords, IReadOnlyList<string> Patterns)
{
    /// <summary>No indicators.</summary>
    public static Indicators None { get; } = new([], []);

    /// <summary>Whether the keywords match case-sensitively (YAML <c>case_sensitive: true</c>); patterns always match as written.</summary>
    public bool CaseSensitive { get; init; }
}
