using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Corpus;

/// <summary>The catalogue of corpus import (QCA2xxx): each code with the messages raised under it, worded once here.</summary>
public static partial class CorpusDiagnostics
{
    /// <summary>A file is not valid UTF-8.</summary>
    public const string NotUtf8 = IO.IoDiagnostics.NotUtf8;

    /// <summary>A file to import does not exist or has an unsupported extension.</summary>
    public const string BadFile = "QCA2002";

    /// <summary>An import path that is a folder.</summary>
    internal static Diagnostic SourceIsFolder(string path) =>
        Diagnostic.Error(BadFile, $"'{path}' is a folder, not a file", hint: $"name the files in it, e.g. '{path}/*.md'");

    /// <summary>An import path that does not exist.</summary>
    internal static Diagnostic SourceNotFound(string path) =>
        Diagnostic.Error(BadFile, $"file '{path}' not found", hint: "check the path");

    /// <summary>A file of a type the importer does not read.</summary>
    internal static Diagnostic UnsupportedType(string file) =>
        Diagnostic.Error(BadFile, $"cannot import '{file}': only .txt, .md, .docx, .pdf, .html and .htm files are supported", file, hint: "save the document as .txt, .md, .docx, .pdf or .html");

    /// <summary>A .docx file without a document body.</summary>
    internal static Diagnostic DocxWithoutBody(string file) =>
        Diagnostic.Error(BadFile, $"cannot import '{file}': it has no document body", file, hint: "open it in Word and save it again as .docx");

    /// <summary>A .docx file whose part expands beyond the limit.</summary>
    internal static Diagnostic DocxTooLarge(string file, long maxCharacters) =>
        Diagnostic.Error(BadFile, $"cannot import '{file}': a part expands to more than {maxCharacters:N0} characters", file, hint: DocxHint);

    /// <summary>A .docx file the package reader refused.</summary>
    internal static Diagnostic DocxUnreadable(string file) =>
        Diagnostic.Error(BadFile, $"cannot import '{file}': it is not a readable Word (.docx) document", file, hint: DocxHint);

    private const string DocxHint = "save it from Word as .docx, or export it as plain text";

    /// <summary>The front matter is not valid YAML or not a mapping.</summary>
    public const string BadFrontMatter = "QCA2003";

    /// <summary>Front matter without its closing <c>---</c>.</summary>
    internal static Diagnostic FrontMatterNotClosed(string file) =>
        Diagnostic.Error(BadFrontMatter, "front matter opened with '---' is never closed", file, 1, 1, "end it with a line '---'");

    /// <summary>Front matter that is not a mapping.</summary>
    internal static Diagnostic FrontMatterNotMapping(string file) =>
        Diagnostic.Error(BadFrontMatter, "front matter is not a list of 'key: value' lines", file, 2, 1);

    /// <summary>A front matter key the importer ignores.</summary>
    internal static Diagnostic FrontMatterKeyIgnored(string key, IReadOnlyCollection<string> keys, string file, int line, int column) =>
        Diagnostic.Warning(BadFrontMatter, $"unknown front matter key '{key}' is ignored", file, line, column, EditDistance.DidYouMean(key, keys) ?? "keys: " + string.Join(", ", keys));

    /// <summary>Front matter the YAML parser refused (its message shown as text).</summary>
    internal static Diagnostic FrontMatterNotYaml(string parserMessage, string file, int line) =>
        Diagnostic.Error(BadFrontMatter, $"front matter is not valid YAML: {parserMessage}", file, line, 1);

    /// <summary>A date is not <c>yyyy-MM-dd</c>.</summary>
    public const string BadDate = "QCA2004";

    /// <summary>A date not in the form yyyy-MM-dd; <paramref name="fromManifest"/> says where it was given.</summary>
    internal static Diagnostic NotADate(string date, string fileName, bool fromManifest, string file) =>
        Diagnostic.Error(BadDate, $"date '{date}'{(fromManifest ? " (from the manifest)" : string.Empty)} is not a date in the form yyyy-MM-dd", file, hint: Fix("date", "2020-11-10", fileName, fromManifest));

    /// <summary>A document id is invalid or used twice.</summary>
    public const string BadId = "QCA2005";

    /// <summary><c>--id</c> with several files.</summary>
    internal static Diagnostic IdForSeveralFiles() =>
        Diagnostic.Error(BadId, "--id can only be given when importing one file", hint: "import the files one at a time or use a manifest");

    /// <summary>Two imported files with one document id.</summary>
    internal static Diagnostic IdTaken(string id, string earlierFile, string file) =>
        Diagnostic.Error(BadId, $"document id '{id}' is also the id of {earlierFile}", file, hint: "give one of them another id in its front matter or the manifest");

    /// <summary>A file name that gives no id.</summary>
    internal static Diagnostic NoIdFromFileName(string fileName, string file) =>
        Diagnostic.Error(BadId, $"the file name '{fileName}' gives no document id (ids use ASCII letters and digits)", file, hint: "set 'id:' in the front matter, give the manifest row an 'id', or pass --id");

    /// <summary>A given id with characters ids may not have.</summary>
    internal static Diagnostic IdNotAllowed(string id, string file) =>
        Diagnostic.Error(BadId, $"document id '{id}' is not allowed", file, hint: "use lower-case letters, digits, '_' and '-'; set 'id:' in the front matter or pass --id");

