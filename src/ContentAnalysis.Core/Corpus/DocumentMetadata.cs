namespace ContentAnalysis.Core.Corpus;

/// <summary>Descriptive fields of one document; empty strings where unknown.</summary>
/// <param name="Id">Stable document id (used in unit ids).</param>
/// <param name="Title">Title.</param>
/// <param name="Author">Author(s).</param>
/// <param name="Source">Journal, outlet or publisher.</param>
/// <param name="Date">Publication date as <c>yyyy-MM-dd</c>, or empty.</param>
/// <param name="Period">Period name (given, or derived from the date by a <see cref="PeriodScheme"/>).</param>
public sealed record DocumentMetadata(string Id, string Title, string Author, string Source, string Date, string Period);
