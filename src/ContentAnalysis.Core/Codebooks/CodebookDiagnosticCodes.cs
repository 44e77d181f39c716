namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// The codes of every codebook diagnostic, in one place; <c>docs/codebook-format.md</c> lists
/// them with an example each. Codes are stable: a retired code is never reused.
/// </summary>
public static class CodebookDiagnosticCodes
{
    /// <summary>The file is not valid YAML (error).</summary>
    public const string YamlSyntax = "QCA1001";

    /// <summary>A key the format does not know, usually a typo (error).</summary>
    public const string UnknownKey = "QCA1002";

    /// <summary>Two categories of one dimension share an id, sub-categories included (error).</summary>
    public const string DuplicateCategoryId = "QCA1003";

    /// <summary>A required field is missing or empty (error).</summary>
    public const string MissingField = "QCA1004";

    /// <summary>A value has the wrong type or is not one of the allowed values (error).</summary>
    public const string InvalidValue = "QCA1005";

    /// <summary>Two dimensions share an id (error).</summary>
    public const string DuplicateDimensionId = "QCA1006";

    /// <summary>A boundary rule's <c>see:</c> names no category of the dimension (error).</summary>
    public const string UnknownSeeTarget = "QCA1007";

    /// <summary>An indicator pattern is not a valid .NET regular expression (error).</summary>
    public const string InvalidPattern = "QCA1008";

    /// <summary>Scale levels are not in strictly increasing order of value (error).</summary>
    public const string LevelsNotIncreasing = "QCA1009";

    /// <summary>Two scale levels have the same value (error).</summary>
    public const string DuplicateLevelValue = "QCA1010";

    /// <summary>A dimension has no categories (single, multi) or no levels (ordinal, interval) (error).</summary>
    public const string EmptyDimension = "QCA1011";

    /// <summary>Categories given for a scale dimension, or levels for a categorical one (error).</summary>
    public const string WrongDimensionContent = "QCA1012";

    /// <summary>A category uses the reserved id <c>none</c> (error).</summary>
    public const string ReservedId = "QCA1013";

    /// <summary>An id contains characters other than lower-case letters, digits, <c>_</c> and <c>-</c> (error).</summary>
    public const string InvalidId = "QCA1014";

    /// <summary>A mapping repeats a key (error).</summary>
    public const string DuplicateKey = "QCA1015";

    /// <summary>The file holds more than one YAML document (<c>---</c>) (error).</summary>
    public const string SeveralDocuments = "QCA1016";

    /// <summary>The file is not UTF-8 text (error).</summary>
    public const string NotUtf8 = "QCA1017";

    /// <summary><c>qcat.yaml</c> is not valid YAML or has an unknown key (error).</summary>
    public const string BadProjectSettings = "QCA1900";

    /// <summary>The codebook asked for (argument or <c>qcat.yaml</c>) does not exist or is a folder (error).</summary>
    public const string CodebookNotFound = "QCA1901";

    /// <summary><c>codebooks/</c> holds no codebook (error).</summary>
    public const string NoCodebook = "QCA1902";

    /// <summary><c>codebooks/</c> holds several codebooks and none is chosen (error).</summary>
    public const string SeveralCodebooks = "QCA1903";

    /// <summary>A codebook file given by path does not exist, is a folder or cannot be read (error).</summary>
    public const string CodebookFileUnreadable = "QCA9001";

    /// <summary>A category has no definition (warning).</summary>
    public const string MissingDefinition = "QCA1101";

    /// <summary>A category has no anchor example (warning).</summary>
    public const string MissingExample = "QCA1102";
}
