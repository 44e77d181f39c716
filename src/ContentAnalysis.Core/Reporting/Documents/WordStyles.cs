using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Reporting;

/// <summary>The styles of a report in Word, under Word's built-in names so a journal template replaces them.</summary>
internal static class WordStyles
{
    /// <summary>Normal, Heading 1–6, Caption, Quote, List Paragraph, table text and the table style.</summary>
    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                    new FontSize { Val = "24" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Paragraph("Normal", "Normal", null, isDefault: true));
        var sizes = new[] { "32", "28", "26", "24", "24", "24" };
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(Paragraph($"Heading{level}", $"heading {level}", new StyleRunProperties(new Bold(), new FontSize { Val = sizes[level - 1] }),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 })));
        }

        styles.Append(Paragraph("Caption", "caption", new StyleRunProperties(new Italic()), new StyleParagraphProperties(new KeepNext())));
        styles.Append(Paragraph("Quote", "Quote", new StyleRunProperties(new Italic()), new StyleParagraphProperties(new Indentation { Left = "720", Right = "720" })));
        styles.Append(Paragraph("ListParagraph", "List Paragraph", null, new StyleParagraphProperties(new Indentation { Left = "720", Hanging = "360" })));
        styles.Append(Paragraph("Figure", "Figure", null, new StyleParagraphProperties(new KeepNext())));
        styles.Append(Paragraph("TableText", "Table Text", null, new StyleParagraphProperties(new SpacingBetweenLines { After = "0" })));
        styles.Append(Paragraph("TableHeading", "Table Heading", new StyleRunProperties(new Bold()), new StyleParagraphProperties(new SpacingBetweenLines { After = "0" })));
        styles.Append(new Style(
            new StyleName { Val = "Report Table" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 12U },
                    new BottomBorder { Val = BorderValues.Single, Size = 12U }),
                new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa })),
            new TableStyleProperties(new TableStyleConditionalFormattingTableCellProperties(
                new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U })))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = "ReportTable" });
        return styles;
    }

    private static Style Paragraph(string id, string name, StyleRunProperties? run, StyleParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" }, new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
