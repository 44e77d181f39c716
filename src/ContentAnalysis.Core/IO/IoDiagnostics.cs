using System.Globalization;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.IO;

/// <summary>
/// The catalogue of reading and writing project files, whatever the area (codes kept from the corpus range): each code
/// with its messages, and the table and encoding messages every strict reader raises under its own area's code.
/// </summary>
internal static class IoDiagnostics
{
    /// <summary>A text file is not valid UTF-8 (also: UTF-16 or binary).</summary>
    public const string NotUtf8 = "QCA2001";

    /// <summary>A file that is not UTF-8 text, at the error's line (0: the file as a whole).</summary>
    public static Diagnostic NotUtf8Text(Utf8Error error, string file, int line = 0) =>
        Diagnostic.Error(NotUtf8, EncodingMessage(error), file, line, 0, EncodingHint(error));

    /// <summary>What is wrong with bytes that are not UTF-8: <c>invalid UTF-8 at byte offset 12</c>, <c>UTF-16 (little-endian) text, not UTF-8</c>, …</summary>
    public static string EncodingMessage(Utf8Error error) => error.Kind switch
    {
        Utf8ErrorKind.OtherEncoding => $"{error.Encoding} text (byte order mark), not UTF-8",
        Utf8ErrorKind.Binary => string.Create(CultureInfo.InvariantCulture, $"binary file, not text: NUL byte at byte offset {error.Offset}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {error.Offset}"),
    };

    /// <summary>How to fix bytes that are not UTF-8.</summary>
    public static string EncodingHint(Utf8Error error) => error.Kind switch
    {
        Utf8ErrorKind.OtherEncoding => $"convert it from {error.Encoding} to UTF-8 (most editors: 'Save with encoding', UTF-8)",
        Utf8ErrorKind.Binary => "give a text file; if it is UTF-16 text without a byte order mark, convert it to UTF-8",
        _ => "save the file as UTF-8",
    };

    /// <summary>Another writer held the project lock for the whole wait.</summary>
    public const string ProjectLocked = "QCA2012";

    /// <summary>The project lock stayed taken for the whole wait.</summary>
    public static Diagnostic LockTimedOut(string holder, TimeSpan wait, string file) =>
        Diagnostic.Error(ProjectLocked, string.Create(CultureInfo.InvariantCulture, $"the project is locked by another writer ({holder}); gave up after {wait.TotalSeconds:0.#} s"), file, hint: "wait for that command to finish and run this one again");

    /// <summary>A stored table whose header is not the expected one (under the table's area <paramref name="code"/>).</summary>
    public static Diagnostic UnexpectedHeader(string code, IEnumerable<string> found, IEnumerable<string> expected, string file, int line) =>
        Diagnostic.Error(code, $"unexpected header '{string.Join(",", found)}'", file, line, 1, $"expected '{string.Join(",", expected)}'");

    /// <summary>A stored table's row with the wrong number of fields (under the table's area <paramref name="code"/>).</summary>
    public static Diagnostic StoredFieldCount(string code, int fields, int expected, string file, int line) =>
        Diagnostic.Error(code, $"{fields} fields where {expected} are expected", file, line, 1, "the file was edited by hand or damaged; re-import the corpus");

    /// <summary>A CSV record the reader refused, its message shown as text (under the file's area <paramref name="code"/>).</summary>
    public static Diagnostic BadQuotes(string code, string readerMessage, string file, int line) =>
        Diagnostic.Error(code, readerMessage, file, line, 1, "check the quotes on that line");
}
