using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Analysis;

/// <summary>The catalogue of <c>qcat analyze</c> (QCA7xxx): each code with the messages raised under it, worded once here.</summary>
public static class AnalysisDiagnostics
{
    /// <summary>No coder was named and there is no <c>gold</c> coding.</summary>
    public const string UnknownCoder = "QCA7001";

    /// <summary>No <paramref name="coder"/> journal to analyse; <paramref name="coders"/> are those that exist.</summary>
    internal static Diagnostic NoDefaultCoder(string coder, IReadOnlyList<string> coders) =>
        Diagnostic.Error(UnknownCoder, $"there is no '{coder}' coding to analyse ({(coders.Count == 0 ? "no coder has codings yet" : "coders with codings: " + string.Join(", ", coders))})", hint: "reconcile the coders into 'gold' first, or name one with --coder NAME");

    /// <summary>A dimension asked for has the wrong kind for the analysis (a scale where categories are needed).</summary>
    public const string BadDimension = "QCA7002";

    /// <summary>A scale dimension named where the analysis (<paramref name="why"/>) needs categories.</summary>
    internal static Diagnostic ScaleNotAllowed(Dimension dimension, string why, Codebook codebook) =>
        Diagnostic.Error(BadDimension, $"dimension '{dimension.Id}' is {dimension.Kind.ToString().ToLowerInvariant()}: {why}", codebook.SourcePath, hint: "category dimensions: " + string.Join(", ", codebook.Dimensions.Where(d => d.IsCategorical).Select(d => d.Id)));

    /// <summary>A category or level asked for does not exist, names an unknown dimension, or is ambiguous across dimensions.</summary>
    public const string BadCategory = "QCA7003";

    /// <summary><c>DIMENSION:CATEGORY</c> whose dimension the codebook lacks.</summary>
    internal static Diagnostic ReferenceDimensionUnknown(string text, string dimension, Codebook codebook) =>
        Diagnostic.Error(BadCategory, $"'{text}' names no dimension '{dimension}'", codebook.SourcePath, hint: "write DIMENSION:CATEGORY with one of: " + string.Join(", ", codebook.Dimensions.Select(d => d.Id)));

    /// <summary>A category or level no dimension (or the named one) has.</summary>
    internal static Diagnostic NoSuchCategory(string name, string? dimension, Codebook codebook) =>
        Diagnostic.Error(BadCategory, $"no category or level '{name}'" + (dimension is null ? " in any dimension" : $" in dimension '{dimension}'"), codebook.SourcePath, hint: "see 'qcat codebook show'; a level is named by its value or label, e.g. relations_tone:-1");

    /// <summary>A name found in several dimensions; <paramref name="example"/> is the first, written in full.</summary>
    internal static Diagnostic AmbiguousCategory(string name, IEnumerable<string> dimensions, string example, Codebook codebook) =>
        Diagnostic.Error(BadCategory, $"'{name}' is in several dimensions ({string.Join(", ", dimensions)})", codebook.SourcePath, hint: $"write it as DIMENSION:{name}, e.g. {example}");

    /// <summary>A filter names a period or document the corpus does not have, or <c>--matching</c> is not a valid regular expression.</summary>
    public const string BadFilter = "QCA7004";

    /// <summary>A <c>--matching</c> pattern the regex engine refused (its reason shown as text).</summary>
    internal static Diagnostic BadPattern(string pattern, string reason) =>
        Diagnostic.Error(BadFilter, $"--matching '{pattern}' is not a valid regular expression: {reason}", hint: "a .NET regular expression; (?i) at the start ignores case");

    /// <summary>A <c>--matching</c> pattern that timed out on one unit.</summary>
    internal static Diagnostic PatternTimedOut(string pattern, TimeSpan timeout) =>
        Diagnostic.Error(BadFilter, $"--matching '{pattern}' took longer than {timeout.TotalSeconds:0} s on one unit", hint: "simplify the pattern (nested repetition such as (a+)+ backtracks without end)");

    /// <summary>A filter value (<paramref name="what"/>: <c>period</c>, <c>document</c>) no document has.</summary>
    internal static Diagnostic NoDocumentWith(string what, string value, IEnumerable<string> known) =>
        Diagnostic.Error(BadFilter, $"no document of the corpus has {what} '{value}'", hint: $"{what}s: " + string.Join(", ", known));
}
