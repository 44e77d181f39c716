using System.CommandLine;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reporting;
using Spectre.Console;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// <c>qcat agree --spans</c>: Krippendorff's alpha for unitizing on the project's span codings (<c>data/spans/</c>),
/// per dimension and per category (see <c>docs/agreement.md</c>, "Span codings").
/// </summary>
internal static partial class AgreeCommand
{
    private static Option<bool> AddSpansOption(Command command)
    {
        var spans = new Option<bool>("--spans") { Description = "Agreement on span codings (data/spans/, e.g. from 'qcat import qdpx'): Krippendorff's alpha for unitizing (uα, |uα, cuα, (k)uα)" };
        command.Add(spans);
        return spans;
    }

    private static int RunSpans(CliContext context, AgreeOptions options, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = context.OpenProject(parseResult, parseResult.GetValue(options.Codebook));
        var spans = SpanStore.Open(project.Layout).ReadForAgreement(SplitList(parseResult.GetValue(options.Coders)), cancellationToken);
        var requested = SplitList(parseResult.GetValue(options.Dimension));
        var dimensions = requested is null ? null : project.Names.Dimensions(requested);
        var report = SpanAgreement.Compute(spans, project.Codebook, SpanAgreement.DocumentLengths(project.Corpus), dimensions, cancellationToken);
        if (report.HasErrors)
        {
            throw new InputException(report.Diagnostics);
        }

        context.Report(report.Diagnostics);
        var format = parseResult.GetValue(options.Format);
        var writers = new FormatWriters(() => SpanAgreementWriter.ToJson(report), () => SpanAgreementWriter.ToCsv(report), () => SpanAgreementWriter.ToMarkdown(report));
        if (!writers.TryWrite(context, format))
        {
            WriteSpanTables(context, report);
        }

        return ExitCodes.Success;
    }

    private static void WriteSpanTables(CliContext context, SpanAgreementReport report)
    {
        foreach (var dimension in report.Dimensions)
        {
            var r = dimension.Result;
            var table = new OutputTable([OutputColumn.Whole("coefficient"), OutputColumn.Whole("category"), OutputColumn.Number("value"), OutputColumn.Number("coverage", dropRank: 1), OutputColumn.Number("spans", dropRank: 2)])
            {
                Title = $"[bold]{Markup.Escape(dimension.Dimension)}[/]",
                Caption = Markup.Escape($"{r.Units} spans, {r.Coders} coders, {r.Length} characters in {dimension.Documents.Count} document(s)"),
                OtherFormatHint = "use --format md",
            };
            table.AddRow("uα", string.Empty, ReportNumbers.Fixed(Defined(r.Alpha)), string.Empty, r.Units.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("|uα", string.Empty, ReportNumbers.Fixed(Defined(r.BinaryAlpha)), string.Empty, string.Empty);
            table.AddRow("cuα", string.Empty, ReportNumbers.Fixed(Defined(r.CodingAlpha)), ReportNumbers.Fixed(r.Coverage), string.Empty);
            foreach (var v in r.Values)
            {
                table.AddRow("(k)uα", v.Value, ReportNumbers.Fixed(Defined(v.Alpha)), ReportNumbers.Fixed(v.Coverage), v.Units.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            context.Console.WriteLine();
        }

        context.Console.MarkupLine($"[dim]{Markup.Escape(SpanAgreementWriter.Variant)}; — = not defined (no variation to judge)[/]");
    }

    private static double? Defined(double value) => double.IsFinite(value) ? value : null;
}
