using System.Globalization;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>Diagnostic codes of <c>qcat reconcile</c> (QCA80xx), each with the factory of its message.</summary>
public static class ReconciliationDiagnostics
{
    /// <summary>Fewer than two coders to reconcile.</summary>
    public const string TooFewCoders = "QCA8001";

    /// <summary>The reconciliation target (<c>--into</c>) is one of the coders being reconciled.</summary>
    public const string IntoIsCoder = "QCA8002";

    /// <summary>The target journal exists but was not written by <c>qcat reconcile</c> (no provenance column).</summary>
    public const string NotReconciliationJournal = "QCA8003";

    /// <summary>A script line is not a key, or the script file is missing.</summary>
    public const string BadScript = "QCA8004";

    /// <summary>A script key is not accepted where it comes (e.g. a new value without a reason).</summary>
    public const string ScriptKeyRefused = "QCA8005";

    /// <summary>A script's <c>@ UNIT DIMENSION</c> line names another disagreement than the one on screen.</summary>
    public const string ScriptOutOfStep = "QCA8006";

    /// <summary>Another reconciliation into the same target is running.</summary>
    public const string TargetLocked = "QCA8007";

    /// <summary>No unit × dimension is coded by the coders in the chosen scope.</summary>
    public const string NothingToReconcile = "QCA8008";

    /// <summary><c>qcat reconcile</c> without an interactive terminal and without <c>--script</c>.</summary>
    public const string NotATerminal = "QCA8009";

    /// <summary>The message of <see cref="NotATerminal"/>.</summary>
    public static Diagnostic NoTerminal() =>
        Diagnostic.Error(NotATerminal, "reconciling needs an interactive terminal and standard input is not one", hint: "use --script FILE to replay keys, or --summary to see where reconciliation stands");

    internal static Diagnostic TooFew(int count) =>
        Diagnostic.Error(TooFewCoders, string.Create(CultureInfo.InvariantCulture, $"--coders names {count} coder(s); reconciliation needs at least two"), hint: "e.g. --coders anna,ben");

    internal static Diagnostic IntoCoder(string into) =>
        Diagnostic.Error(IntoIsCoder, $"--into '{into}' is one of the coders being reconciled", hint: "reconcile into a journal of its own, e.g. --into gold");

    internal static Diagnostic NotReconciliation(string into, string file) =>
        Diagnostic.Error(NotReconciliationJournal, $"the journal of '{into}' exists but was not written by 'qcat reconcile' (it has no provenance column)", file, 1, 1, "reconcile into another name with --into, or move that journal away");

    internal static Diagnostic ScriptLine(string file, int line, string text) =>
        Diagnostic.Error(BadScript, $"'{text}' is not a key", file, line, 1, "one key per line: a character, or enter, backspace, escape; the line after m is the reason; '@ UNIT DIMENSION' checks the disagreement on screen");

    /// <summary>The message of the code above, filled in.</summary>
    public static Diagnostic ScriptMissing(string path) =>
        Diagnostic.Error(BadScript, $"--script: file '{path}' does not exist", hint: "give a file with one key per line (docs/reconciliation.md)");

    /// <summary>The message of the code above, filled in.</summary>
    public static Diagnostic Refused(string file, int line, string key, string why) =>
        Diagnostic.Error(ScriptKeyRefused, $"key '{key}' was refused: {why}", file, line, 1, "fix the script; decisions before this line are saved, and a new run resumes after them");

    /// <summary>The message of the code above, filled in.</summary>
    public static Diagnostic OutOfStep(string file, int line, string expected, string actual) =>
        Diagnostic.Error(ScriptOutOfStep, $"the script expects {expected} but the disagreement on screen is {actual}", file, line, 1, "the codings changed since the script was written, or a key above decided a different item; fix the script");

    /// <summary>The message of the code above, filled in.</summary>
    public static Diagnostic Locked(string into, string file) =>
        Diagnostic.Error(TargetLocked, $"a reconciliation into '{into}' (or a coding session of '{into}') is already running", file, hint: "finish or quit it first; two would interleave their decisions");

    internal static Diagnostic Nothing(string scope) =>
        Diagnostic.Error(NothingToReconcile, $"nothing to reconcile: no unit of {scope} is coded by every coder named", hint: "check the coders with 'qcat progress', or use --allow-incomplete");
}
