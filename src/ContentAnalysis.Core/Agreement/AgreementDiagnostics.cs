using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Agreement;

/// <summary>The catalogue of agreement input (QCA4xxx): each code with the messages raised under it, worded once here; <c>docs/diagnostics.md</c> lists every code.</summary>
public static class AgreementDiagnostics
{
    /// <summary>The input file does not exist.</summary>
    public const string FileNotFound = "QCA4001";

    /// <summary>A matrix file that does not exist.</summary>
    internal static Diagnostic MatrixNotFound(string path) =>
        Diagnostic.Error(FileNotFound, $"file '{path}' not found", hint: "check the path");

    /// <summary>The input is not UTF-8.</summary>
    public const string NotUtf8 = "QCA4002";

    /// <summary>A matrix that is not UTF-8 text; a bad byte gets the spreadsheet's way to fix it.</summary>
    internal static Diagnostic MatrixNotUtf8(Utf8Error invalid, string file) =>
        Diagnostic.Error(NotUtf8, invalid.Message, file, invalid.Line, invalid.Column, invalid.Kind == Utf8ErrorKind.InvalidByte ? "save the file as UTF-8 (in Excel: 'CSV UTF-8')" : invalid.Hint);

    /// <summary>Quoting in the CSV is broken.</summary>
    public const string MalformedCsv = "QCA4003";

    /// <summary>The file has no rows, or no data rows.</summary>
    public const string Empty = "QCA4004";

    /// <summary>An empty matrix file; <paramref name="transposed"/> says which layout the hint describes.</summary>
    internal static Diagnostic EmptyMatrix(string file, bool transposed) =>
        Diagnostic.Error(Empty, "the file is empty", file, 1, hint: transposed ? "with --transpose: a header row of unit ids, then one row per coder starting with the coder's name" : "put coder names in the first row and one unit per row below");

    /// <summary>A matrix with a header but no unit rows.</summary>
    internal static Diagnostic NoUnitRows(string file, int line) =>
        Diagnostic.Error(Empty, "the file has a header but no units", file, line, hint: "add one row per unit below the header");

    /// <summary>The header row is missing or has empty or duplicate names.</summary>
    public const string BadHeader = "QCA4005";

    /// <summary>A coder named by two rows of a transposed matrix.</summary>
    internal static Diagnostic CoderRowTwice(string coder, string file, int line) =>
        Diagnostic.Error(BadHeader, $"coder '{coder}' appears twice", file, line, hint: "give each coder one row");

    /// <summary>A first row of numbers, where coder names belong.</summary>
    internal static Diagnostic HeaderLooksLikeData(string file, int line) =>
        Diagnostic.Error(BadHeader, "the first row looks like data, not coder names", file, line, hint: "add a header row of coder names (optionally starting with 'unit')");

    /// <summary>A header column without a name (<paramref name="what"/>: <c>coder</c> or <c>unit</c>).</summary>
    internal static Diagnostic UnnamedColumn(int column, string what, string file, int line) =>
        Diagnostic.Error(BadHeader, $"column {column} of the header has no {what} name", file, line, hint: $"name every {what} column");

    /// <summary>A name used by two header columns.</summary>
    internal static Diagnostic NameTwiceInHeader(string what, string name, string file, int line) =>
        Diagnostic.Error(BadHeader, $"{what} '{name}' appears twice in the header", file, line, hint: $"give each {what} one column");

    /// <summary>A row has a different number of cells than the header.</summary>
    public const string RaggedRow = "QCA4006";

    /// <summary>A row whose cell count differs from the header's; <paramref name="transposed"/>: a coder row.</summary>
    internal static Diagnostic RowLength(int cells, int header, bool transposed, string file, int line) =>
        Diagnostic.Error(RaggedRow, $"row has {cells} cells but the header has {header}", file, line, hint: (transposed ? "every coder row needs one cell per unit" : "every row needs one cell per column") + "; leave a cell empty (or NA) for a missing value");

    /// <summary>Fewer than two coders.</summary>
    public const string TooFewCoders = "QCA4007";

    /// <summary>Fewer than two coders: <paramref name="unit"/> is <c>row</c> (transposed) or <c>column</c>.</summary>
    internal static Diagnostic TooFewCoderLines(int count, string unit, string file, int line) =>
        Diagnostic.Error(TooFewCoders, $"{count} coder {unit}(s); agreement needs at least two coders", file, line, hint: unit == "row" ? "add a row per coder" : "put one column per coder, with the coder's name in the first row");

    /// <summary>A value is not a number where numbers are required.</summary>
    public const string NotNumeric = "QCA4008";

    /// <summary>A label in interval or ratio data.</summary>
    internal static Diagnostic ValueNotNumber(string label, string file, int line) =>
        Diagnostic.Error(NotNumeric, $"value '{label}' is not a number", file, line, hint: "interval and ratio data need numbers (use . as decimal point); use --level nominal or ordinal for labels");

    /// <summary>A label is missing from the given rank order.</summary>
    public const string NotInOrder = "QCA4009";

    /// <summary>A label missing from <c>--order</c>.</summary>
    internal static Diagnostic ValueNotInOrder(string label, string file, int line) =>
        Diagnostic.Error(NotInOrder, $"value '{label}' is not in the given value order", file, line, hint: "list every label in --order, lowest rank first");

    /// <summary>A unit id occurs twice.</summary>
    public const string DuplicateUnit = "QCA4010";

    /// <summary>A unit with two rows.</summary>
    internal static Diagnostic UnitRowTwice(string unit, int firstLine, string file, int line) =>
        Diagnostic.Error(DuplicateUnit, $"unit '{unit}' appears twice (first at line {firstLine})", file, line, hint: "give each unit one row");

    /// <summary><c>--coefficients</c> names an unknown coefficient.</summary>
    public const string UnknownCoefficient = "QCA4020";

    /// <summary>Fewer than two coders have journals, or <c>--coders</c> names fewer than two.</summary>
    public const string TooFewJournals = "QCA4021";

    /// <summary><c>--bootstrap</c> is negative or too small for an interval.</summary>
    public const string BadBootstrap = "QCA4024";

    /// <summary><c>--details</c> with <c>--format csv</c>: the details have no CSV form.</summary>
    public const string DetailsNotInCsv = "QCA4025";

    /// <summary><c>--significance</c> is not strictly between 0 and 1.</summary>
    public const string BadSignificance = "QCA4026";

    /// <summary>A matrix column holds both numbers and labels, so every value of the matrix is compared as text.</summary>
    public const string MixedColumn = "QCA4040";

    /// <summary>A coder column mixing numbers and labels; <paramref name="number"/> and <paramref name="label"/> are one of each.</summary>
    internal static Diagnostic ColumnMixesNumbersAndLabels(string coder, string number, string label, string file) =>
        Diagnostic.Warning(MixedColumn, $"column '{coder}' mixes numbers (e.g. '{number}') and labels (e.g. '{label}'); with labels present every value is compared as text (3 and 3.0 differ)", file, hint: "check the column for a typo or a stray label; a missing value is an empty cell, NA or .");
}
