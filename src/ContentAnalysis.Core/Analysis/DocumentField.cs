namespace ContentAnalysis.Core.Analysis;

/// <summary>A field of a document's metadata that units can be grouped or cross-tabulated by.</summary>
public enum DocumentField
{
    /// <summary>The period (given, or derived from the date); the default grouping.</summary>
    Period,

    /// <summary>The document id.</summary>
    Document,

    /// <summary>The journal, outlet or publisher: the kind of text.</summary>
    Source,

    /// <summary>The author(s).</summary>
    Author,

    /// <summary>The publication date.</summary>
    Date,

    /// <summary>The title.</summary>
    Title,
}
