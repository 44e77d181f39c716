using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Projects;

/// <summary>
/// A project opened once: its folders, settings (<c>qcat.yaml</c>), codebook, corpus, coding journals and
/// samples. Every part is read when first asked for, and only once.
/// </summary>
public sealed class Project
{
    private readonly string? _codebookOverride;
    private ProjectSettings? _settings;
    private string? _codebookPath;
    private CodebookLoadResult? _codebook;
    private CorpusStore? _corpus;
    private UnitExclusions? _exclusions;
    private CodingStore? _codings;

    private Project(ProjectLayout layout, string? codebookOverride)
    {
        Layout = layout;
        _codebookOverride = string.IsNullOrWhiteSpace(codebookOverride) ? null : codebookOverride;
        Names = new NameResolver(this);
    }

    /// <summary>The project's folders.</summary>
    public ProjectLayout Layout { get; }

    /// <summary>The project folder.</summary>
    public string Root => Layout.Root;

    /// <summary>Resolves coder, dimension, category, sample and document names to diagnostics or values.</summary>
    public NameResolver Names { get; }

    /// <summary>The settings from <c>qcat.yaml</c> (defaults when the file is missing).</summary>
    /// <exception cref="InputException">qcat.yaml is malformed.</exception>
    public ProjectSettings Settings => _settings ??= ProjectSettings.Load(Layout);

    /// <summary>The periods the project declares in <c>qcat.yaml</c> (none by default).</summary>
    /// <exception cref="InputException">qcat.yaml is malformed.</exception>
    public PeriodScheme Periods => Settings.Periods;

    /// <summary>
    /// Full path of the codebook: the override given when opening; else <c>codebook:</c> in qcat.yaml; else
    /// the only YAML file in <c>codebooks/</c>.
    /// </summary>
    /// <exception cref="InputException">No codebook can be determined or the file does not exist.</exception>
    public string CodebookPath => _codebookPath ??= CodebookLocator.Resolve(Layout, _codebookOverride, () => Settings);

    /// <summary>The codebook, validated.</summary>
    /// <exception cref="InputException">No codebook is found, or it has errors (all of them are in the exception).</exception>
    public Codebook Codebook
    {
        get
        {
            var result = LoadCodebook();
            return result.Codebook ?? throw new InputException([.. result.Diagnostics]);
        }
    }

    /// <summary>The codebook's warnings (empty before <see cref="Codebook"/> is read).</summary>
    public IReadOnlyList<Diagnostic> CodebookWarnings => _codebook is null ? [] : [.. _codebook.Diagnostics.Where(d => !d.IsError)];

    /// <summary>
    /// The codebook, or null when the project has none at all (no override, none in qcat.yaml, none in
    /// <c>codebooks/</c>); a broken codebook still throws.
    /// </summary>
    /// <exception cref="InputException">The codebook has errors, or several are present and none is chosen.</exception>
    public Codebook? OptionalCodebook => HasNoCodebook ? null : Codebook;

    /// <summary>Whether the project has no codebook to load: nothing requested or configured, and <c>codebooks/</c> is empty.</summary>
    public bool HasNoCodebook => _codebookOverride is null && Settings.Codebook is null && CodebookFiles.Count == 0;

    /// <summary>Every <c>.yaml</c>/<c>.yml</c> file in <c>codebooks/</c>, sorted by name.</summary>
    public IReadOnlyList<string> CodebookFiles => CodebookLocator.ListCodebookFiles(Layout);

    /// <summary>The imported corpus (empty when nothing has been imported).</summary>
    /// <exception cref="InputException">A corpus table is malformed.</exception>
    public CorpusStore Corpus => _corpus ??= CorpusStore.Open(Layout);

    /// <summary>
    /// The units left out of coding and analysis (<c>data/exclusions.csv</c>), read without the units table when the corpus
    /// is not loaded (agreement needs no more of the corpus).
    /// </summary>
    public UnitExclusions Exclusions => _corpus?.Exclusions ?? (_exclusions ??= UnitExclusions.Load(Layout));

    /// <summary>The coding journals.</summary>
    public CodingStore Codings => _codings ??= CodingStore.Open(Layout);

    /// <summary>Opens the project in <paramref name="root"/>.</summary>
    /// <param name="root">The project folder.</param>
    /// <param name="codebook">A codebook to use instead of the project's (a path relative to the root, or a file name or id in <c>codebooks/</c>).</param>
    public static Project Open(string root, string? codebook = null) => Open(new ProjectLayout(Path.GetFullPath(root)), codebook);

    /// <summary>Opens the project laid out as <paramref name="layout"/>.</summary>
    /// <param name="layout">The project's folders.</param>
    /// <param name="codebook">A codebook to use instead of the project's.</param>
    public static Project Open(ProjectLayout layout, string? codebook = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new Project(layout, codebook);
    }

    /// <summary>Makes <paramref name="path"/> relative to the project root, with forward slashes, for messages.</summary>
    public string Relative(string path) => Layout.Relative(path);

    /// <summary>The corpus, refused when it has no units.</summary>
    /// <exception cref="InputException">Nothing has been imported, or a corpus table is malformed.</exception>
    public CorpusStore RequireUnits() => Corpus.Units.Count > 0
        ? Corpus
        : throw new InputException(ProjectDiagnostics.NoUnits(Relative(CorpusStore.UnitsTablePath(Layout))));

    /// <summary>The number of current codings (dimension values, all coders together) of every coded unit.</summary>
    public IReadOnlyDictionary<string, int> CodingCountsByUnit()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var coder in Codings.LoadAll())
        {
            foreach (var (unit, values) in coder.Units)
            {
                counts[unit] = counts.GetValueOrDefault(unit) + values.Count;
            }
        }

        return counts;
    }

    /// <summary>Imports files into the corpus, with the project's periods and its coded units guarding changes.</summary>
    /// <exception cref="InputException">A file is refused (the diagnostics name each file and why), or qcat.yaml is malformed.</exception>
    public IReadOnlyList<DocumentImportOutcome> ImportCorpus(IReadOnlyList<string> files, CorpusImportOptions options, IProgress<CorpusImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = CorpusImporter.Import(Layout, files, options with { Periods = Periods, CodingCounts = CodingCountsByUnit }, progress, cancellationToken);
        _corpus = null;
        return outcomes;
    }

    private CodebookLoadResult LoadCodebook()
    {
        if (_codebook is null)
        {
            var path = CodebookPath;
            _codebook = CodebookLoader.LoadFile(path, Relative(path));
        }

        return _codebook;
    }
}