    /// <summary>A changed document's units carry codings.</summary>
    public const string CodedUnitsChanged = "QCA2006";

    /// <summary>A re-import that would change coded units (the first five named).</summary>
    internal static Diagnostic CodedUnitsDiffer(string document, IReadOnlyCollection<string> units, int codings, string file)
    {
        var shown = string.Join(", ", units.Take(5)) + (units.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $", … ({units.Count - 5} more)") : string.Empty);
        return Diagnostic.Error(CodedUnitsChanged, $"document '{document}' changed: {units.Count} coded unit(s) differ or disappear ({shown}), carrying {codings} coding(s)", file, hint: "pass --force to import anyway; 'qcat check' then lists the stale codings");
    }

    /// <summary>The manifest CSV is malformed.</summary>
    public const string BadManifest = "QCA2007";

    /// <summary>A manifest path that is a folder.</summary>
    internal static Diagnostic ManifestIsFolder(string path) =>
        Diagnostic.Error(BadManifest, $"manifest '{path}' is a folder, not a file", hint: "pass the manifest CSV file to --meta");

    /// <summary>A manifest path that does not exist.</summary>
    internal static Diagnostic ManifestNotFound(string path) =>
        Diagnostic.Error(BadManifest, $"manifest '{path}' not found", hint: "check the --meta path");

    /// <summary>A manifest header without a <c>file</c> column or with an <paramref name="unknown"/> one.</summary>
    internal static Diagnostic BadManifestHeader(string? unknown, IReadOnlyCollection<string> known, string file) =>
        Diagnostic.Error(BadManifest, unknown is null ? "the manifest has no 'file' column" : $"unknown manifest column '{unknown}'", file, 1, 1, (unknown is null ? null : EditDistance.DidYouMean(unknown, known)) ?? "columns: " + string.Join(",", known));

    /// <summary>A manifest row whose field count differs from the header's.</summary>
    internal static Diagnostic ManifestFieldCount(int fields, int expected, string file, int line) =>
        Diagnostic.Error(BadManifest, $"{fields} fields where the header has {expected}", file, line, 1);

    /// <summary>A manifest listing a file twice.</summary>
    internal static Diagnostic ManifestFileTwice(string name, string file, int line) =>
        Diagnostic.Error(BadManifest, $"file '{name}' is listed twice", file, line, 1);

    /// <summary>A corpus table (documents.csv, units.csv) is malformed.</summary>
    public const string BadTable = "QCA2008";

    /// <summary>A units.csv row whose numbers are not whole numbers.</summary>
    internal static Diagnostic NotWholeNumbers(string file, int line) =>
        Diagnostic.Error(BadTable, "ordinal, start and length must be whole numbers", file, line, 1, "re-import the corpus");

    /// <summary>A documents.csv or units.csv id that appears twice.</summary>
    internal static Diagnostic RowIdTwice(string what, string id, int firstLine, string file, int line) =>
        Diagnostic.Error(BadTable, $"{what} id '{id}' appears twice (first at line {firstLine})", file, line, 1, "the file was edited by hand or merged badly; re-import the corpus");

    /// <summary>A stored document text that is missing.</summary>
    internal static Diagnostic StoredTextMissing(string document, string file) =>
        Diagnostic.Error(BadTable, $"text of document '{document}' is missing", file, hint: "re-import the document");

    /// <summary>A stored document text too short for a unit.</summary>
    internal static Diagnostic StoredTextTooShort(string document, string unit, string file) =>
        Diagnostic.Error(BadTable, $"text of document '{document}' is too short for unit '{unit}'", file, hint: "re-import the document");

    /// <summary>A document has no units.</summary>
    public const string NoUnits = "QCA2009";

    /// <summary>An unknown document or unit was requested.</summary>
    public const string UnknownDocument = "QCA2010";

    /// <summary>A document's period (front matter or manifest) is not one the project declares.</summary>
    public const string UnknownPeriod = "QCA2011";

    /// <summary>A period given while the project declares none.</summary>
    internal static Diagnostic NoPeriodsDeclared(string period, string fileName, string file, int line) =>
        Diagnostic.Error(UnknownPeriod, $"period '{period}' of '{fileName}' is given, but the project declares no periods", file, line, hint: "declare the periods under 'periods:' in qcat.yaml (see docs/corpus.md), or leave 'period' out");

    /// <summary>A period the project does not declare.</summary>
    internal static Diagnostic PeriodNotDeclared(string period, string fileName, IReadOnlyList<string> declared, bool fromManifest, string file, int line) =>
        Diagnostic.Error(UnknownPeriod, $"period '{period}' of '{fileName}' is not one of the periods declared in qcat.yaml: {string.Join(", ", declared)}", file, line, hint: "leave it out to derive it from the date, or " + Fix("period", declared[0], fileName, fromManifest));

    // How to fix a field, in the manifest row or in the front matter, wherever it was given.
    private static string Fix(string name, string example, string fileName, bool fromManifest) =>
        fromManifest ? $"fix the {name} column of the manifest row for '{fileName}', e.g. {example}" : $"write e.g. '{name}: {example}'";
}
