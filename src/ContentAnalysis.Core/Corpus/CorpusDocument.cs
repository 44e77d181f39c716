namespace ContentAnalysis.Core.Corpus;

/// <summary>A document of the corpus as recorded in <c>data/documents.csv</c>.</summary>
/// <param name="Metadata">Id, title, author, source, date and period.</param>
/// <param name="UnitKind">How the document was cut into units: <c>paragraph</c> or <c>sentence</c>.</param>
/// <param name="FileHash">SHA-256 (hex) of the imported file's bytes.</param>
/// <param name="ImportedAt">When the current version was imported (ISO-8601 UTC).</param>
public sealed record CorpusDocument(DocumentMetadata Metadata, string UnitKind, string FileHash, string ImportedAt)
{
    /// <summary>The document id.</summary>
    public string Id => Metadata.Id;
}
