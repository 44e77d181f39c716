namespace ContentAnalysis.Core.Corpus;

/// <summary>A document's normalised text and its units.</summary>
internal sealed record ParsedDocument(string Text, IReadOnlyList<TextUnit> Units);
