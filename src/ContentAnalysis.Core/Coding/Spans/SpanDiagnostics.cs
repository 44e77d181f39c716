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
}
