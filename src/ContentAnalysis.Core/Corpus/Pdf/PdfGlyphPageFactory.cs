using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A PdfPig page factory that reads only the text layer: each page's glyphs as <see cref="PdfGlyph"/> values (by
/// <see cref="PdfGlyphReader"/>), without PdfPig's <c>Letter</c> objects, paths, images, marked content or annotations.
/// Registered per document with <c>AddPageFactory&lt;PdfGlyphPage, PdfGlyphPageFactory&gt;()</c>, which calls this
/// constructor; one document (so one factory) is read by one thread at a time. The reader asks the document's fonts
/// through a <see cref="PdfFontMemoStore"/>, so each font answers once per character code in the document.
/// </summary>
internal sealed class PdfGlyphPageFactory : BasePageFactory<PdfGlyphPage>
{
    private readonly PdfGlyphPage _page = new();
    private readonly PdfFontMemoStore _resources;

    /// <summary>The factory over one document's parts, as PdfPig passes them.</summary>
    public PdfGlyphPageFactory(
        IPdfTokenScanner pdfScanner,
        IResourceStore resourceStore,
        ILookupFilterProvider filterProvider,
        IPageContentParser pageContentParser,
        ParsingOptions parsingOptions)
        : base(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
    {
        _resources = new PdfFontMemoStore(resourceStore);
    }

    /// <inheritdoc/>
    protected override PdfGlyphPage ProcessPage(
        int pageNumber,
        DictionaryToken dictionary,
        NamedDestinations namedDestinations,
        MediaBox mediaBox,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(cropBox);
        _page.Number = pageNumber;
        _page.Height = cropBox.GetVisibleBounds(rotation).Height;
        _page.Glyphs.Clear();
        if (operations is { Count: > 0 })
        {
            var reader = new PdfGlyphReader(_page.Glyphs, pageNumber, _resources, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
            reader.Process(pageNumber, operations);
        }

        return _page;
    }
}
