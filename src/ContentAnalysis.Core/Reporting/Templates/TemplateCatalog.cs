using System.Reflection;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// A set of default templates by file name (<c>appendix.liquid</c>): the ones embedded in Core, or any others
/// given as text. Users override a default by putting a file of the same name in their templates folder.
/// </summary>
public sealed class TemplateCatalog
{
    private const string ReportsPrefix = "ContentAnalysis.Core.Reporting.Templates.Defaults.";
    private readonly IReadOnlyDictionary<string, string> _templates;

    /// <summary>Creates a catalog from template texts keyed by file name.</summary>
    public TemplateCatalog(IReadOnlyDictionary<string, string> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = new SortedDictionary<string, string>(templates.ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>The report templates shipped inside Core (<c>Reporting/Templates/Defaults/*.liquid</c>).</summary>
    public static TemplateCatalog Reports { get; } = FromResources(typeof(TemplateCatalog).Assembly, ReportsPrefix);

    /// <summary>The template file names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _templates.Keys];

    /// <summary>Reads the embedded resources of <paramref name="assembly"/> whose names start with <paramref name="prefix"/>.</summary>
    public static TemplateCatalog FromResources(Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            templates[resource[prefix.Length..]] = reader.ReadToEnd();
        }

        return new TemplateCatalog(templates);
    }

    /// <summary>The text of the default template <paramref name="name"/>, or null when there is none.</summary>
    public string? Find(string name) => _templates.GetValueOrDefault(TemplateName.Normalise(name));

    /// <summary>
    /// Writes every default template into <paramref name="directory"/> for editing. Without <paramref name="force"/>,
    /// writes nothing when any of them exists already and reports each such file.
    /// </summary>
    /// <returns>The paths written and the diagnostics (QCA5005 for a file that exists).</returns>
    public (IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics) WriteDefaults(string directory, bool force = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var paths = _templates.Keys.Select(name => Path.Combine(directory, name)).ToList();
        if (!force)
        {
            var existing = paths.Where(File.Exists)
                .Select(TemplateDiagnostics.TemplateFileExists)
                .ToList();
            if (existing.Count > 0)
            {
                return ([], existing);
            }
        }

        Directory.CreateDirectory(directory);
        foreach (var (name, path) in _templates.Keys.Zip(paths))
        {
            File.WriteAllText(path, _templates[name]);
        }

        return (paths, []);
    }
}
