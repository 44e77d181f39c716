using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Renders the reports of one <see cref="ReportModel"/> from their templates and writes them as Markdown, HTML or Word.
/// The charts are drawn once and shared by every report; each figure is followed by its data as a table.
/// </summary>
public sealed class ReportPublisher
{
    private readonly ReportModel _model;
    private readonly TemplateRenderer _renderer;
    private IReadOnlyDictionary<string, Chart>? _charts;

    /// <summary>Creates a publisher for <paramref name="model"/>.</summary>
    /// <param name="model">The report model.</param>
    /// <param name="templatesDirectory">A folder whose templates override the defaults, or null.</param>
    public ReportPublisher(ReportModel model, string? templatesDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _renderer = new TemplateRenderer(TemplateCatalog.Reports, typeof(ReportModel), templatesDirectory);
    }

    /// <summary>The reports shipped with qcat, in the order <c>qcat demo</c> writes them.</summary>
    public static IReadOnlyList<string> Reports { get; } = ["appendix", "codebook", "reliability", "findings"];

    /// <summary>The charts of the model by id (drawn on first use).</summary>
    public IReadOnlyDictionary<string, Chart> Charts => _charts ??= ReportCharts.Build(_model);

    /// <summary>The file extension of <paramref name="format"/>, with its dot.</summary>
    public static string Extension(ReportOutputFormat format) => format switch
    {
        ReportOutputFormat.Html => ".html",
        ReportOutputFormat.Word => ".docx",
        _ => ".md",
    };

    /// <summary>Renders report <paramref name="name"/>: the document, or null with the template's located errors.</summary>
    public (ReportDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Render(string name, CancellationToken cancellationToken = default)
    {
        var result = _renderer.Render(name, _model, cancellationToken);
        if (!result.Succeeded)
        {
            return (null, result.Diagnostics);
        }

        try
        {
            // Charts are drawn only for reports that show figures (the codebook has none).
            var figures = result.Text!.Contains("](figure:", StringComparison.Ordinal)
                ? Charts.ToDictionary(c => c.Key, c => c.Value.Image, StringComparer.Ordinal)
                : new Dictionary<string, DocumentImage>(StringComparer.Ordinal);
            var document = MarkdownReportReader.Read(result.Text!, figures);
            return (WithChartData(document), result.Diagnostics);
        }
        catch (UnknownFigureException e)
        {
            // A user's template naming a figure the model does not draw.
            return (null, [TemplateDiagnostics.FigureNotDrawn(e.Figure, Charts.Keys, result.Source)]);
        }
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/> (Markdown also writes its figure files beside it).</summary>
    public static void Write(ReportDocument document, ReportOutputFormat format, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        switch (format)
        {
            case ReportOutputFormat.Html:
                HtmlDocumentWriter.Write(document, path);
                break;
            case ReportOutputFormat.Word:
                WordDocumentWriter.Write(document, path);
                break;
            default:
                MarkdownDocumentWriter.Write(document, path);
                break;
        }
    }

    // Every chart has its numbers in a table right below it, for readers who cannot see the figure.
    private ReportDocument WithChartData(ReportDocument document)
    {
        var blocks = new List<DocumentBlock>();
        foreach (var block in document.Blocks)
        {
            blocks.Add(block);
            if (block is DocumentFigure figure && _charts is not null && _charts.TryGetValue(figure.Id, out var chart))
            {
                blocks.Add(chart.Data with { Caption = "Data of the figure above: " + chart.Title });
            }
        }

        return new ReportDocument(blocks);
    }
}
