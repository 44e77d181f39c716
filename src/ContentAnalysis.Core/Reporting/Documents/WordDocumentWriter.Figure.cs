using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ContentAnalysis.Core.Reporting;

public static partial class WordDocumentWriter
{
    private const long EmuPerPixel = 9525; // at 96 dpi
    private const long MaxWidthEmu = 5760720; // 16 cm, the text width of an A4 page with 2.5 cm margins

    private static Paragraph Figure(MainDocumentPart main, DocumentFigure figure, uint number)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream([.. figure.Image.Png]))
        {
            part.FeedData(png);
        }

        var relationship = main.GetIdOfPart(part);
        var width = figure.Image.WidthPixels * EmuPerPixel;
        var height = figure.Image.HeightPixels * EmuPerPixel;
        if (width > MaxWidthEmu)
        {
            height = height * MaxWidthEmu / width;
            width = MaxWidthEmu;
        }

        var name = $"Figure {number}";
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = number, Name = name, Description = figure.Image.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = number, Name = name + ".png", Description = figure.Image.AltText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Figure" }),
            new Run(new Drawing(inline)));
    }
}
