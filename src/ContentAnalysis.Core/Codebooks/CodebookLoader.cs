namespace ContentAnalysis.Core.Codebooks;

/// <summary>Loads and validates codebook YAML files.</summary>
public static class CodebookLoader
{
    /// <summary>The reserved value a coder records when no category of a dimension applies.</summary>
    public const string NoneValue = "none";

    /// <summary>Loads and validates the codebook in <paramref name="path"/>.</summary>
    public static CodebookLoadResult LoadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and validates codebook YAML; <paramref name="path"/> is used in messages.</summary>
    public static CodebookLoadResult Parse(string yaml, string path) =>
        throw new NotImplementedException("The codebook loader is being written (issue 2).");
}
