using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Sampling;

/// <summary>The catalogue of samples and coding sessions (QCA6xxx): each code with the messages raised under it, worded once here.</summary>
public static class SamplingDiagnostics
{
    /// <summary>The named sample does not exist.</summary>
    public const string UnknownSample = "QCA6001";

    /// <summary>A sample file that does not exist.</summary>
    internal static Diagnostic SampleMissing(string name, string file) =>
        Diagnostic.Error(UnknownSample, $"sample '{name}' does not exist", file, hint: "create it with 'qcat sample create NAME --size N' or see 'qcat sample list'");

    /// <summary>The sample file's parameter line is missing or malformed.</summary>
    public const string BadParameters = "QCA6002";

    /// <summary>A sample file whose first line is not its parameter line.</summary>
    internal static Diagnostic NoParameterLine(string prefix, string file) =>
        Diagnostic.Error(BadParameters, "the first line is not the sample's parameter line", file, 1, 1, $"expected '{prefix} size=…; seed=…; stratify=…; population=…'");

    /// <summary>A parameter line that lacks a parameter.</summary>
    internal static Diagnostic ParametersMissing(string file) =>
        Diagnostic.Error(BadParameters, "the parameter line needs size, seed, stratify and population", file, 1, 1, "recreate the sample with 'qcat sample create --force'");

    /// <summary>The sample file's table is malformed.</summary>
    public const string BadTable = "QCA6003";

    /// <summary>A sample row with the wrong number of fields.</summary>
    internal static Diagnostic SampleFieldCount(int fields, int expected, string file, int line) =>
        Diagnostic.Error(BadTable, $"{fields} fields where {expected} are expected", file, line, 1, "expected 'unit,document,period'");

    /// <summary>A sample table whose header is not the expected one.</summary>
    internal static Diagnostic SampleHeader(string file, int line) =>
        Diagnostic.Error(BadTable, "the header is not 'unit,document,period'", file, line, 1);

    /// <summary>A sample row with an empty unit id, or a unit listed twice.</summary>
    internal static Diagnostic SampleUnitRow(string unit, string file, int line) =>
        Diagnostic.Error(BadTable, unit.Length == 0 ? "empty unit id" : $"unit '{unit}' is listed twice", file, line, 1);


    /// <summary>A sample names a unit the corpus does not have.</summary>
    public const string UnknownUnit = "QCA6004";

    /// <summary>A sample unit the corpus no longer has.</summary>
    internal static Diagnostic SampleUnitGone(string unit, string file) =>
        Diagnostic.Error(UnknownUnit, $"unit '{unit}' of the sample is not in the corpus", file, hint: "the document was removed or re-cut; recreate the sample with --force");

    /// <summary>A sample with that name exists already.</summary>
    public const string SampleExists = "QCA6005";

    /// <summary>Creating a sample under a name already taken.</summary>
    internal static Diagnostic SampleTaken(string name, string file) =>
        Diagnostic.Error(SampleExists, $"sample '{name}' exists already", file, hint: "coders may have started on it; choose another name, or add --force to replace it");

    /// <summary>The requested size is zero, negative, larger than the population or not a number.</summary>
    public const string BadSize = "QCA6006";

    /// <summary>The sample name is not allowed.</summary>
    public const string BadName = "QCA6007";

    /// <summary>A session option names an unknown dimension or document, or selects no units.</summary>
    public const string BadSessionOption = "QCA6008";

    /// <summary>A line of a keystroke script is not a key.</summary>
    public const string BadScript = "QCA6009";

    /// <summary>A script line that is no key.</summary>
    internal static Diagnostic NotAKey(string text, string file, int line) =>
        Diagnostic.Error(BadScript, $"'{text}' is not a key", file, line, 1, "one key per line: a character, or enter, backspace, escape; the line after m is the memo");

    /// <summary>Coding needs an interactive terminal (or a script).</summary>
    public const string NotATerminal = "QCA6010";

    /// <summary>A requirement of <c>qcat sample plan</c> (or <c>--size auto</c>) is out of range.</summary>
    public const string BadPlan = "QCA6040";

    /// <summary>A plan option with a value outside its range.</summary>
    internal static Diagnostic PlanOutOfRange(string option, double value, string expected) =>
        Diagnostic.Error(BadPlan, FormattableString.Invariant($"{option} {value}: out of range"), hint: "give " + expected);
}
