using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>The catalogue of dictionary pre-coding (<c>qcat autocode</c>, QCA81xx): each code with its messages, worded once here.</summary>
public static class AutocodingDiagnostics
{
    /// <summary><c>--explain UNIT</c> names no unit of the corpus.</summary>
    public const string UnknownUnit = "QCA8101";

    /// <summary>The unit to explain is not in the corpus; the hint suggests the nearest unit id.</summary>
    internal static Diagnostic UnitNotFound(string unit, IEnumerable<string> known, string file) =>
        Diagnostic.Error(UnknownUnit, $"unit '{unit}' is not in the corpus", file, hint: EditDistance.DidYouMean(unit, known) ?? "list the units with 'qcat corpus show DOC --units'");

    /// <summary>The reference coder of <c>--evaluate</c> has no journal.</summary>
    public const string MissingReference = "QCA8102";

    /// <summary>The reference coder has no journal; the message lists the coders that have one.</summary>
    internal static Diagnostic ReferenceNotFound(string coder, IReadOnlyList<string> coders, string file) =>
        Diagnostic.Error(MissingReference, $"the reference coder '{coder}' has no codings to evaluate against ({Existing(coders)})", file, hint: coder == "gold" ? "reconcile the coders into 'gold' first, or name a coder with --against NAME" : "name a coder with codings with --against NAME");

    /// <summary>The chosen dimensions (or the whole codebook) have no keywords or patterns.</summary>
    public const string NoIndicators = "QCA8103";

    /// <summary>No indicators in the chosen dimensions.</summary>
    internal static Diagnostic NoIndicatorsIn(IReadOnlyList<Dimension> dimensions, bool named, string? file) =>
        Diagnostic.Error(NoIndicators, named ? $"dimension(s) {string.Join(", ", dimensions.Select(d => $"'{d.Id}'"))} have no indicators" : "the codebook has no indicators in any category dimension", file, hint: "give categories 'indicators:' with 'keywords:' or 'patterns:' (docs/codebook-format.md)");

    /// <summary><c>--dimension</c> names a scale (ordinal or interval): the dictionary codes only category dimensions.</summary>
    public const string ScaleDimension = "QCA8104";

    /// <summary>A scale dimension was named.</summary>
    internal static Diagnostic ScaleNotAutocoded(Dimension dimension, string? file) =>
        Diagnostic.Error(ScaleDimension, $"dimension '{dimension.Id}' is {dimension.Kind.ToString().ToLowerInvariant()}: the dictionary codes only single and multi dimensions", file, hint: "scale levels have no indicators; leave the dimension out");

    /// <summary>The coder <c>autocode</c> would write already has codings it did not write (a human coder's journal).</summary>
    public const string NotDictionaryJournal = "QCA8105";

    /// <summary>The journal holds codings not written by autocode.</summary>
    internal static Diagnostic ForeignJournal(string coder, int codings, string file) =>
        Diagnostic.Error(NotDictionaryJournal, string.Create(CultureInfo.InvariantCulture, $"coder '{coder}' has {codings} coding(s) not written by 'qcat autocode'; they would be overwritten"), file, hint: "give the dictionary its own coder name with --coder NAME (default: dictionary)");

    /// <summary><c>--evaluate</c> or <c>--explain</c> before the dictionary coder has a journal.</summary>
    public const string NoDictionaryCodings = "QCA8106";

    /// <summary>The dictionary coder has no journal yet.</summary>
    internal static Diagnostic DictionaryNotRun(string coder, string file) =>
        Diagnostic.Error(NoDictionaryCodings, $"coder '{coder}' has no codings to evaluate", file, hint: coder == "dictionary" ? "run 'qcat autocode' first" : $"run 'qcat autocode --coder {coder}' first");

    /// <summary>An indicator pattern ran longer than its time limit on one unit (catastrophic backtracking).</summary>
    public const string PatternTimeout = "QCA8107";

    /// <summary>A pattern timed out on a unit.</summary>
    internal static Diagnostic PatternTimedOut(string pattern, string category, string unit, TimeSpan limit, string? file) =>
        Diagnostic.Error(PatternTimeout, string.Create(CultureInfo.InvariantCulture, $"pattern '{pattern}' of category '{category}' ran longer than {limit.TotalSeconds:0.###} s on unit '{unit}'"), file, hint: "the pattern backtracks catastrophically; avoid nested quantifiers such as (a+)+");

    /// <summary>A keyword or negator has no letter or digit, so it can never match (warning).</summary>
    public const string EmptyKeyword = "QCA8108";

    /// <summary>A keyword without letters or digits.</summary>
    internal static Diagnostic KeywordWithoutWord(string keyword, string owner, string? file) =>
        Diagnostic.Warning(EmptyKeyword, $"keyword '{keyword}' of {owner} has no letter or digit and never matches", file, hint: "keywords match whole words; use a pattern for punctuation");

    private static string Existing(IReadOnlyList<string> coders) =>
        coders.Count == 0 ? "no coder has codings yet" : "coders with codings: " + string.Join(", ", coders);
}
