using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Re-reading a document's source file (<c>qcat corpus refresh</c>).</summary>
public static partial class CorpusImporter
{
    /// <summary>The full path of the file <paramref name="documentId"/> was last imported from.</summary>
    /// <exception cref="InputException">The document is unknown, its source was never recorded, or the file is gone.</exception>
    public static string SourceOf(ProjectLayout layout, string documentId)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var display = layout.Relative(DocumentSources.PathOf(layout));
        if (!DocumentSources.Load(layout).TryGetValue(documentId, out var relative))
        {
            throw new InputException(CorpusDiagnostics.SourceNotRecorded(documentId, display));
        }

        var path = Path.GetFullPath(Path.Combine(layout.Root, relative));
        return File.Exists(path) ? path : throw new InputException(CorpusDiagnostics.SourceGone(documentId, relative, display));
    }

    /// <summary>Import options that cut <paramref name="document"/> again as it was cut: same id, same unit kind.</summary>
    public static CorpusImportOptions RefreshOptions(CorpusDocument document, bool force)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new CorpusImportOptions
        {
            Id = document.Id,
            Force = force,
            UnitKind = document.UnitKind == UnitKindName(UnitKind.Sentence) ? UnitKind.Sentence : UnitKind.Paragraph,
        };
    }
}
