using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Core.Projects;

/// <summary>
/// Turns the names a user types (coder, dimension, category, sample, document) into the project's objects.
/// An unknown name is a diagnostic with one code, one project-relative file and a did-you-mean hint, whichever
/// command asked.
/// </summary>
public sealed class NameResolver
{
    /// <summary>The sample name meaning "every unit of the corpus".</summary>
    public const string AllUnits = "all";

    private readonly Project _project;

    internal NameResolver(Project project) => _project = project;

    /// <summary>The coders named (each must have a journal), or every coder with a journal when none is named.</summary>
    /// <exception cref="InputException">A named coder has no journal (one diagnostic per unknown name).</exception>
    public IReadOnlyList<string> Coders(IReadOnlyList<string>? names)
    {
        var known = _project.Codings.Coders;
        if (names is null || names.Count == 0)
        {
            return known;
        }

        var unknown = names.Where(n => !known.Contains(n, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? [.. names.Distinct(StringComparer.Ordinal)]
            : throw new InputException([.. unknown.Select(n => UnknownCoder(n, known))]);
    }

    /// <summary>The coder named, which must have a journal.</summary>
    /// <exception cref="InputException">The coder has no journal.</exception>
    public string Coder(string name) => Coders([name])[0];

    /// <summary>The dimensions named, in the order given, or every dimension of the codebook when none is named.</summary>
    /// <exception cref="InputException">The codebook cannot be loaded, or a name is not one of its dimensions.</exception>
    public IReadOnlyList<Dimension> Dimensions(IReadOnlyList<string>? ids)
    {
        var codebook = _project.Codebook;
        if (ids is null || ids.Count == 0)
        {
            return codebook.Dimensions;
        }

        var unknown = ids.Where(id => codebook.FindDimension(id) is null).Distinct(StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? [.. ids.Distinct(StringComparer.Ordinal).Select(id => codebook.FindDimension(id)!)]
            : throw new InputException([.. unknown.Select(id => UnknownDimension(id, codebook))]);
    }

    /// <summary>The dimension named.</summary>
    /// <exception cref="InputException">The codebook cannot be loaded, or has no such dimension.</exception>
    public Dimension Dimension(string id) => Dimensions([id])[0];

    /// <summary>
    /// The dimension named, checked against the codebook when the project has one, else against the dimensions
    /// <paramref name="codings"/> use (a project without a codebook can still export its codings).
    /// </summary>
    /// <exception cref="InputException">The dimension is unknown, or the codebook is broken.</exception>
    public string CodedDimension(string id, IReadOnlyList<CoderCodings> codings)
    {
        ArgumentNullException.ThrowIfNull(codings);
        if (_project.OptionalCodebook is not null)
        {
            return Dimension(id).Id;
        }

        var known = codings.SelectMany(c => c.Units.Values.SelectMany(u => u.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return known.Contains(id, StringComparer.Ordinal)
            ? id
            : throw new InputException(ProjectDiagnostics.DimensionUnknown(id, known, _project.Relative(_project.Layout.CodingsDirectory) + "/", "no codings yet"));
    }

    /// <summary>The category named, looked up in <paramref name="dimension"/> or, when null, in every dimension.</summary>
    /// <exception cref="InputException">No such category, it is in another dimension, the dimension has levels, or the id is in several dimensions.</exception>
    public (Dimension Dimension, Category Category) Category(string id, Dimension? dimension = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var codebook = _project.Codebook;
        var scope = dimension is null ? codebook.Dimensions : [dimension];
        var matches = scope.SelectMany(d => d.AllCategories().Select(c => (Dimension: d, Category: c)))
            .Where(m => string.Equals(m.Category.Id, id, StringComparison.Ordinal))
            .ToList();
        var file = CodebookFile();
        return matches.Count switch
        {
            1 => matches[0],
            0 when dimension is not null && codebook.Dimensions.FirstOrDefault(d => d.FindCategory(id) is not null) is { } other => throw new InputException(ProjectDiagnostics.CategoryInOtherDimension(id, other.Id, dimension.Id, file)),
            0 when dimension is { IsCategorical: false } => throw new InputException(ProjectDiagnostics.ScaleHasNoCategories(dimension.Id, dimension.Kind.ToString().ToLowerInvariant(), file)),
            0 => throw new InputException(ProjectDiagnostics.CategoryUnknown(id, scope.SelectMany(d => d.AllCategories()).Select(c => c.Id), file)),
            _ => throw new InputException(ProjectDiagnostics.CategoryAmbiguous(id, matches.Select(m => m.Dimension.Id), file)),
        };
    }

    /// <summary>The document named.</summary>
    /// <exception cref="InputException">The corpus has no such document.</exception>
    public CorpusDocument Document(string id)
    {
        var corpus = _project.Corpus;
        return corpus.FindDocument(id) ?? throw new InputException(ProjectDiagnostics.DocumentUnknown(id, [.. corpus.Documents.Select(d => d.Id)], _project.Relative(CorpusStore.DocumentsTablePath(_project.Layout))));
    }

    /// <summary>Reads the sample named.</summary>
    /// <exception cref="InputException">The name is not a plain name (e.g. a path), or the sample does not exist or is malformed.</exception>
    public ReliabilitySample Sample(string name)
    {
        CheckSampleName(name);
        var path = SampleFile.PathOf(_project.Layout, name);
        if (!File.Exists(path))
        {
            var known = SampleNames();
            throw new InputException(ProjectDiagnostics.SampleUnknown(name, known, _project.Relative(path)));
        }

        return SampleFile.Read(path, _project.Relative(path));
    }

    /// <summary>The unit ids of the sample named, checked against the corpus; null for no name or <c>all</c> (every unit).</summary>
    /// <exception cref="InputException">The sample name is not allowed, the sample is missing or malformed, or names units the corpus lacks.</exception>
    public IReadOnlySet<string>? SampleUnits(string? name)
    {
        if (name is null || name == AllUnits)
        {
            return null;
        }

        var sample = Sample(name);
        var display = _project.Relative(SampleFile.PathOf(_project.Layout, name));
        var corpus = _project.Corpus;
        var missing = sample.Units.Where(u => corpus.FindUnit(u.Unit) is null).Take(5).ToList();
        if (missing.Count > 0)
        {
            throw new InputException([.. missing.Select(u => SamplingDiagnostics.SampleUnitGone(u.Unit, display))]);
        }

        return sample.Units.Select(u => u.Unit).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The names of the project's samples, sorted.</summary>
    public IReadOnlyList<string> SampleNames() => Directory.Exists(_project.Layout.SamplesDirectory)
        ? [.. Directory.EnumerateFiles(_project.Layout.SamplesDirectory, "*.csv").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Refuses a sample name that is not a plain name: a sample name is never a path.</summary>
    /// <exception cref="InputException">The name has characters other than ASCII letters, digits, '_' and '-', or is <c>all</c>.</exception>
    public static void CheckSampleName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name == AllUnits || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new InputException(ProjectDiagnostics.SampleNameNotAllowed(name));
        }
    }

    private Diagnostic UnknownCoder(string name, IReadOnlyList<string> known) =>
        ProjectDiagnostics.CoderWithoutJournal(name, known, _project.Relative(_project.Layout.CodingsDirectory) + "/");

    private Diagnostic UnknownDimension(string id, Codebook codebook) =>
        ProjectDiagnostics.DimensionUnknown(id, [.. codebook.Dimensions.Select(d => d.Id)], CodebookFile(), string.Empty);

    private string CodebookFile() => _project.Relative(_project.CodebookPath);
}
