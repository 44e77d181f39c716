using System.Text;
using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Tests.Corpus.Reference;

/// <summary>
/// <c>TextNormalizer</c> as it was before the import speed-up (commit 5ab73d6): the reference the faster
/// implementation must match on random input.
/// </summary>
internal static partial class ReferenceTextNormalizer
{
    /// <summary>CRLF and CR to LF, then NFC.</summary>
    public static string NormalizeLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);

    /// <summary>Removes page furniture, joins hyphenated words and drops footnote markers.</summary>
    public static string Clean(string text)
    {
        text = ReferencePageFurniture.Remove(text);
        text = JoinHyphenation(text);
        return RemoveFootnoteMarkers(text);
    }

    /// <summary>
    /// A hyphen at a line end followed by a lower-case letter is a word break and is removed
    /// (<c>inter-\nnational</c> → <c>international</c>); before anything else the hyphen is real and
    /// only the line break goes (<c>Nagorno-\nKarabakh</c> → <c>Nagorno-Karabakh</c>).
    /// </summary>
    public static string JoinHyphenation(string text)
    {
        text = SoftHyphenBreak().Replace(text, "$1$2");
        return HardHyphenBreak().Replace(text, "$1-$2");
    }

    /// <summary>Removes <c>[12]</c> and superscript digits glued to the end of a word or punctuation.</summary>
    public static string RemoveFootnoteMarkers(string text) => FootnoteMarker().Replace(text, string.Empty);

    [GeneratedRegex(@"(\p{L})-[ \t]*\n[ \t]*(\p{Ll})")]
    private static partial Regex SoftHyphenBreak();

    [GeneratedRegex(@"(\p{L})-[ \t]*\n[ \t]*([\p{Lu}\p{Lt}\d])")]
    private static partial Regex HardHyphenBreak();

    // A bracketed number not followed by "(" (a Markdown link) or ":" (a footnote definition).
    [GeneratedRegex(@"(?<=[\p{L}\p{P}])(?:\[\d{1,3}\](?![(:])|[¹²³⁰⁴⁵⁶⁷⁸⁹]+)")]
    private static partial Regex FootnoteMarker();
}
