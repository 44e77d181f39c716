using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// The catalogue of codebook diagnostics: every code with the messages raised under it, worded once here;
/// <c>docs/codebook-format.md</c> lists them with an example each. Codes are stable: a retired code is never reused.
/// </summary>
public static class CodebookDiagnosticCodes
{
    /// <summary>The file is not valid YAML (error).</summary>
    public const string YamlSyntax = "QCA1001";

    /// <summary>The parser stopped inside a flow collection that is never closed.</summary>
    internal static Diagnostic UnclosedFlow(SourceLocation at) =>
        at.Error(YamlSyntax, "invalid YAML: the file ends inside a '[...]' or '{...}' that is never closed", "close the bracket or brace that starts here");

    /// <summary>A tab in the indentation.</summary>
    internal static Diagnostic TabIndentation(SourceLocation at) =>
        at.Error(YamlSyntax, "invalid YAML: a tab is used for indentation", "indent with spaces only; YAML does not allow tabs for indentation");

    /// <summary>Any other syntax error: the parser's own message shown as text, never matched on.</summary>
    internal static Diagnostic InvalidYaml(string parserMessage, SourceLocation at) =>
        at.Error(YamlSyntax, "invalid YAML: " + parserMessage, "check indentation, colons and quotes around this point");

    /// <summary>A key the format does not know, usually a typo (error).</summary>
    public const string UnknownKey = "QCA1002";

    /// <summary>A key not in <paramref name="allowed"/>, with the nearest allowed key as hint.</summary>
    internal static Diagnostic UnknownKeyIn(string key, string owner, IReadOnlyCollection<string> allowed, SourceLocation at) =>
        at.Error(UnknownKey, $"unknown key '{key}' in {owner}", EditDistance.DidYouMean(key, allowed) ?? "allowed keys: " + string.Join(", ", allowed));

    /// <summary>Two categories of one dimension share an id, sub-categories included (error).</summary>
    public const string DuplicateCategoryId = "QCA1003";

    /// <summary>A category id used twice in one dimension.</summary>
    internal static Diagnostic CategoryIdTwice(string id, string owner, int firstLine, SourceLocation at) =>
        at.Error(DuplicateCategoryId, $"duplicate category id '{id}' in {owner} (first defined at line {firstLine})", "ids must be unique within a dimension, sub-categories included");

    /// <summary>A required field is missing or empty (error).</summary>
    public const string MissingField = "QCA1004";

    /// <summary>A negation without words.</summary>
    internal static Diagnostic NegationWithoutWords(SourceLocation at) =>
        at.Error(MissingField, "the negation lists no 'words'", "give the negators, e.g. words: [not, no, never, without]");

    /// <summary>A required field left out.</summary>
    internal static Diagnostic MissingRequired(string key, string owner, string? hint, SourceLocation at) =>
        at.Error(MissingField, $"missing required field '{key}' in {owner}", hint);

    /// <summary>An empty codebook file.</summary>
    internal static Diagnostic EmptyFile(string file) =>
        new SourceLocation(file, 1, 1).Error(MissingField, "the codebook file is empty", "start with 'id:', 'title:', 'version:' and 'dimensions:'");

    /// <summary>A codebook without dimensions.</summary>
    internal static Diagnostic NoDimensions(SourceLocation at) =>
        at.Error(MissingField, "the codebook has no dimensions", "add a 'dimensions:' list with at least one dimension");

    /// <summary>A value has the wrong type or is not one of the allowed values (error).</summary>
    public const string InvalidValue = "QCA1005";

    /// <summary>A negation window that is not a whole number from 1 to 100.</summary>
    internal static Diagnostic BadNegationWindow(double window, SourceLocation at) =>
        at.Error(InvalidValue, FormattableString.Invariant($"'window' of the negation must be a whole number from 1 to 100, not {window}"), "the number of words before a match that are searched for a negator");

    /// <summary>A node that should be a mapping.</summary>
    internal static Diagnostic NotAMapping(string what, SourceLocation at) =>
        at.Error(InvalidValue, $"{what} must be a mapping of 'key: value' lines");

    /// <summary>A field that should be text; <paramref name="found"/> describes the node (<c>list</c>, <c>mapping</c>).</summary>
    internal static Diagnostic NotText(string key, string owner, string found, SourceLocation at) =>
        at.Error(InvalidValue, $"'{key}' of {owner} must be text, not a {found}");

    /// <summary>A field that should be true or false.</summary>
    internal static Diagnostic NotBoolean(string key, string owner, string found, SourceLocation at) =>
        at.Error(InvalidValue, $"'{key}' of {owner} must be true or false, not '{found}'");

    /// <summary>A field that should be a number.</summary>
    internal static Diagnostic NotANumber(string key, string owner, string found, SourceLocation at) =>
        at.Error(InvalidValue, $"'{key}' of {owner} must be a number, not '{found}'");

    /// <summary>A field that should be one of a fixed set of words.</summary>
    internal static Diagnostic NotOneOf(string key, string owner, IReadOnlyCollection<string> allowed, string found, SourceLocation at) =>
        at.Error(InvalidValue, $"'{key}' of {owner} must be one of {string.Join(", ", allowed)}, not '{found}'", EditDistance.DidYouMean(found, allowed));

