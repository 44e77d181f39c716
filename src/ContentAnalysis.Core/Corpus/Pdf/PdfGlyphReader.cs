using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Runs a page's content stream for its glyphs only. PdfPig's own processor places each glyph the same way (this class
/// computes the same boxes with the same PdfPig calls) and then builds a <c>Letter</c> (with a loose box, colours and
/// font) for it, records paths, images and marked content; here each glyph becomes a <see cref="PdfGlyph"/> at once and
/// the rest is skipped. Text in form XObjects is read (PdfPig's base processor walks them). Clipping is not applied, as
/// in PdfPig with its default <see cref="ParsingOptions.ClipPaths"/> off, and /ActualText is not used (also PdfPig's default).
/// </summary>
internal sealed class PdfGlyphReader : BaseStreamProcessor<int>
{
    /// <summary>PdfPig's tolerance when it tells a glyph's orientation from its baseline (<c>Letter.TextOrientation</c>).</summary>
    private const double Flat = 10e-5;

    private readonly List<PdfGlyph> _glyphs;

    /// <summary>The last glyph as PdfPig's letter would hold it, for a combining accent that follows it.</summary>
    private Drawn _last;

    /// <summary>A reader that adds the glyphs of a page to <paramref name="glyphs"/>.</summary>
    public PdfGlyphReader(
        List<PdfGlyph> glyphs,
        int pageNumber,
        IResourceStore resourceStore,
        IPdfTokenScanner pdfScanner,
        IPageContentParser pageContentParser,
        ILookupFilterProvider filterProvider,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        in TransformationMatrix initialMatrix,
        ParsingOptions parsingOptions)
        : base(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
    {
        _glyphs = glyphs;
    }

    /// <summary>Runs <paramref name="operations"/> and returns the number of glyphs the page now has.</summary>
    public override int Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return _glyphs.Count;
    }

    /// <inheritdoc/>
    public override void RenderGlyph(
        IFont font,
        CurrentGraphicsState currentState,
        double fontSize,
        double pointSize,
        int code,
        string unicode,
        long currentOffset,
        in TransformationMatrix renderingMatrix,
        in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox)
    {
        // A combining accent drawn right after its letter in the same text operation joins that letter, as in PdfPig.
        if (Diacritics.IsInCombiningDiacriticRange(unicode) && currentOffset > 0 && _glyphs.Count > 0 && _last.Sequence == TextSequence
            && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, _last.Value, out var combined))
        {
            _last = _last with { Value = combined };
            _glyphs[^1] = _last.Glyph;
            return;
        }

        var ink = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.GlyphBounds);
        var advance = PerformantRectangleTransformer.Transform(
            renderingMatrix,
            textMatrix,
            transformationMatrix,
            new PdfRectangle(0, 0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));

        // PdfPig takes the ink box where it has a width or a height (a space's may have no height), else the advance.
        var box = ink.Width > double.Epsilon || ink.Height > double.Epsilon ? ink : advance;
        var start = advance.BottomLeft;
        var end = advance.BottomRight;
        _last = new Drawn(unicode, TextSequence, IsHorizontal(start, end, box), start.X, end.X, start.Y, advance.Width, box.Width, box.TopLeft.Y, pointSize);
        _glyphs.Add(_last.Glyph);
    }

    /// <inheritdoc/>
    public override void BeginSubpath()
    {
    }

    /// <inheritdoc/>
    public override PdfPoint? CloseSubpath() => null;

    /// <inheritdoc/>
    public override void StrokePath(bool close)
    {
    }

    /// <inheritdoc/>
    public override void FillPath(FillingRule fillingRule, bool close)
    {
    }

    /// <inheritdoc/>
    public override void FillStrokePath(FillingRule fillingRule, bool close)
    {
    }

    /// <inheritdoc/>
    public override void MoveTo(double x, double y)
    {
    }

    /// <inheritdoc/>
    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
    }

    /// <inheritdoc/>
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
    }

    /// <inheritdoc/>
    public override void LineTo(double x, double y)
    {
    }

    /// <inheritdoc/>
    public override void Rectangle(double x, double y, double width, double height)
    {
    }

    /// <inheritdoc/>
    public override void EndPath()
    {
    }

    /// <inheritdoc/>
    public override void ClosePath()
    {
    }

    /// <inheritdoc/>
    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
    }

    /// <inheritdoc/>
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
    }

    /// <inheritdoc/>
    public override void EndMarkedContent()
    {
    }

    /// <inheritdoc/>
    public override void PaintShading(NameToken shadingName)
    {
    }

    /// <inheritdoc/>
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
    }

    /// <inheritdoc/>
    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord)
    {
    }

    /// <inheritdoc/>
    protected override void RenderInlineImage(InlineImage inlineImage)
    {
    }

    /// <summary>
    /// Whether PdfPig's letter would be <see cref="TextOrientation.Horizontal"/>: its baseline runs left to right, or, for
    /// a glyph without advance, its box is not turned. Where PdfPig's letter throws (such a box turned by -270°), the
    /// glyph here is a word break.
    /// </summary>
    private static bool IsHorizontal(PdfPoint start, PdfPoint end, in PdfRectangle box)
    {
        if (Math.Abs(start.Y - end.Y) >= Flat)
        {
            return false;
        }

        if (Math.Abs(start.X - end.X) >= Flat)
        {
            return start.X < end.X;
        }

        var rotation = box.Rotation;
        return Math.Abs(rotation % 90) < Flat && (int)Math.Round(rotation, MidpointRounding.AwayFromZero) == 0;
    }

    /// <summary>A glyph as PdfPig's letter holds it, before it becomes a <see cref="PdfGlyph"/>.</summary>
    private readonly record struct Drawn(string Value, int Sequence, bool Horizontal, double X, double EndX, double Baseline, double Width, double BoxWidth, double Top, double Size)
    {
        public PdfGlyph Glyph => PdfGlyph.Of(Value, Horizontal, X, EndX, Baseline, Width, BoxWidth, Top, Size);
    }
}
