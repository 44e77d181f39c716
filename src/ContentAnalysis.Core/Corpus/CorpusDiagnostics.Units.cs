using System.Globalization;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Messages of unit control: exclusions, removing and refreshing documents.</summary>
public static partial class CorpusDiagnostics
{
    /// <summary>A unit selection (ids, <c>--matching</c>) that is empty or not a valid regular expression.</summary>
    public const string BadUnitSelection = "QCA2020";

    /// <summary>A document to refresh whose source file is unknown or gone.</summary>
    public const string SourceUnknown = "QCA2021";

    /// <summary>A text whose paragraphs seem to be separated by single line breaks, so several make one unit.</summary>
    public const string LinesAsParagraphs = "QCA2022";

    /// <summary>Lines of paragraph length followed directly by another line (the first at <paramref name="line"/>).</summary>
    internal static Diagnostic SingleLineBreaks(int count, string file, int line) =>
        Diagnostic.Warning(
            LinesAsParagraphs,
            string.Create(CultureInfo.InvariantCulture, $"{count} lines of paragraph length run on into the next line without a blank line, so their paragraphs share units"),
            file,
            line,
            hint: "paragraphs are separated by blank lines; if each line is a paragraph, put a blank line after each (sed G FILE > NEW) and import that");

    /// <summary>A unit id the corpus does not have.</summary>
    internal static Diagnostic UnitUnknown(string unit, string file) =>
        Diagnostic.Error(UnknownDocument, $"no unit '{unit}' in the corpus", file, hint: "list a document's units with 'qcat corpus show DOC --units'");

    /// <summary>A document to remove that the corpus does not have.</summary>
    internal static Diagnostic DocumentToRemoveUnknown(string document, string file) =>
        Diagnostic.Error(UnknownDocument, $"no document '{document}' in the corpus", file, hint: "see 'qcat corpus list'");

    /// <summary>An invalid regular expression.</summary>
    internal static Diagnostic BadRegex(string pattern, string problem) =>
        Diagnostic.Error(BadUnitSelection, $"--matching '{pattern}' is not a valid regular expression: {problem}", hint: "escape special characters with '\\', e.g. 'Read \\d+ times'");

    /// <summary>A remove or refresh that would take coded units away or change them.</summary>
    internal static Diagnostic CodedUnitsWouldChange(string verb, string document, IReadOnlyCollection<string> units, int codings, string file)
    {
        var shown = string.Join(", ", units.Take(5)) + (units.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $", … ({units.Count - 5} more)") : string.Empty);
        return Diagnostic.Error(CodedUnitsChanged, $"cannot {verb} document '{document}': {units.Count} coded unit(s) would change or disappear ({shown}), carrying {codings} coding(s)", file, hint: $"pass --force to {verb} anyway; 'qcat check' then lists the stale codings");
    }

    /// <summary>A refresh of a document whose source file was not recorded.</summary>
    internal static Diagnostic SourceNotRecorded(string document, string file) =>
        Diagnostic.Error(SourceUnknown, $"the source file of document '{document}' is not recorded", file, hint: "import the file again with 'qcat corpus import FILE --id " + document + "'");

    /// <summary>A refresh whose recorded source file is gone.</summary>
    internal static Diagnostic SourceGone(string document, string source, string file) =>
        Diagnostic.Error(SourceUnknown, $"the source file '{source}' of document '{document}' is gone", file, hint: "import the moved file with 'qcat corpus import FILE --id " + document + "'");

    /// <summary>A sources.csv row whose import options are not flags <c>qcat corpus import</c> writes there.</summary>
    internal static Diagnostic UnknownImportOption(string document, string options, string file) =>
        Diagnostic.Error(BadTable, $"the import options '{options}' recorded for document '{document}' are not understood", file, hint: "write them as 'qcat corpus import' flags (--unit sentence --repair --strip-boilerplate), or import the file again");
}
