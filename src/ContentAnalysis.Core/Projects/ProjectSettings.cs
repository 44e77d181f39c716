using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
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
            throw new InputException(CodebookDiagnosticCodes.SettingsNotYaml(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column)));
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
                Report(CodebookDiagnosticCodes.SettingsNotMapping(At(root)));
                return Default;
            }

            CheckKeys(map, Keys, "qcat.yaml");
            string? codebook = null;
            if (Get(map, "codebook") is { } node)
            {
                codebook = Scalar(node, "codebook");
            }

            var periods = Get(map, "periods") is { } list ? Periods(list) : PeriodScheme.None;
            var study = Get(map, "study") is { } studyNode ? Study(studyNode) : StudySettings.Empty;
            var templates = Get(map, "templates") is { } templatesNode ? Scalar(templatesNode, "templates") : null;
            return new ProjectSettings(codebook, periods) { Study = study, Templates = templates };
        }

        private StudySettings Study(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Report(CodebookDiagnosticCodes.StudyNotMapping(At(node)));
                return StudySettings.Empty;
            }

            CheckKeys(map, [.. StudySettings.Keys], "study");
            string? Text(string key) => Get(map, key) is { } value ? Scalar(value, key) is { Length: > 0 } text ? text : null : null;
            IReadOnlyList<string> authors = Get(map, "authors") switch
            {
                YamlSequenceNode sequence => [.. sequence.Select(a => Scalar(a, "authors", listItem: true)).OfType<string>().Where(a => a.Length > 0)],
                { } single => Scalar(single, "authors") is { Length: > 0 } one ? [one] : [],
                null => [],
            };
            return new StudySettings(Text("title"), authors, Text("coders"), Text("training_hours"), Text("pilot_rounds"), Text("instrument"), Text("sample_selection"), Text("independence"), Text("disagreements"));
        }

        private PeriodScheme Periods(YamlNode node)
        {
            if (node is not YamlSequenceNode sequence)
            {
                Report(CodebookDiagnosticCodes.PeriodsNotList(At(node)));
                return PeriodScheme.None;
            }

            var periods = new List<Period>();
            foreach (var item in sequence)
            {
                if (item is not YamlMappingNode period)
                {
                    Report(CodebookDiagnosticCodes.PeriodNotMapping(At(item)));
                    continue;
                }

                CheckKeys(period, PeriodKeys, "a period");
                var id = Get(period, "id") is { } idNode ? Scalar(idNode, "id") : Missing(period, "id");
                var label = Get(period, "label") is { } labelNode ? Scalar(labelNode, "label") : string.Empty;
                var start = Get(period, "start") is { } startNode ? Date(startNode) : MissingDate(period);
                if (id is null || start is null)
                {
                    continue;
                }

                if (!ValidId(id))
                {
                    Report(CodebookDiagnosticCodes.PeriodIdNotAllowed(id, At(Get(period, "id")!)));
                }
                else if (periods.Exists(p => p.Id == id))
                {
                    Report(CodebookDiagnosticCodes.PeriodTwice(id, At(Get(period, "id")!)));
                }
                else if (periods.Count > 0 && start <= periods[^1].Start)
                {
                    Report(CodebookDiagnosticCodes.PeriodOutOfOrder(id, start.Value, periods[^1].Id, periods[^1].Start, At(Get(period, "start")!)));
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
            var text = Scalar(node, "start");
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Report(CodebookDiagnosticCodes.PeriodStartNotDate(text, At(node)));
            return null;
        }

        private string? Missing(YamlMappingNode map, string key)
        {
            Report(CodebookDiagnosticCodes.PeriodKeyMissing(key, At(map)));
            return null;
        }

        private DateOnly? MissingDate(YamlMappingNode map)
        {
            Missing(map, "start");
            return null;
        }

        private string? Scalar(YamlNode node, string key, bool listItem = false)
        {
            if (node is YamlScalarNode { Value: { } value })
            {
                return value.Trim();
            }

            Report(CodebookDiagnosticCodes.SettingNotSingleValue(key, At(node), listItem));
            return null;
        }

        private void CheckKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed, string owner)
        {
            foreach (var (name, key) in YamlNodeReader.UnknownKeys(map, allowed))
            {
                Report(CodebookDiagnosticCodes.UnknownSetting(name, allowed, owner, At(key)));
            }
        }

        private static YamlNode? Get(YamlMappingNode map, string key) => YamlNodeReader.Get(map, key);

        private SourceLocation At(YamlNode node) => new(display, YamlNodeReader.Line(node), YamlNodeReader.Column(node));

        private void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);
    }
}
