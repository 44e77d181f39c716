using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Projects;

/// <summary>
/// Diagnostic codes of the project model and of names typed on the command line (QCA0xxx): the same
/// mistake gets the same code in every command.
/// </summary>
public static class ProjectDiagnostics
{
    /// <summary>A coder named on the command line has no journal.</summary>
    public const string UnknownCoder = "QCA0001";

    /// <summary>A coder without journal; <paramref name="file"/> is the codings folder.</summary>
    internal static Diagnostic CoderWithoutJournal(string name, IReadOnlyList<string> known, string file) =>
        Diagnostic.Error(UnknownCoder, $"coder '{name}' has no journal", file, hint: known.Count == 0 ? "no codings yet: code with 'qcat code' or import with 'qcat codings import'" : Suggest(name, known, "coders"));

    /// <summary>A dimension named on the command line is not in the codebook.</summary>
    public const string UnknownDimension = "QCA0002";

    /// <summary>A dimension the codebook, or (without codebook) the codings, lack.</summary>
    internal static Diagnostic DimensionUnknown(string id, IReadOnlyList<string> known, string file, string emptyHint) =>
        Diagnostic.Error(UnknownDimension, $"unknown dimension '{id}'", file, hint: known.Count == 0 ? emptyHint : Suggest(id, known, "dimensions"));

    /// <summary>A category named on the command line is not in the codebook (or in the dimension given), or is ambiguous.</summary>
    public const string UnknownCategory = "QCA0003";

    /// <summary>A category of another dimension than the one given.</summary>
    internal static Diagnostic CategoryInOtherDimension(string id, string other, string given, string file) =>
        Diagnostic.Error(UnknownCategory, $"category '{id}' is in dimension '{other}', not '{given}'", file, hint: $"use --dimension {other}, or leave --dimension out");

    /// <summary>A category asked of a scale dimension.</summary>
    internal static Diagnostic ScaleHasNoCategories(string dimension, string kind, string file) =>
        Diagnostic.Error(UnknownCategory, $"dimension '{dimension}' is an {kind} scale with levels, not categories", file, hint: $"see its levels with 'qcat codebook show --dimension {dimension}'");

    /// <summary>A category no dimension in scope has.</summary>
    internal static Diagnostic CategoryUnknown(string id, IEnumerable<string> known, string file) =>
        Diagnostic.Error(UnknownCategory, $"unknown category '{id}'", file, hint: Suggest(id, known, "categories"));

    /// <summary>A category id found in several dimensions.</summary>
    internal static Diagnostic CategoryAmbiguous(string id, IEnumerable<string> dimensions, string file) =>
        Diagnostic.Error(UnknownCategory, $"category '{id}' exists in dimensions {string.Join(", ", dimensions)}", file, hint: "choose one with --dimension");

    /// <summary><c>qcat init</c> found a project in the folder already.</summary>
    public const string ProjectExists = "QCA0004";

    /// <summary><c>qcat init</c> on a project (<paramref name="isFile"/>: on a file, not a folder); nothing changed.</summary>
    internal static Diagnostic ProjectAlreadyThere(bool isFile, string file) =>
        Diagnostic.Error(ProjectExists, isFile ? "this is a file, not a folder" : "a project exists here already; nothing was changed", file, hint: "run 'qcat init' in an empty folder, or name a new one: 'qcat init DIR'");

    /// <summary>The corpus has no units, and the command needs some.</summary>
    public const string EmptyCorpus = "QCA0005";

    /// <summary>A corpus without units; <paramref name="file"/> is the units table.</summary>
    internal static Diagnostic NoUnits(string file) =>
        Diagnostic.Error(EmptyCorpus, "the corpus has no units", file, hint: "import documents first with 'qcat corpus import FILES'");

    /// <summary>A sample named on the command line does not exist (the sampling area's code).</summary>
    public const string UnknownSample = Sampling.SamplingDiagnostics.UnknownSample;

    /// <summary>A sample named that does not exist.</summary>
    internal static Diagnostic SampleUnknown(string name, IReadOnlyList<string> known, string file) =>
        Diagnostic.Error(UnknownSample, $"sample '{name}' does not exist", file, hint: EditDistance.DidYouMean(name, known) ?? (known.Count == 0 ? "create one with 'qcat sample create NAME --size N'" : "samples: " + string.Join(", ", known)));

    /// <summary>A sample name is not a plain name (letters, digits, '_', '-'), e.g. a path (the sampling area's code).</summary>
    public const string BadSampleName = Sampling.SamplingDiagnostics.BadName;

    /// <summary>A sample name that is no plain name.</summary>
    internal static Diagnostic SampleNameNotAllowed(string name) =>
        Diagnostic.Error(BadSampleName, $"sample name '{name}' is not allowed", hint: "a sample is named, not a path: use letters, digits, '_' and '-' ('all' means the whole corpus)");

    /// <summary>A document named on the command line is not in the corpus (the corpus area's code).</summary>
    public const string UnknownDocument = Corpus.CorpusDiagnostics.UnknownDocument;

    /// <summary>A document the corpus lacks.</summary>
    internal static Diagnostic DocumentUnknown(string id, IReadOnlyList<string> known, string file) =>
        Diagnostic.Error(UnknownDocument, $"no document '{id}' in the corpus", file, hint: known.Count == 0 ? "import documents with 'qcat corpus import'" : Suggest(id, known, "see 'qcat corpus list'"));

    // The nearest name, else the list (or, for a phrase with a space, the phrase itself).
    private static string Suggest(string word, IEnumerable<string> known, string what)
    {
        var list = known.ToList();
        return EditDistance.DidYouMean(word, list) ?? (what.Contains(' ', StringComparison.Ordinal) ? what : what + ": " + string.Join(", ", list));
    }
}