    /// <summary>An item of a text list that is not text.</summary>
    internal static Diagnostic ItemNotText(string key, string owner, string found, SourceLocation at) =>
        at.Error(InvalidValue, $"each item of '{key}' in {owner} must be non-empty text, not a {found}");

    /// <summary>A field that should be a list of texts.</summary>
    internal static Diagnostic NotTextList(string key, string owner, string found, SourceLocation at) =>
        at.Error(InvalidValue, $"'{key}' of {owner} must be a list of texts, not a {found}");

    /// <summary>A field that should be a list.</summary>
    internal static Diagnostic NotList(string key, string owner, string found, SourceLocation at) =>
        at.Error(InvalidValue, $"'{key}' of {owner} must be a list ('- ' items), not a {found}");

    /// <summary>A category colour that is neither <c>#rrggbb</c> nor a CSS name.</summary>
    internal static Diagnostic NotAColour(string owner, string color, SourceLocation at) =>
        at.Error(InvalidValue, $"'color' of {owner} is not a colour: '{color}'", EditDistance.DidYouMean(color.ToLowerInvariant(), CategoryColor.Names) ?? "write '#rrggbb' (e.g. '#1f77b4') or a CSS colour name such as 'steelblue'");

    /// <summary>An <c>exclude</c> item that is neither text nor a rule.</summary>
    internal static Diagnostic BadExcludeItem(string owner, SourceLocation at) =>
        at.Error(InvalidValue, $"each item of 'exclude' in {owner} must be text or {{rule: ..., see: category}}");

    /// <summary>Two dimensions share an id (error).</summary>
    public const string DuplicateDimensionId = "QCA1006";

    /// <summary>A dimension id used twice.</summary>
    internal static Diagnostic DimensionIdTwice(string id, int firstLine, SourceLocation at) =>
        at.Error(DuplicateDimensionId, $"duplicate dimension id '{id}' (first defined at line {firstLine})", "give each dimension its own id");

    /// <summary>A boundary rule's <c>see:</c> names no category of the dimension (error).</summary>
    public const string UnknownSeeTarget = "QCA1007";

    /// <summary>A boundary rule that names its own category.</summary>
    internal static Diagnostic SeeTargetIsSelf(string category, SourceLocation at) =>
        at.Error(UnknownSeeTarget, $"boundary rule of category '{category}' refers to the category itself", "name the neighbouring category it is confused with");

    /// <summary>A boundary rule naming a category the dimension lacks.</summary>
    internal static Diagnostic SeeTargetUnknown(string category, string target, string owner, IReadOnlyCollection<string> known, SourceLocation at) =>
        at.Error(UnknownSeeTarget, $"boundary rule of category '{category}' refers to unknown category '{target}' in {owner}", EditDistance.DidYouMean(target, known) ?? "categories: " + string.Join(", ", known));

    /// <summary>An indicator pattern is not a valid .NET regular expression (error).</summary>
    public const string InvalidPattern = "QCA1008";

    /// <summary>A pattern the regex engine refused (its reason shown as text).</summary>
    internal static Diagnostic BadPattern(string pattern, string owner, string reason, SourceLocation at) =>
        at.Error(InvalidPattern, $"invalid regular expression '{pattern}' in {owner}: {reason}", "patterns use .NET regex syntax; quote them with single quotes in YAML");

    /// <summary>Scale levels are not in strictly increasing order of value (error).</summary>
    public const string LevelsNotIncreasing = "QCA1009";

    /// <summary>A level value below the one before it.</summary>
    internal static Diagnostic LevelBelowPrevious(string value, string owner, double previous, SourceLocation at) =>
        at.Error(LevelsNotIncreasing, $"level value {value} in {owner} is less than the level before it ({previous.ToString(CultureInfo.InvariantCulture)})", "list levels from the lowest value to the highest");

    /// <summary>Two scale levels have the same value (error).</summary>
    public const string DuplicateLevelValue = "QCA1010";

    /// <summary>A level value used twice.</summary>
    internal static Diagnostic LevelValueTwice(string value, string owner, int firstLine, SourceLocation at) =>
        at.Error(DuplicateLevelValue, $"duplicate level value {value} in {owner} (first defined at line {firstLine})", "give each level its own value");

    /// <summary>A dimension has no categories (single, multi) or no levels (ordinal, interval) (error).</summary>
    public const string EmptyDimension = "QCA1011";

    /// <summary>A categorical dimension without categories.</summary>
    internal static Diagnostic NoCategories(string owner, SourceLocation at) =>
        at.Error(EmptyDimension, $"{owner} has no categories", "add a 'categories:' list");

    /// <summary>A scale dimension without levels.</summary>
    internal static Diagnostic NoLevels(string owner, SourceLocation at) =>
        at.Error(EmptyDimension, $"{owner} has no levels", "add a 'levels:' list of {value, label}");

    /// <summary>Categories given for a scale dimension, or levels for a categorical one (error).</summary>
    public const string WrongDimensionContent = "QCA1012";

