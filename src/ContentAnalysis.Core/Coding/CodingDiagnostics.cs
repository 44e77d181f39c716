namespace ContentAnalysis.Core.Coding;

/// <summary>Diagnostic codes of codings and the integrity check (QCA3xxx), kept in one place.</summary>
public static class CodingDiagnostics
{
    /// <summary>A journal line is malformed.</summary>
    public const string MalformedJournal = "QCA3001";

    /// <summary>The journal's last line is cut off.</summary>
    public const string TruncatedJournal = "QCA3002";

    /// <summary>A coder name is not allowed.</summary>
    public const string BadCoderName = "QCA3003";

    /// <summary>A coding names a unit the corpus does not have.</summary>
    public const string UnknownUnit = "QCA3004";

    /// <summary>A coding names a dimension the codebook does not have.</summary>
    public const string UnknownDimension = "QCA3005";

    /// <summary>A coding uses a category or level the dimension does not have.</summary>
    public const string UnknownValue = "QCA3006";

    /// <summary>Several values on a single-valued dimension, or <c>none</c> mixed with categories.</summary>
    public const string TooManyValues = "QCA3007";

    /// <summary>A coding was made under another codebook version.</summary>
    public const string OtherCodebook = "QCA3008";

    /// <summary>A unit's text changed after it was coded.</summary>
    public const string StaleCoding = "QCA3009";

    /// <summary>An import file is malformed (header, quotes, columns).</summary>
    public const string BadImportFile = "QCA3010";

    /// <summary>A document has no units.</summary>
    public const string DocumentWithoutUnits = "QCA3011";

    /// <summary>An unknown coder or dimension was requested on the command line.</summary>
    public const string BadRequest = "QCA3012";

    /// <summary>A document's normalised text is missing or too short for its units' spans.</summary>
    public const string BadDocumentText = "QCA3013";

    /// <summary>A journal stayed locked by another process (another session or import of the same coder) while appending.</summary>
    public const string JournalBusy = "QCA3014";

    /// <summary>A document text file in <c>data/documents/</c> that no document of <c>documents.csv</c> names.</summary>
    public const string UnlistedDocumentText = "QCA3015";

    /// <summary>
    /// The coder already has a coding session open in another process. The code keeps its number in the
    /// sessions range (QCA6xxx) that users know; it lives here because <see cref="CodingStore"/> claims the session.
    /// </summary>
    public const string SessionOpen = "QCA6011";
}
