using System.CommandLine;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// <c>qcat analyze segments --category C [--and C…] [--not C…] [--period P] [--document DOC] [--matching REGEX]</c>:
/// the coded units themselves, with their source and the coder's memo, so the evidence behind a count can be read and quoted.
/// </summary>
internal static class AnalyzeSegmentsCommand
{
    private static readonly string[] Header = ["unit", "document", "title", "author", "date", "period", "section", "categories", "memo", "text"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var common = new AnalyzeCommand.CommonOptions();
        var category = new Option<string>("--category", "-c") { Description = "Units coded with this category (DIMENSION:CATEGORY when the name is in several dimensions; a level by value or label)", Required = true };
        var dimension = new Option<string?>("--dimension", "-d") { Description = "The dimension of --category" };
        var and = GlobalOptions.List("--and", "…and with each of these categories too");
        var not = GlobalOptions.List("--not", "…but with none of these");
        var period = new Option<string?>("--period") { Description = "Only units of this period" };
        var document = new Option<string?>("--document") { Description = "Only units of this document" };
        var matching = new Option<string?>("--matching") { Description = "Only units whose text matches this regular expression ((?i) to ignore case)" };
        var command = new Command("segments", "Retrieve the coded units behind a count: text, document, author, date, period and the coder's memo") { category, dimension, and, not, period, document, matching };
        common.AddTo(command);
        command.SetAction(parseResult =>
        {
            var input = common.Load(context, parseResult);
            var book = input.Codebook;
            var defaultDimension = parseResult.GetValue(dimension) is { } id ? input.Project.Names.Dimension(id).Id : null;
            var query = new SegmentQuery(
                CategoryReference.Resolve(book, parseResult.GetValue(category)!, defaultDimension),
                [.. (parseResult.GetValue(and) ?? []).Select(c => CategoryReference.Resolve(book, c, null))],
                [.. (parseResult.GetValue(not) ?? []).Select(c => CategoryReference.Resolve(book, c, null))],
                parseResult.GetValue(period),
                parseResult.GetValue(document) is { } doc ? input.Project.Names.Document(doc).Id : null,
                parseResult.GetValue(matching) is { } pattern ? SegmentRetrieval.Pattern(pattern) : null);
            var texts = new DocumentTexts(input.Corpus);
            var segments = SegmentRetrieval.Find(input.Coded, query, u => texts.Of(u.Unit));
            Print(context, parseResult.GetValue(common.Format), input.Coded.Coder, Describe(query), segments);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(SegmentQuery query) =>
        string.Join(' ', new[] { query.Category.ToString() }
            .Concat(query.And.Select(c => "and " + c))
            .Concat(query.Not.Select(c => "not " + c))
            .Concat(query.Period is null ? [] : ["in period " + query.Period])
            .Concat(query.Document is null ? [] : ["in document " + query.Document])
            .Concat(query.Matching is null ? [] : [$"matching /{query.Matching}/"]));

    private static void Print(CliContext context, OutputFormat format, string coder, string description, IReadOnlyList<Segment> segments)
    {
        if (new FormatWriters(
            () => DataJsonWriter.Segments(coder, description, segments),
            () => TablePrinter.CsvText(Header, [.. segments.Select(s => new[] { s.Unit, s.Document, s.Title, s.Author, s.Date, s.Period, s.Section, string.Join(';', s.Categories), s.Memo, s.Text })]),
            () => AnalysisMarkdownWriter.Segments(coder, description, segments)).TryWrite(context, format))
        {
            return;
        }

        context.Out.WriteLine($"{segments.Count} units coded {description} (coder {coder})");
        foreach (var s in segments)
        {
            context.Out.WriteLine();
            context.Out.WriteLine($"{s.Unit} — {s.Author}, \"{s.Title}\", {s.Date}, {s.Period}");
            context.Out.WriteLine("  categories: " + string.Join(", ", s.Categories));
            if (s.Memo.Length > 0)
            {
                context.Out.WriteLine("  memo: " + s.Memo);
            }

            context.Out.WriteLine("  " + s.Text.ReplaceLineEndings("\n  "));
        }
    }

    /// <summary>Each document's text read once, however many of its units are retrieved.</summary>
    private sealed class DocumentTexts(CorpusStore corpus)
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public string Of(TextUnit unit)
        {
            if (!_texts.TryGetValue(unit.DocumentId, out var text))
            {
                text = corpus.ReadText(unit.DocumentId);
                _texts[unit.DocumentId] = text;
            }

            return unit.TextIn(text);
        }
    }
}
