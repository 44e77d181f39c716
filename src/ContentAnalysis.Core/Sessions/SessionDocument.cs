namespace ContentAnalysis.Core.Sessions;

/// <summary>What a coder sees of a document above each unit.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Title">Title.</param>
/// <param name="Author">Author(s).</param>
/// <param name="Date">Publication date (<c>yyyy-MM-dd</c>) or empty.</param>
/// <param name="Period">Period name or empty.</param>
public sealed record SessionDocument(string Id, string Title, string Author, string Date, string Period);