    /// <summary>Levels given to a categorical dimension.</summary>
    internal static Diagnostic LevelsOnCategorical(string? kind, string owner, SourceLocation at) =>
        at.Error(WrongDimensionContent, $"{kind} {owner} takes 'categories', not 'levels'", "levels belong to ordinal and interval dimensions");

    /// <summary>Categories given to a scale dimension.</summary>
    internal static Diagnostic CategoriesOnScale(string? kind, string owner, SourceLocation at) =>
        at.Error(WrongDimensionContent, $"{kind} {owner} takes 'levels', not 'categories'", "categories belong to single and multi dimensions");

    /// <summary>A category uses the reserved id <c>none</c> (error).</summary>
    public const string ReservedId = "QCA1013";

    /// <summary>A category named <c>none</c> or <c>uncoded</c>.</summary>
    internal static Diagnostic ReservedCategoryId(string id, string owner, SourceLocation at) =>
        at.Error(ReservedId, $"category id '{id}' is reserved in {owner}", "'none' (no category applies) and 'uncoded' (left uncoded) are what coders record; choose another id");

    /// <summary>An id contains characters other than lower-case letters, digits, <c>_</c> and <c>-</c> (error).</summary>
    public const string InvalidId = "QCA1014";

    /// <summary>An id with other characters; <paramref name="suggestion"/> is a valid id close to it, if any.</summary>
    internal static Diagnostic BadId(string what, string id, string? suggestion, SourceLocation at) =>
        at.Error(InvalidId, $"invalid {what} id '{id}'", "use lower-case letters, digits, '_' and '-', starting with a letter" + (suggestion is null ? string.Empty : $", e.g. '{suggestion}'"));

    /// <summary>A mapping repeats a key (error).</summary>
    public const string DuplicateKey = "QCA1015";

    /// <summary>A key repeated in one mapping.</summary>
    internal static Diagnostic KeyTwice(string key, int firstLine, SourceLocation at) =>
        at.Error(DuplicateKey, FormattableString.Invariant($"duplicate key '{key}' (first defined at line {firstLine})"), "each key may appear once per mapping: remove or merge one of them");

    /// <summary>The file holds more than one YAML document (<c>---</c>) (error).</summary>
    public const string SeveralDocuments = "QCA1016";

    /// <summary>A file of several YAML documents.</summary>
    internal static Diagnostic SeveralYamlDocuments(int count, SourceLocation at) =>
        at.Error(SeveralDocuments, $"the file holds {count} YAML documents separated by '---'; a codebook file holds one", "put each codebook in its own file, or remove the '---' line above this one");

    /// <summary>The file is not UTF-8 text (error).</summary>
    public const string NotUtf8 = "QCA1017";

    /// <summary>A byte that is not UTF-8, or text in another encoding (the encoding check's message).</summary>
    internal static Diagnostic NotUtf8Text(Utf8Error invalid, string file) =>
        invalid.Kind == Utf8ErrorKind.InvalidByte
            ? Diagnostic.Error(NotUtf8, $"the file is not UTF-8 text: byte 0x{invalid.Byte:X2} at line {invalid.Line}, column {invalid.Column} is not valid UTF-8", file, invalid.Line, invalid.Column, "save the file as UTF-8; most editors offer it under 'Save with encoding'")
            : Diagnostic.Error(NotUtf8, invalid.Message, file, invalid.Line, invalid.Column, invalid.Hint);

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

    /// <summary>A codebook file given by path does not exist, is a folder or cannot be read (error).</summary>
    public const string CodebookFileUnreadable = "QCA9001";

    /// <summary>A codebook path that is a folder.</summary>
    internal static Diagnostic CodebookIsFolder(string file) =>
        Diagnostic.Error(CodebookFileUnreadable, "this is a folder, not a codebook file", file, hint: "pass the path of a .yaml file");

    /// <summary>A codebook path that does not exist.</summary>
    internal static Diagnostic CodebookFileMissing(string file) =>
        Diagnostic.Error(CodebookFileUnreadable, "codebook file not found", file, hint: "check the path");

    /// <summary>A codebook file the system refused to read (its reason shown as text).</summary>
    internal static Diagnostic CodebookNotReadable(string reason, string file) =>
        Diagnostic.Error(CodebookFileUnreadable, $"cannot read codebook: {reason}", file, hint: "check the file's permissions");

    /// <summary>A category has no definition (warning).</summary>
    public const string MissingDefinition = "QCA1101";

    /// <summary>A category without definition.</summary>
    internal static Diagnostic NoDefinition(string owner, SourceLocation at) =>
        at.Warning(MissingDefinition, $"{owner} has no definition", "say in a sentence or two what the category means");

    /// <summary>A category has no anchor example (warning).</summary>
    public const string MissingExample = "QCA1102";

    /// <summary>A category without anchor example.</summary>
    internal static Diagnostic NoAnchorExample(string owner, SourceLocation at) =>
        at.Warning(MissingExample, $"{owner} has no anchor example", "add a short typical passage under 'examples:'");
}
