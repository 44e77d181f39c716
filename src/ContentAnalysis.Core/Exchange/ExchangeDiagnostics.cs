using System.Globalization;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// The catalogue of REFI-QDA exchange (<c>.qdc</c>, <c>.qdpx</c>): codes QCA95xx with their messages. A hostile or
/// broken archive or XML file is refused with one of these before anything is written into the project.
/// </summary>
internal static class ExchangeDiagnostics
{
    /// <summary>The file is not a readable ZIP archive.</summary>
    public const string NotAnArchive = "QCA9501";

    /// <summary>An archive entry would land outside the target folder (<c>../</c>, absolute path, drive letter).</summary>
    public const string UnsafePath = "QCA9502";

    /// <summary>An archive entry is a symbolic link.</summary>
    public const string SymbolicLink = "QCA9503";

    /// <summary>The archive has more entries than allowed.</summary>
    public const string TooManyEntries = "QCA9504";

    /// <summary>An entry, or all entries together, expand beyond the size limit.</summary>
    public const string TooLarge = "QCA9505";

    /// <summary>An entry expands more than the compression ratio allows (a zip bomb).</summary>
    public const string CompressionRatio = "QCA9506";

    /// <summary>An XML file has a document type declaration (DTDs and external entities are prohibited).</summary>
    public const string Dtd = "QCA9507";

    /// <summary>An XML file nests elements too deeply or has an oversized attribute.</summary>
    public const string XmlLimits = "QCA9508";

    /// <summary>An XML file is not well-formed.</summary>
    public const string MalformedXml = "QCA9509";

    /// <summary>The XML is not a REFI-QDA codebook or project (wrong root element) or the archive has no <c>project.qde</c>.</summary>
    public const string NotRefi = "QCA9510";

    /// <summary>The file given does not exist.</summary>
    public const string FileMissing = "QCA9511";

    /// <summary>The codebook read from a <c>.qdc</c> or <c>.qde</c> has no codes, or the target file exists.</summary>
    public const string CodebookNotWritten = "QCA9512";

    /// <summary>Two archive entries have the same name (ignoring case).</summary>
    public const string DuplicateEntry = "QCA9513";

    /// <summary>Not a ZIP archive.</summary>
    public static Diagnostic NotZip(string file) =>
        Diagnostic.Error(NotAnArchive, "not a readable ZIP archive", file, hint: "give a .qdpx file as the QDA program exported it");

    /// <summary>An entry path that escapes the target folder.</summary>
    public static Diagnostic EscapingEntry(string entry, string file) =>
        Diagnostic.Error(UnsafePath, $"archive entry '{entry}' would be written outside the target folder (absolute path, drive letter or '..')", file, hint: "the archive is unsafe; export it again from the QDA program");

    /// <summary>A symbolic link entry.</summary>
    public static Diagnostic LinkEntry(string entry, string file) =>
        Diagnostic.Error(SymbolicLink, $"archive entry '{entry}' is a symbolic link", file, hint: "the archive is unsafe; links are never followed — export it again from the QDA program");

    /// <summary>Too many entries.</summary>
    public static Diagnostic EntryCount(int count, int limit, string file) =>
        Diagnostic.Error(TooManyEntries, Invariant($"the archive has {count:N0} entries (limit {limit:N0})"), file, hint: "the archive is unsafe or not a REFI-QDA project; split the project or export it again");

    /// <summary>An entry too large.</summary>
    public static Diagnostic EntrySize(string entry, long limit, string file) =>
        Diagnostic.Error(TooLarge, Invariant($"archive entry '{entry}' expands beyond {limit:N0} bytes"), file, hint: "the archive is unsafe (a zip bomb) or holds a source too large to import; remove it from the project and export again");

    /// <summary>All entries together too large.</summary>
    public static Diagnostic TotalSize(long limit, string file) =>
        Diagnostic.Error(TooLarge, Invariant($"the archive expands beyond {limit:N0} bytes in total"), file, hint: "the archive is unsafe (a zip bomb) or too large; export fewer sources");

    /// <summary>An entry whose compression ratio is implausible.</summary>
    public static Diagnostic Ratio(string entry, long ratio, int limit, string file) =>
        Diagnostic.Error(CompressionRatio, Invariant($"archive entry '{entry}' expands {ratio:N0} times its compressed size (limit {limit:N0})"), file, hint: "the archive is unsafe (a zip bomb); do not import it");

    /// <summary>A DTD in an XML file.</summary>
    public static Diagnostic DtdFound(string file) =>
        Diagnostic.Error(Dtd, "the XML has a document type declaration (<!DOCTYPE>); DTDs and external entities are prohibited", file, hint: "remove the <!DOCTYPE …> declaration; REFI-QDA files never need one");

    /// <summary>Too deep nesting.</summary>
    public static Diagnostic TooDeep(int limit, string file, int line, int column) =>
        Diagnostic.Error(XmlLimits, Invariant($"elements nested deeper than {limit} levels"), file, line, column, "the file is unsafe or damaged; export it again");

    /// <summary>An oversized attribute.</summary>
    public static Diagnostic LongAttribute(string name, int limit, string file, int line, int column) =>
        Diagnostic.Error(XmlLimits, Invariant($"attribute '{name}' is longer than {limit:N0} characters"), file, line, column, "the file is unsafe or damaged; export it again");

    /// <summary>Malformed XML (the parser's position, its reason in our words).</summary>
    public static Diagnostic Malformed(string file, int line, int column) =>
        Diagnostic.Error(MalformedXml, "the XML is not well-formed", file, line, column, "the file is damaged or not XML; export it again from the QDA program");

    /// <summary>The wrong root element.</summary>
    public static Diagnostic WrongRoot(string found, string expected, string file) =>
        Diagnostic.Error(NotRefi, $"root element '{found}' where a REFI-QDA '{expected}' is expected", file, hint: expected == "CodeBook" ? "give a .qdc codebook file" : "give a .qdpx project (its project.qde)");

    /// <summary>No project.qde in the archive.</summary>
    public static Diagnostic NoProjectFile(string file) =>
        Diagnostic.Error(NotRefi, "the archive has no project.qde", file, hint: "give a .qdpx file exported by a QDA program (a ZIP with project.qde and sources/)");

    /// <summary>A missing input file.</summary>
    public static Diagnostic Missing(string file) =>
        Diagnostic.Error(FileMissing, "file not found", file, hint: "check the path");

    /// <summary>A codebook without codes.</summary>
    public static Diagnostic NoCodes(string file) =>
        Diagnostic.Error(CodebookNotWritten, "the codebook has no codes", file, hint: "export the codebook again with its codes");

    /// <summary>The target codebook file exists.</summary>
    public static Diagnostic TargetExists(string file) =>
        Diagnostic.Error(CodebookNotWritten, "the codebook file exists already; nothing was written", file, hint: "name another file with --out, or delete this one");

    /// <summary>Two entries with the same name.</summary>
    public static Diagnostic SameName(string entry, string file) =>
        Diagnostic.Error(DuplicateEntry, $"two archive entries are named '{entry}' (ignoring case)", file, hint: "the archive is ambiguous; export it again from the QDA program");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
