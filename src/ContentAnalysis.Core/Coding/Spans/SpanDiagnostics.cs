using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// The catalogue of span codings and their agreement (<c>data/spans/</c>, <c>qcat agree --spans</c>; QCA4060–QCA4079):
/// each code with its messages, worded once here; <c>docs/diagnostics.md</c> lists every code.
/// </summary>
public static class SpanDiagnostics
{
    private const string DamagedHint = "the file was edited by hand or damaged; fix or remove that line";

    /// <summary>A span file that cannot be read as the span table: not UTF-8, wrong header, broken quoting, wrong number of fields or an empty field.</summary>
    public const string MalformedSpanFile = "QCA4060";

    /// <summary>A span file that is not UTF-8 text as a whole (UTF-16, binary).</summary>
    internal static Diagnostic FileEncoding(Utf8Error encoding, string file) =>
        Diagnostic.Error(MalformedSpanFile, encoding.Message, file, 1, 1, encoding.Hint);

    /// <summary>A line holding invalid UTF-8.</summary>
    internal static Diagnostic InvalidUtf8(long offset, string file, int line) =>
        Diagnostic.Error(MalformedSpanFile, string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {offset}"), file, line, 1, "save the file as UTF-8, or fix or remove that line");

    /// <summary>A first line that is not the span header.</summary>
    internal static Diagnostic WithoutHeader(IEnumerable<string> columns, string file, int line) =>
        Diagnostic.Error(MalformedSpanFile, "the first line is not the span header", file, line, 1, $"expected '{string.Join(",", columns)}'");

    /// <summary>A row with the wrong number of fields.</summary>
    internal static Diagnostic FieldCount(int fields, int expected, string file, int line) =>
        Diagnostic.Error(MalformedSpanFile, string.Create(CultureInfo.InvariantCulture, $"{fields} fields where {expected} are expected"), file, line, 1, DamagedHint);

    /// <summary>A row with an empty document, dimension or category.</summary>
    internal static Diagnostic EmptyField(string column, string file, int line) =>
        Diagnostic.Error(MalformedSpanFile, $"the {column} is empty", file, line, 1, DamagedHint);

    /// <summary>A row the CSV reader refused (broken quoting).</summary>
    internal static Diagnostic BadQuotes(string readerMessage, string file, int line) =>
        IoDiagnostics.BadQuotes(MalformedSpanFile, readerMessage, file, line);

    /// <summary>A start or end that is not a non-negative integer, or an end not after the start.</summary>
    public const string BadSpanOffsets = "QCA4061";

    /// <summary>An offset that is not a non-negative whole number.</summary>
    internal static Diagnostic NotAnOffset(string column, string value, string file, int line) =>
        Diagnostic.Error(BadSpanOffsets, $"{column} '{value}' is not a non-negative whole number", file, line, 1, "offsets count Unicode code points from 0");

    /// <summary>A span whose end is not after its start.</summary>
    internal static Diagnostic EndNotAfterStart(long start, long end, string file, int line) =>
        Diagnostic.Error(BadSpanOffsets, string.Create(CultureInfo.InvariantCulture, $"end {end} is not after start {start}"), file, line, 1, "the end is exclusive: a span of one character has end = start + 1");

    /// <summary>A span whose end lies beyond its document's text.</summary>
    public const string SpanOutsideDocument = "QCA4062";

    /// <summary>A span ending after the document's last code point.</summary>
    internal static Diagnostic OutsideDocument(CodedSpan span, long length, string file) =>
        Diagnostic.Error(SpanOutsideDocument, string.Create(CultureInfo.InvariantCulture, $"span {span.Start}–{span.End} ends beyond document '{span.Document}', which has {length} characters"), file, span.Line, 1, "offsets count Unicode code points of data/documents/DOCUMENT.txt; re-import the spans if the text changed");

    /// <summary>A span of a document the corpus does not have.</summary>
    public const string UnknownSpanDocument = "QCA4063";

    /// <summary>A span naming a document that is not in <c>data/documents.csv</c>.</summary>
    internal static Diagnostic UnknownDocument(CodedSpan span, string file) =>
        Diagnostic.Error(UnknownSpanDocument, $"unknown document '{span.Document}'", file, span.Line, 1, "import the document first ('qcat corpus import'), or fix the document id");

    /// <summary>A span whose dimension or category is not in the codebook.</summary>
    public const string UnknownSpanCode = "QCA4064";

    /// <summary>A span naming a dimension the codebook does not have.</summary>
    internal static Diagnostic UnknownDimension(CodedSpan span, string file) =>
        Diagnostic.Error(UnknownSpanCode, $"unknown dimension '{span.Dimension}'", file, span.Line, 1, "use a dimension id of the codebook ('qcat codebook show')");

    /// <summary>A span naming a category its dimension does not have.</summary>
    internal static Diagnostic UnknownCategory(CodedSpan span, string file) =>
        Diagnostic.Error(UnknownSpanCode, $"unknown category '{span.Category}' in dimension '{span.Dimension}'", file, span.Line, 1, "use a category id of that dimension ('qcat codebook show')");

    /// <summary>The project has no span codings to compare.</summary>
    public const string NoSpanCodings = "QCA4065";

    /// <summary>No <c>data/spans/</c> folder, or no span file in it.</summary>
    internal static Diagnostic NoSpans(string folder) =>
        Diagnostic.Error(NoSpanCodings, "the project has no span codings", folder, hint: "span codings come from desktop QDA programs: 'qcat import qdpx FILE.qdpx' writes data/spans/CODER.csv");

    /// <summary>Two spans of one coder overlap in one dimension.</summary>
    public const string OverlappingSpans = "QCA4066";

    /// <summary>A span overlapping an earlier span of the same coder, document and dimension.</summary>
    internal static Diagnostic Overlap(CodedSpan span, CodedSpan earlier, string file) =>
        Diagnostic.Error(OverlappingSpans, string.Create(CultureInfo.InvariantCulture, $"span {span.Start}–{span.End} '{span.Category}' overlaps span {earlier.Start}–{earlier.End} '{earlier.Category}' (line {earlier.Line}) in document '{span.Document}', dimension '{span.Dimension}'"), file, span.Line, 1, "unitizing alpha needs each coder's spans in one dimension to be disjoint: remove or shorten one of them");

    /// <summary>Fewer than two coders have span files, or <c>--coders</c> names a coder without one.</summary>
    public const string SpanCoders = "QCA4067";

    /// <summary>Fewer than two coders to compare.</summary>
    internal static Diagnostic TooFewCoders(int count, string folder) =>
        Diagnostic.Error(SpanCoders, string.Create(CultureInfo.InvariantCulture, $"{count} coder(s) with span codings; agreement needs at least two"), folder, hint: "each coder's spans are in data/spans/CODER.csv; name two or more with --coders");

    /// <summary>A coder named on the command line without a span file.</summary>
    internal static Diagnostic CoderWithoutSpans(string coder, IEnumerable<string> coders, string folder) =>
        Diagnostic.Error(SpanCoders, $"coder '{coder}' has no span codings", folder, hint: $"coders with span codings: {string.Join(", ", coders)}");
}
