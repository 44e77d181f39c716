using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>The project settings (<c>qcat.yaml</c>) and how a project finds its codebook (QCA19xx).</summary>
public static partial class CodebookDiagnosticCodes
{
    /// <summary><c>qcat.yaml</c> is not valid YAML or has an unknown key (error).</summary>
    public const string BadProjectSettings = "QCA1900";

    /// <summary><c>qcat.yaml</c> that the YAML parser refuses.</summary>
    internal static Diagnostic SettingsNotYaml(SourceLocation at) =>
        at.Error(BadProjectSettings, "qcat.yaml is not valid YAML", "check the indentation and the ':' after each key");

    /// <summary><c>qcat.yaml</c> whose root is not a mapping.</summary>
    internal static Diagnostic SettingsNotMapping(SourceLocation at) =>
        at.Error(BadProjectSettings, "qcat.yaml must be a mapping of 'key: value' lines", "e.g. 'codebook: codebooks/FILE.yaml'");

    /// <summary>A key of <c>qcat.yaml</c> (or of its <paramref name="owner"/> section) that is not known.</summary>
    internal static Diagnostic UnknownSetting(string key, IReadOnlyCollection<string> allowed, string owner, SourceLocation at) =>
        at.Error(BadProjectSettings, $"unknown key '{key}' in {owner}", EditDistance.DidYouMean(key, allowed) ?? "allowed keys: " + string.Join(", ", allowed));

    /// <summary>A setting that must be one value (a list item of <c>authors</c> when <paramref name="listItem"/>).</summary>
    internal static Diagnostic SettingNotSingleValue(string key, SourceLocation at, bool listItem = false) =>
        at.Error(BadProjectSettings, $"'{key}' must be a single value", key switch
        {
            "codebook" => "write 'codebook: codebooks/FILE.yaml'",
            "templates" => "write 'templates: reports/templates'",
            "id" => "write e.g. 'id: war'",
            "label" => "write e.g. 'label: The war'",
            "start" => "write e.g. 'start: 2020-09-27'",
            "authors" => listItem ? "list one author per '- ' line" : "write 'authors: NAME' or a list",
            _ => $"write '{key}: …' on one line, or use '>' for a folded paragraph",
        });

    /// <summary><c>study:</c> that is not a mapping.</summary>
    internal static Diagnostic StudyNotMapping(SourceLocation at) =>
        at.Error(BadProjectSettings, "'study' must be a mapping of 'key: value' lines", "e.g. 'study:' then '  title: …' indented below it");

    /// <summary><c>periods:</c> that is not a list.</summary>
    internal static Diagnostic PeriodsNotList(SourceLocation at) =>
        at.Error(BadProjectSettings, "'periods' must be a list of periods", "write one '- id: ID' item per period with 'label:' and 'start: yyyy-MM-dd'");

    /// <summary>A period item that is not a mapping.</summary>
    internal static Diagnostic PeriodNotMapping(SourceLocation at) =>
        at.Error(BadProjectSettings, "a period must be a mapping with 'id', 'label' and 'start'", "e.g. '- {id: war, label: The war, start: 2020-09-27}'");

    /// <summary>A period without <paramref name="key"/>.</summary>
    internal static Diagnostic PeriodKeyMissing(string key, SourceLocation at) =>
        at.Error(BadProjectSettings, $"a period has no '{key}'", $"add '{key}:' to it");

    /// <summary>A period id with characters ids may not have.</summary>
    internal static Diagnostic PeriodIdNotAllowed(string id, SourceLocation at) =>
        at.Error(BadProjectSettings, $"period id '{id}' is not allowed", "use lower-case letters, digits, '_' and '-'");

    /// <summary>A period id declared before.</summary>
    internal static Diagnostic PeriodTwice(string id, SourceLocation at) =>
        at.Error(BadProjectSettings, $"period '{id}' is declared twice", "give each period its own id");

    /// <summary>A period that does not start after the one before it.</summary>
    internal static Diagnostic PeriodOutOfOrder(string id, DateOnly start, string previous, DateOnly previousStart, SourceLocation at) =>
        at.Error(BadProjectSettings, $"period '{id}' starts on {start:yyyy-MM-dd}, not after '{previous}' ({previousStart:yyyy-MM-dd})", "list the periods in order of their start dates");

    /// <summary>A period start that is no <c>yyyy-MM-dd</c> date.</summary>
    internal static Diagnostic PeriodStartNotDate(string text, SourceLocation at) =>
        at.Error(BadProjectSettings, $"start '{text}' is not a date in the form yyyy-MM-dd", "write e.g. 'start: 2020-09-27'");

    /// <summary>The codebook asked for (argument or <c>qcat.yaml</c>) does not exist or is a folder (error).</summary>
    public const string CodebookNotFound = "QCA1901";

    /// <summary>A codebook named on the command line that is a folder.</summary>
    internal static Diagnostic RequestedCodebookIsFolder(string requested) =>
        Diagnostic.Error(CodebookNotFound, $"'{requested}' is a folder, not a codebook file", hint: "pass the path of a .yaml file inside it");

    /// <summary>A codebook named on the command line that is neither a path nor a file in <c>codebooks/</c>.</summary>
    internal static Diagnostic RequestedCodebookMissing(string requested) =>
        Diagnostic.Error(CodebookNotFound, $"codebook '{requested}' not found", hint: "give a path to a .yaml file or the name of a file in codebooks/");

    /// <summary>The codebook <c>qcat.yaml</c> names does not exist.</summary>
    internal static Diagnostic ConfiguredCodebookMissing(string configured, string settingsFile) =>
        Diagnostic.Error(CodebookNotFound, $"codebook '{configured}' named in qcat.yaml not found", settingsFile, hint: "fix the 'codebook:' path in qcat.yaml");

    /// <summary><c>codebooks/</c> holds no codebook (error).</summary>
    public const string NoCodebook = "QCA1902";

    /// <summary>No codebook in the folder <paramref name="folder"/> (shown relative to the project).</summary>
    internal static Diagnostic NoCodebookIn(string folder) =>
        Diagnostic.Error(NoCodebook, $"no codebook in {folder}/", hint: "add a codebook YAML file there or pass its path");

    /// <summary><c>codebooks/</c> holds several codebooks and none is chosen (error).</summary>
    public const string SeveralCodebooks = "QCA1903";

    /// <summary><paramref name="count"/> codebooks and none chosen.</summary>
    internal static Diagnostic NoCodebookChosen(int count) =>
        Diagnostic.Error(SeveralCodebooks, string.Create(CultureInfo.InvariantCulture, $"{count} codebooks in codebooks/ and none chosen"), hint: "pass one, or set 'codebook: codebooks/FILE.yaml' in qcat.yaml");
}
