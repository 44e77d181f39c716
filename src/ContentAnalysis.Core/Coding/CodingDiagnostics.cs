using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Naming;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// The catalogue of codings and the integrity check (QCA3xxx): each code with the messages raised under it, worded
/// once here.
/// </summary>
public static class CodingDiagnostics
{
    /// <summary>A journal line is malformed.</summary>
    public const string MalformedJournal = "QCA3001";

    private const string DamagedHint = "the journal was edited by hand or damaged; fix or remove that line";

    /// <summary>A journal that is not UTF-8 at all (e.g. UTF-16): the encoding check's message and hint.</summary>
    internal static Diagnostic JournalEncoding(Utf8Error encoding, string file) =>
        Diagnostic.Error(MalformedJournal, encoding.Message, file, 1, 1, encoding.Hint);

    /// <summary><c>invalid UTF-8 at byte offset 12</c> on one journal line.</summary>
    internal static Diagnostic JournalInvalidUtf8(long offset, string file, int line) =>
        Diagnostic.Error(MalformedJournal, string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {offset}"), file, line, 1, "save the file as UTF-8, or fix or remove that line");

    /// <summary>The journal's first line is not its header.</summary>
    internal static Diagnostic JournalWithoutHeader(IEnumerable<string> columns, string file, int line) =>
        Diagnostic.Error(MalformedJournal, "the first line is not the journal header", file, line, 1, $"expected '{string.Join(",", columns)}'");

    /// <summary>A journal line with the wrong number of fields.</summary>
    internal static Diagnostic JournalFieldCount(int fields, int expected, string file, int line) =>
        Diagnostic.Error(MalformedJournal, $"{fields} fields where {expected} are expected", file, line, 1, DamagedHint);


    /// <summary>A journal time that is not ISO-8601.</summary>
    internal static Diagnostic JournalBadTime(string time, string file, int line) =>
        Diagnostic.Error(MalformedJournal, $"time '{time}' is not an ISO-8601 date and time", file, line, 1, DamagedHint);

    /// <summary>A journal line with an unknown op, or a set/clear without unit or dimension.</summary>
    internal static Diagnostic JournalBadOperation(string op, bool knownOp, string file, int line) =>
        Diagnostic.Error(MalformedJournal, knownOp ? "unit and dimension must not be empty" : $"op '{op}' is not 'set', 'clear' or 'memo'", file, line, 1, DamagedHint);

    /// <summary>An import appended to a journal that already had malformed lines.</summary>
    internal static Diagnostic AppendedAfterMalformed(int count, int firstLine, string file) =>
        Diagnostic.Warning(MalformedJournal, $"the journal already has {count} malformed line(s) (first at line {firstLine}); the codings were appended after them", file, hint: "the journal is damaged: run 'qcat check' and fix or remove those lines");

    /// <summary>The journal's last line is cut off.</summary>
    public const string TruncatedJournal = "QCA3002";

    /// <summary>The cut-off last line of a journal, not loaded.</summary>
    internal static Diagnostic LastLineCutOff(int line, string file) =>
        Diagnostic.Warning(TruncatedJournal, $"last line {line} is cut off and was not loaded", file, line, 1, "it was probably being written when qcat stopped; code that unit again");

    /// <summary>The cut-off last line an import moved aside before appending.</summary>
    internal static Diagnostic CutOffLineMoved(int line, string file) =>
        Diagnostic.Warning(TruncatedJournal, $"the cut-off last line {line} was moved to {file}.partial before appending", file, hint: "code that unit again if it is missing");

    /// <summary>A coder name is not allowed.</summary>
    public const string BadCoderName = "QCA3003";

    private const string CoderNameHint = "use letters, digits, '_' and '-' only";

    /// <summary><c>coder name 'x y' is not allowed</c>.</summary>
    internal static Diagnostic CoderNameNotAllowed(string coder) =>
        Diagnostic.Error(BadCoderName, $"coder name '{coder}' is not allowed", hint: CoderNameHint);

    /// <summary>A journal file whose name is no coder name, ignored by the check.</summary>
    internal static Diagnostic JournalNameIgnored(string fileName, string file) =>
        Diagnostic.Warning(BadCoderName, $"journal '{fileName}' is ignored: its name is not a valid coder name", file, hint: "rename it using letters, digits, '_' and '-' only");

    /// <summary>An import row with an empty coder cell.</summary>
    internal static Diagnostic EmptyCoderCell(string unit, string file, int line) =>
        Diagnostic.Error(BadCoderName, $"empty coder for unit '{unit}'", file, line, 0, "fill in the coder column");

    /// <summary><c>--coder</c> names a coder no row of the import table has.</summary>
    internal static Diagnostic CoderNotInTable(string coder, IReadOnlyCollection<string> others, string file) =>
        Diagnostic.Error(BadCoderName, $"no row of the table belongs to coder '{coder}' (its coder column names {string.Join(", ", others.Order(StringComparer.Ordinal))})", file, 1, 0, EditDistance.DidYouMean(coder, others) ?? "leave out --coder to import every coder's rows");

    /// <summary>A coding names a unit the corpus does not have.</summary>
    public const string UnknownUnit = "QCA3004";

    /// <summary>
    /// A journal's coding of a unit the corpus no longer has (the check); worded apart from
    /// <see cref="UnknownImportedUnit"/> because here the unit existed once and its document went.
    /// </summary>
    internal static Diagnostic CodedUnitGone(string unit, string dimension, string file, int line) =>
        Diagnostic.Error(UnknownUnit, $"coding of unknown unit '{unit}' (dimension '{dimension}')", file, line, 0, "the document was removed or re-imported with other units");

    /// <summary>An import row names a unit the corpus does not have; <paramref name="units"/> null leaves out the hint.</summary>
    internal static Diagnostic UnknownImportedUnit(string unit, string file, int line, NameIndex? units) =>
        Diagnostic.Error(UnknownUnit, $"unknown unit '{unit}'", file, line, 0, units is null ? null : units.DidYouMean(unit) ?? (units.Count == 0 ? "the corpus is empty: run 'qcat corpus import' first" : "unit ids look like 'doc.p001'"));

    /// <summary>A coding names a dimension the codebook does not have.</summary>
    public const string UnknownDimension = "QCA3005";

    /// <summary>A coded dimension the codebook lacks; <paramref name="withHint"/> false leaves out the "did you mean".</summary>
    internal static Diagnostic DimensionNotInCodebook(string id, Codebook codebook, DiagnosticSeverity severity, bool withHint, string? file, int line) =>
        new(UnknownDimension, severity, $"unknown dimension '{id}' (codebook '{codebook.Id}')", file, line, 0, withHint ? EditDistance.DidYouMean(id, codebook.Dimensions.Select(d => d.Id)) ?? "dimensions: " + string.Join(", ", codebook.Dimensions.Select(d => d.Id)) : null);

    /// <summary>A coding uses a category or level the dimension does not have.</summary>
    public const string UnknownValue = "QCA3006";

    /// <summary>An empty value for a unit.</summary>
    internal static Diagnostic NoValue(string unit, string dimension, string? file, int line) =>
        Diagnostic.Error(UnknownValue, $"no value for unit '{unit}' on dimension '{dimension}'", file, line, 0, "give a category id, a level value or 'none'");

    /// <summary>A category the dimension lacks; <paramref name="withHint"/> false leaves out the "did you mean".</summary>
    internal static Diagnostic CategoryNotInDimension(string value, Dimension dimension, string unit, bool withHint, string? file, int line) =>
        Diagnostic.Error(UnknownValue, $"unknown category '{value}' in dimension '{dimension.Id}' (unit '{unit}')", file, line, 0, withHint ? EditDistance.DidYouMean(value, dimension.AllCategories().Select(c => c.Id)) ?? "categories: " + string.Join(", ", dimension.AllCategories().Select(c => c.Id)) : null);

    /// <summary>A value off the dimension's scale.</summary>
    internal static Diagnostic ValueOffScale(string value, Dimension dimension, string unit, string? file, int line) =>
        Diagnostic.Error(UnknownValue, $"value '{value}' is not on the scale of dimension '{dimension.Id}' (unit '{unit}')", file, line, 0, "levels: " + string.Join(", ", dimension.Levels.Select(l => l.Value.ToString("R", CultureInfo.InvariantCulture))));

    /// <summary>A coded value on a scale dimension that is no number (found when building a reliability matrix).</summary>
    internal static Diagnostic ValueNotANumber(string value, string unit, string dimension, string file, int line) =>
        Diagnostic.Error(UnknownValue, $"value '{value}' of unit '{unit}' on dimension '{dimension}' is not a number", file, line, hint: "'qcat check' lists such codings");

    /// <summary>Several values on a single-valued dimension, or <c>none</c> mixed with categories.</summary>
    public const string TooManyValues = "QCA3007";

    private const string NoneMixedHint = "'none' means no category applies; remove it or the categories";

    /// <summary><c>uncoded</c> with other values, or on a required dimension.</summary>
    internal static Diagnostic UncodedMisused(string unit, Dimension dimension, string? file, int line) =>
        dimension.Required
            ? Diagnostic.Error(TooManyValues, $"dimension '{dimension.Id}' is required: unit '{unit}' cannot be left '{ReservedValues.Uncoded}'", file, line, 0, "give a value, or 'none' if no category applies")
            : Diagnostic.Error(TooManyValues, $"'{ReservedValues.Uncoded}' mixed with other values for unit '{unit}' on dimension '{dimension.Id}'", file, line, 0, "'uncoded' leaves the dimension uncoded; remove it or the other values");

    /// <summary><c>none</c> with categories.</summary>
    internal static Diagnostic NoneMixed(string unit, string dimension, string? file, int line) =>
        Diagnostic.Error(TooManyValues, $"'{ReservedValues.None}' mixed with categories for unit '{unit}' on dimension '{dimension}'", file, line, 0, NoneMixedHint);

    /// <summary>Several values on a single-valued dimension, as a validated import or check meets them.</summary>
    internal static Diagnostic SeveralValues(IReadOnlyCollection<string> values, string unit, Dimension dimension, string? file, int line) =>
        Diagnostic.Error(TooManyValues, $"{values.Count} values ({string.Join(";", values)}) for unit '{unit}' on {Kind(dimension)} dimension '{dimension.Id}'", file, line, 0, "this dimension takes exactly one value");

    /// <summary>Several values on a single-valued dimension met while building a reliability matrix.</summary>
    internal static Diagnostic SeveralValuesInJournal(int count, string unit, Dimension dimension, string file, int line) =>
        Diagnostic.Error(TooManyValues, $"{count} values for unit '{unit}' on {Kind(dimension)} dimension '{dimension.Id}'", file, line, hint: "recode the unit; 'qcat check' lists such codings");

    /// <summary>A later import row for the same unit and dimension that contradicts the first.</summary>
    internal static Diagnostic ConflictingRows(string later, string unit, Dimension dimension, string first, int firstLine, string file, int line)
    {
        var kind = dimension.Kind == DimensionKind.Multi ? string.Empty : Kind(dimension) + " ";
        return Diagnostic.Error(
            TooManyValues,
            $"'{later}' for unit '{unit}' on {kind}dimension '{dimension.Id}' conflicts with '{first}' (first at line {firstLine})",
            file,
            line,
            0,
            dimension.Kind == DimensionKind.Multi ? NoneMixedHint : "this dimension takes exactly one value; remove one of the rows");
    }

    /// <summary>A coding was made under another codebook version.</summary>
    public const string OtherCodebook = "QCA3008";

    /// <summary>Codings of one coder made under another codebook version (hashes shortened by the caller).</summary>
    internal static Diagnostic CodedUnderOtherCodebook(int count, string coder, string hash, string current, string file) =>
        Diagnostic.Warning(OtherCodebook, $"{count} coding(s) by '{coder}' were made under codebook version {hash}, not the current {current}", file, hint: "review them if the codebook's categories changed meaning");

    /// <summary>A unit's text changed after it was coded.</summary>
    public const string StaleCoding = "QCA3009";

    /// <summary>A unit whose hash differs from the one its coding recorded.</summary>
    internal static Diagnostic UnitChanged(string unit, string dimension, string codedHash, string hash, string file, int line) =>
        Diagnostic.Error(StaleCoding, $"unit '{unit}' changed since it was coded on '{dimension}' (hash {codedHash}, now {hash})", file, line, 0, "review the coding against the new text and code it again");

    /// <summary>An import file is malformed (header, quotes, columns).</summary>
    public const string BadImportFile = "QCA3010";

    /// <summary>The import path is a folder.</summary>
    internal static Diagnostic ImportIsFolder(string path) =>
        Diagnostic.Error(BadImportFile, $"'{path}' is a folder, not a file", hint: "name one CSV file");

    /// <summary>The import file does not exist.</summary>
    internal static Diagnostic ImportNotFound(string path) =>
        Diagnostic.Error(BadImportFile, $"file '{path}' not found", hint: "check the path");

    /// <summary>The import file is empty.</summary>
    internal static Diagnostic ImportEmpty(string file) =>
        Diagnostic.Error(BadImportFile, "the file is empty", file, hint: "the first line must be a header");

    /// <summary>A long table's header lacks a column or has an unknown one (<paramref name="unknown"/>).</summary>
    internal static Diagnostic BadLongHeader(string? unknown, string file) =>
        Diagnostic.Error(BadImportFile, unknown is not null ? $"unknown column '{unknown}'" : "a long table needs the columns unit, dimension and value", file, 1, 0, "columns: unit,dimension,value and optionally memo and coder (or use --format wide)");

    /// <summary>A long table's row with an empty value.</summary>
    internal static Diagnostic EmptyValueCell(string unit, string dimension, string file, int line) =>
        Diagnostic.Error(BadImportFile, $"empty value for unit '{unit}' on dimension '{dimension}'", file, line, 0, "leave the row out if the unit is not coded, or write 'none'");

    /// <summary>A wide table whose first column is not <c>unit</c>.</summary>
    internal static Diagnostic BadWideHeader(string file) =>
        Diagnostic.Error(BadImportFile, "a wide table starts with a 'unit' column followed by one column per dimension", file, 1, 0, "or use --format long");

    /// <summary>A wide table naming a column twice.</summary>
    internal static Diagnostic RepeatedColumn(string column, string file) =>
        Diagnostic.Error(BadImportFile, $"column '{column}' appears twice", file, 1, 0, "one column per dimension; merge the two columns");

    /// <summary>A wide table with a second row for a unit.</summary>
    internal static Diagnostic SecondRow(string unit, int firstLine, string file, int line) =>
        Diagnostic.Error(BadImportFile, $"unit '{unit}' has a second row (first at line {firstLine})", file, line, 0, "a wide table has one row per unit; merge the rows or remove one");

    /// <summary>A row whose field count differs from the header's.</summary>
    internal static Diagnostic FieldCount(int fields, int expected, string file, int line) =>
        Diagnostic.Error(BadImportFile, $"{fields} fields where the header has {expected}", file, line, 0, "quote cells that contain commas");

    /// <summary>A table without a coder column imported without <c>--coder</c>.</summary>
    internal static Diagnostic NoCoderColumn(string file) =>
        Diagnostic.Error(BadImportFile, "the table has no 'coder' column, so it is not known whose codings these are", file, 1, 0, "pass --coder NAME");

    /// <summary>A document has no units.</summary>
    public const string DocumentWithoutUnits = "QCA3011";

    /// <summary>A document of documents.csv without units.</summary>
    internal static Diagnostic NoUnits(string document, string file) =>
        Diagnostic.Warning(DocumentWithoutUnits, $"document '{document}' has no units", file, hint: "the file was empty or only headings; re-import it or remove it");

    /// <summary>An unknown coder or dimension was requested on the command line.</summary>
    public const string BadRequest = "QCA3012";

    /// <summary>An export's <c>--dimension</c> no coding has.</summary>
    internal static Diagnostic UnknownExportDimension(string dimension, IReadOnlyCollection<string> known) =>
        Diagnostic.Error(BadRequest, $"unknown dimension '{dimension}'", hint: EditDistance.DidYouMean(dimension, known) ?? (known.Count == 0 ? "no codings yet" : "dimensions: " + string.Join(", ", known)));

    /// <summary>The wide export format asked for several coders.</summary>
    internal static Diagnostic WideNeedsOneCoder(int coders) =>
        Diagnostic.Error(BadRequest, $"the wide format holds one coder's codings, but {coders} coders were selected", hint: "pass --coder NAME, or use --format long or matrix");

    /// <summary>The matrix export format without a dimension.</summary>
    internal static Diagnostic MatrixNeedsDimension() =>
        Diagnostic.Error(BadRequest, "the matrix format needs a dimension", hint: "pass --dimension ID");

    /// <summary>A document's normalised text is missing or too short for its units' spans.</summary>
    public const string BadDocumentText = "QCA3013";

    private const string ReimportHint = "re-import the document's source file with 'qcat corpus import'; the text is written again";

    /// <summary>A document's text file is missing.</summary>
    internal static Diagnostic TextMissing(string document, string file) =>
        Diagnostic.Error(BadDocumentText, $"text of document '{document}' is missing", file, hint: ReimportHint);

    /// <summary>A document's text is shorter than its units reach.</summary>
    internal static Diagnostic TextTooShort(string document, int length, int beyond, string firstUnit, int firstEnd, string file) =>
        Diagnostic.Error(BadDocumentText, $"text of document '{document}' has {length} characters but {beyond} unit(s) reach beyond it (first '{firstUnit}', ending at {firstEnd})", file, hint: ReimportHint);

    /// <summary>A document's text no longer matches its units' hashes.</summary>
    internal static Diagnostic TextChanged(string document, int changed, string firstUnit, int firstStart, string file) =>
        Diagnostic.Error(BadDocumentText, $"text of document '{document}' no longer matches {changed} unit(s) in units.csv (first '{firstUnit}' at {firstStart})", file, hint: ReimportHint);

    /// <summary>A journal stayed locked by another process (another session or import of the same coder) while appending.</summary>
    public const string JournalBusy = "QCA3014";

    /// <summary>The journal could not be written because another process holds it (the system's reason as text).</summary>
    internal static Diagnostic JournalInUse(string reason, string file) =>
        Diagnostic.Error(JournalBusy, $"the journal is in use by another process and was not written: {reason}", file, hint: "close the other qcat session or import of this coder, then repeat the last step");

    /// <summary>A document text file in <c>data/documents/</c> that no document of <c>documents.csv</c> names.</summary>
    public const string UnlistedDocumentText = "QCA3015";

    /// <summary>A text file no table lists.</summary>
    internal static Diagnostic TextUnlisted(string document, string file) =>
        Diagnostic.Warning(UnlistedDocumentText, $"text file of document '{document}' is listed in no table (documents.csv has no such document)", file, hint: "re-import its source with 'qcat corpus import' to restore the document, or delete the file if the document was removed");

    /// <summary>
    /// The coder already has a coding session open in another process. The code keeps its number in the
    /// sessions range (QCA6xxx) that users know; it lives here because <see cref="CodingStore"/> claims the session.
    /// </summary>
    public const string SessionOpen = "QCA6011";

    /// <summary>A second session of the same coder.</summary>
    internal static Diagnostic SessionAlreadyOpen(string coder, string file) =>
        Diagnostic.Error(SessionOpen, $"coder '{coder}' already has a coding session open", file, hint: "finish that session or quit it with q first; two sessions of one coder would interleave their answers");

    private static string Kind(Dimension dimension) => dimension.Kind.ToString().ToLowerInvariant();
}
