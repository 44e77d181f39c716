using System.Globalization;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Cli;

/// <summary>
/// The diagnostics the command line raises itself (about its options and what it prints), worded once here under the
/// owning area's public code; Core's own messages stay in Core's area catalogues.
/// </summary>
internal static partial class CliMessages
{
    /// <summary><c>qcat check</c> without a codebook.</summary>
    public static Diagnostic ChecksWithoutCodebook() =>
        Diagnostic.Warning(CodebookDiagnosticCodes.NoCodebook, "no codebook: dimension and category checks skipped", hint: "add a codebook YAML file there or pass its path");

    /// <summary>A codebook path given to <c>codebook validate</c> that does not exist.</summary>
    public static Diagnostic CodebookToValidateMissing(string file) =>
        Diagnostic.Error(CodebookDiagnosticCodes.CodebookFileUnreadable, "codebook file not found", file, hint: "check the path; without arguments every file in codebooks/ is checked");

    /// <summary>An imported document without units, told at once.</summary>
    public static Diagnostic ImportedWithoutUnits(string document, string file) =>
        Diagnostic.Warning(CorpusDiagnostics.NoUnits, $"document '{document}' has no units", file, hint: "the file is empty or holds only headings and front matter; check it");

    /// <summary><c>--coder</c> with a name that is not allowed.</summary>
    public static Diagnostic CoderOptionNotAllowed(string name) =>
        Diagnostic.Error(CodingDiagnostics.BadCoderName, $"--coder: name '{name}' is not allowed", hint: "use letters, digits, '_' and '-' only");

    /// <summary><c>qcat code</c> without an interactive terminal.</summary>
    public static Diagnostic NotATerminal() =>
        Diagnostic.Error(SamplingDiagnostics.NotATerminal, "coding needs an interactive terminal and standard input is not one", hint: "use --script FILE to replay keystrokes");

    /// <summary>A sample and <c>--doc</c> without a common unit.</summary>
    public static Diagnostic NoUnitsToCode() =>
        Diagnostic.Error(SamplingDiagnostics.BadSessionOption, "no units to code: the sample and --doc have no unit in common", hint: "drop --doc or choose another sample");

    /// <summary><c>--unit</c> naming a unit the corpus, or the session's units, lack.</summary>
    public static Diagnostic StartUnitNotFound(string unit, bool inCorpus) => inCorpus
        ? Diagnostic.Error(SamplingDiagnostics.BadSessionOption, $"--unit: unit '{unit}' is not in this session's sample or document", hint: "drop --sample or --doc, or name a unit they include")
        : Diagnostic.Error(SamplingDiagnostics.BadSessionOption, $"--unit: no unit '{unit}' in the corpus", hint: "see 'qcat corpus show DOCUMENT --units'");

    /// <summary><c>--script</c> naming a missing file.</summary>
    public static Diagnostic ScriptMissing(string path) =>
        Diagnostic.Error(SamplingDiagnostics.BadScript, $"--script: file '{path}' does not exist", hint: "give a file with one key per line");

    /// <summary><c>--size</c> that is neither a count nor a percentage.</summary>
    public static Diagnostic SizeNotANumber(string size) =>
        Diagnostic.Error(SamplingDiagnostics.BadSize, $"--size: '{size}' is neither a whole number nor a percentage", hint: "write e.g. --size 50 or --size 20%");

    /// <summary><c>--size</c> outside 1 … the corpus size.</summary>
    public static Diagnostic SizeOutOfRange(string size, int count, int population) =>
        Diagnostic.Error(SamplingDiagnostics.BadSize, $"--size {size} gives {count} units; the corpus has {population}", hint: $"choose between 1 and {population} units");

    /// <summary>Ordinal text labels without <c>--order</c>.</summary>
    public static Diagnostic OrderNeeded(string file) =>
        Diagnostic.Error(AgreementDiagnostics.NotInOrder, "ordinal level with text labels needs their order", file, hint: "pass --order low,mid,high (lowest rank first) or use numbers");

    /// <summary><c>--details</c> with <c>--format csv</c>.</summary>
    public static Diagnostic DetailsNotInCsv() =>
        Diagnostic.Error(AgreementDiagnostics.DetailsNotInCsv, "--details has no CSV form (matrices, coder pairs and unit lists are not one table)", hint: "use --details with --format json or --format md, or drop --details for the coefficient CSV");

    /// <summary><c>--significance</c> outside (0, 1).</summary>
    public static Diagnostic BadSignificance(double significance) =>
        Diagnostic.Error(AgreementDiagnostics.BadSignificance, FormattableString.Invariant($"--significance {significance}: the significance lies strictly between 0 and 1"), hint: "e.g. --significance 0.05 (the default) or 0.01");

    /// <summary>An unknown name in <c>--coefficients</c>.</summary>
    public static Diagnostic UnknownCoefficient(string name, IEnumerable<string> known) =>
        Diagnostic.Error(AgreementDiagnostics.UnknownCoefficient, $"unknown coefficient '{name}' in --coefficients", hint: "choose from " + string.Join(", ", known));

    /// <summary><c>--bootstrap</c> below the minimum.</summary>
    public static Diagnostic BadBootstrap(int? resamples) =>
        Diagnostic.Error(AgreementDiagnostics.BadBootstrap, FormattableString.Invariant($"--bootstrap {resamples}: the bootstrap needs at least {KrippendorffBootstrapOptions.MinimumResamples} resamples"), hint: "pass --bootstrap 0 for no interval, or 1000 or more resamples");

    /// <summary>Fewer than two coders: all journals (<paramref name="requested"/> false) or those of <c>--coders</c>.</summary>
    public static Diagnostic TooFewCoders(int journals, bool requested) => requested
        ? Diagnostic.Error(AgreementDiagnostics.TooFewJournals, "--coders needs at least two coders", hint: "e.g. --coders anna,ben")
        : Diagnostic.Error(AgreementDiagnostics.TooFewJournals, string.Create(CultureInfo.InvariantCulture, $"{journals} coder journal(s) in data/codings/; agreement needs at least two coders"), hint: "import codings with 'qcat codings import FILE --coder NAME' or code with 'qcat code'");
}
