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
        if (!DocumentSources.Load(layout).TryGetValue(documentId, out var source))
        {
            throw new InputException(CorpusDiagnostics.SourceNotRecorded(documentId, display));
        }

        var relative = source.File;

        var path = Path.GetFullPath(Path.Combine(layout.Root, relative));
        return File.Exists(path) ? path : throw new InputException(CorpusDiagnostics.SourceGone(documentId, relative, display));
    }

    private static CorpusImportOptions SameCut(CorpusDocument document, bool force)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new CorpusImportOptions
        {
            Id = document.Id,
            Force = force,
            UnitKind = document.UnitKind == UnitKindName(UnitKind.Sentence) ? UnitKind.Sentence : UnitKind.Paragraph,
        };
    }

    /// <summary>
    /// Import options that cut <paramref name="document"/> again as it was cut: same id, same unit kind, and the
    /// options recorded in <c>data/sources.csv</c> when it was imported (<c>--repair</c>, <c>--strip-boilerplate</c>).
    /// A document imported before options were recorded is read with none.
    /// </summary>
    /// <exception cref="InputException">The recorded options are not understood.</exception>
    public static CorpusImportOptions RefreshOptions(ProjectLayout layout, CorpusDocument document, bool force)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var options = SameCut(document, force);
        return DocumentSources.Load(layout).TryGetValue(document.Id, out var source) && source.Options is { } flags
            ? DocumentSources.Apply(options, flags, layout.Relative(DocumentSources.PathOf(layout)), document.Id)
            : options;
    }
}
