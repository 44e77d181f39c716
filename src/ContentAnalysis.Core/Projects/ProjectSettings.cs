using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Projects;

/// <summary>Settings of a project, read from the optional <c>qcat.yaml</c> at its root.</summary>
/// <param name="Codebook">Path of the project's codebook, relative to the project root, if set.</param>
/// <param name="Periods">The periods the project compares documents by (none when not declared).</param>
public sealed record ProjectSettings(string? Codebook, PeriodScheme Periods)
{
    /// <summary>The settings file name.</summary>
    public const string FileName = "qcat.yaml";

    private static readonly string[] Keys = ["codebook", "periods", "study", "templates"];
    private static readonly string[] PeriodKeys = ["id", "label", "start"];

    /// <summary>The settings of a project without <c>qcat.yaml</c>.</summary>
    public static ProjectSettings Default { get; } = new(null, PeriodScheme.None);

    /// <summary>Facts about the study for the reports (<c>study:</c>); empty when not declared.</summary>
    public StudySettings Study { get; init; } = StudySettings.Empty;

    /// <summary>A folder of report templates overriding the defaults (<c>templates:</c>, relative to the project root), if set.</summary>
    public string? Templates { get; init; }

    /// <summary>Reads <c>qcat.yaml</c> from the project root; missing file = defaults.</summary>
    /// <exception cref="InputException">The file is not valid YAML, has unknown keys or malformed periods (every problem is reported).</exception>
    public static ProjectSettings Load(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var path = Path.Combine(layout.Root, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), FileName) : Default;
    }

    /// <summary>Parses the text of a <c>qcat.yaml</c>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="display">How messages name the file.</param>
    /// <exception cref="InputException">The text is not valid YAML, has unknown keys or malformed periods.</exception>
    public static ProjectSettings Parse(string yaml, string display)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InputException(Diagnostic.Error(CodebookDiagnosticCodes.BadProjectSettings, "qcat.yaml is not valid YAML", display, (int)e.Start.Line, (int)e.Start.Column, "check the indentation and the ':' after each key"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return Default;
        }

        var reader = new Reader(display);
        var settings = reader.Read(stream.Documents[0].RootNode);
        return reader.Diagnostics.HasErrors ? throw new InputException(reader.Diagnostics.Sorted()) : settings;
    }

    private sealed class Reader(string display)
    {
        public DiagnosticBag Diagnostics { get; } = new();

        public ProjectSettings Read(YamlNode root)
        {
            if (root is not YamlMappingNode map)
            {
                Error(root, "qcat.yaml must be a mapping of 'key: value' lines", "e.g. 'codebook: codebooks/FILE.yaml'");
                return Default;
            }

            CheckKeys(map, Keys, "qcat.yaml");
            string? codebook = null;
            if (Get(map, "codebook") is { } node)
            {
                codebook = Scalar(node, "codebook", "write 'codebook: codebooks/FILE.yaml'");
            }

            var periods = Get(map, "periods") is { } list ? Periods(list) : PeriodScheme.None;
            var study = Get(map, "study") is { } studyNode ? Study(studyNode) : StudySettings.Empty;
            var templates = Get(map, "templates") is { } templatesNode ? Scalar(templatesNode, "templates", "write 'templates: reports/templates'") : null;
            return new ProjectSettings(codebook, periods) { Study = study, Templates = templates };
        }

        private StudySettings Study(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, "'study' must be a mapping of 'key: value' lines", "e.g. 'study:' then '  title: …' indented below it");
                return StudySettings.Empty;
            }

            CheckKeys(map, [.. StudySettings.Keys], "study");
            string? Text(string key) => Get(map, key) is { } value ? Scalar(value, key, $"write '{key}: …' on one line, or use '>' for a folded paragraph") is { Length: > 0 } text ? text : null : null;
            IReadOnlyList<string> authors = Get(map, "authors") switch
            {
                YamlSequenceNode sequence => [.. sequence.Select(a => Scalar(a, "authors", "list one author per '- ' line")).OfType<string>().Where(a => a.Length > 0)],
                { } single => Scalar(single, "authors", "write 'authors: NAME' or a list") is { Length: > 0 } one ? [one] : [],
                null => [],
            };
            return new StudySettings(Text("title"), authors, Text("coders"), Text("training_hours"), Text("pilot_rounds"), Text("instrument"), Text("sample_selection"), Text("independence"), Text("disagreements"));
        }

        private PeriodScheme Periods(YamlNode node)
        {
            if (node is not YamlSequenceNode sequence)
            {
                Error(node, "'periods' must be a list of periods", "write one '- id: ID' item per period with 'label:' and 'start: yyyy-MM-dd'");
                return PeriodScheme.None;
            }

            var periods = new List<Period>();
            foreach (var item in sequence)
            {
                if (item is not YamlMappingNode period)
                {
                    Error(item, "a period must be a mapping with 'id', 'label' and 'start'", "e.g. '- {id: war, label: The war, start: 2020-09-27}'");
                    continue;
                }

                CheckKeys(period, PeriodKeys, "a period");
                var id = Get(period, "id") is { } idNode ? Scalar(idNode, "id", "write e.g. 'id: war'") : Missing(period, "id");
                var label = Get(period, "label") is { } labelNode ? Scalar(labelNode, "label", "write e.g. 'label: The war'") : string.Empty;
                var start = Get(period, "start") is { } startNode ? Date(startNode) : MissingDate(period);
                if (id is null || start is null)
                {
                    continue;
                }

                if (!ValidId(id))
                {
                    Error(Get(period, "id")!, $"period id '{id}' is not allowed", "use lower-case letters, digits, '_' and '-'");
                }
                else if (periods.Exists(p => p.Id == id))
                {
                    Error(Get(period, "id")!, $"period '{id}' is declared twice", "give each period its own id");
                }
                else if (periods.Count > 0 && start <= periods[^1].Start)
                {
                    Error(Get(period, "start")!, $"period '{id}' starts on {start:yyyy-MM-dd}, not after '{periods[^1].Id}' ({periods[^1].Start:yyyy-MM-dd})", "list the periods in order of their start dates");
                }
                else
                {
                    periods.Add(new Period(id, label ?? string.Empty, start.Value));
                }
            }

            return Diagnostics.HasErrors ? PeriodScheme.None : new PeriodScheme(periods);
        }

        private static bool ValidId(string id) =>
            id.Length > 0 && (char.IsAsciiLetterLower(id[0]) || char.IsAsciiDigit(id[0])) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-');

        private DateOnly? Date(YamlNode node)
        {
            var text = Scalar(node, "start", "write e.g. 'start: 2020-09-27'");
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(node, $"start '{text}' is not a date in the form yyyy-MM-dd", "write e.g. 'start: 2020-09-27'");
            return null;
        }

        private string? Missing(YamlMappingNode map, string key)
        {
            Error(map, $"a period has no '{key}'", $"add '{key}:' to it");
            return null;
        }

        private DateOnly? MissingDate(YamlMappingNode map)
        {
            Missing(map, "start");
            return null;
        }

        private string? Scalar(YamlNode node, string key, string hint)
        {
            if (node is YamlScalarNode { Value: { } value })
            {
                return value.Trim();
            }

            Error(node, $"'{key}' must be a single value", hint);
            return null;
        }

        private void CheckKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed, string owner)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
                if (!allowed.Contains(name))
                {
                    Error(key, $"unknown key '{name}' in {owner}", EditDistance.DidYouMean(name, allowed) ?? "allowed keys: " + string.Join(", ", allowed));
                }
            }
        }

        private static YamlNode? Get(YamlMappingNode map, string key) => YamlNodeReader.Get(map, key);

        private void Error(YamlNode node, string message, string hint) =>
            Diagnostics.Error(CodebookDiagnosticCodes.BadProjectSettings, message, display, YamlNodeReader.Line(node), YamlNodeReader.Column(node), hint);
    }
}
