using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>The span codings of a project, one file per coder in <c>data/spans/</c>.</summary>
public sealed class SpanStore
{
    private SpanStore(ProjectLayout layout)
    {
        Layout = layout;
    }

    /// <summary>The project.</summary>
    public ProjectLayout Layout { get; }

    /// <summary>Whether the project has a <c>data/spans/</c> folder.</summary>
    public bool Exists => Directory.Exists(Layout.SpansDirectory);

    /// <summary>The coders with a span file, sorted by name (files whose name is not a valid coder name are left out).</summary>
    public IReadOnlyList<string> Coders =>
        Exists
            ? [.. Directory.EnumerateFiles(Layout.SpansDirectory, "*.csv").Select(f => Path.GetFileNameWithoutExtension(f)!).Where(CodingStore.IsValidCoderName).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Opens the span files of <paramref name="layout"/>.</summary>
    public static SpanStore Open(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new SpanStore(layout);
    }

    /// <summary>The span file of <paramref name="coder"/>.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public string FilePath(string coder) =>
        CodingStore.IsValidCoderName(coder)
            ? Path.Combine(Layout.SpansDirectory, coder + ".csv")
            : throw new InputException(CodingDiagnostics.CoderNameNotAllowed(coder));

    /// <summary>Appends <paramref name="spans"/> to <paramref name="coder"/>'s span file in one write, durably.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    /// <exception cref="ArgumentException">A span belongs to another coder or cannot be stored (see <see cref="SpanFile.Append"/>).</exception>
    public void Append(string coder, IReadOnlyList<CodedSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var path = FilePath(coder);
        if (spans.FirstOrDefault(s => !string.Equals(s.Coder, coder, StringComparison.Ordinal)) is { } other)
        {
            throw new ArgumentException($"span of coder '{other.Coder}' appended to the file of '{coder}'", nameof(spans));
        }

        SpanFile.Append(path, spans);
    }

    /// <summary>Reads one coder's span file (no spans when the coder has none); damaged rows are diagnostics.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public CodedSpans Read(string coder, CancellationToken cancellationToken = default)
    {
        var path = FilePath(coder);
        return SpanFile.Read(path, coder, Layout.Relative(path), cancellationToken);
    }

    /// <summary>Reads the span files of <paramref name="coders"/> (default: every coder with a span file) into one set.</summary>
    /// <exception cref="InputException">A coder name is not valid.</exception>
    public CodedSpans ReadAll(IReadOnlyList<string>? coders = null, CancellationToken cancellationToken = default)
    {
        var read = (coders ?? Coders).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(c => Read(c, cancellationToken)).ToList();
        return new CodedSpans([.. read.SelectMany(r => r.Coders)], [.. read.SelectMany(r => r.Spans)], [.. read.SelectMany(r => r.Diagnostics)]);
    }

    /// <summary>
    /// Reads the span files of the coders to compare: <paramref name="coders"/>, or every coder with a span file.
    /// Damaged rows are in <see cref="CodedSpans.Diagnostics"/>.
    /// </summary>
    /// <exception cref="InputException">The project has no span codings (no files, or files without rows), a named coder has none, or fewer than two coders remain.</exception>
    public CodedSpans ReadForAgreement(IReadOnlyList<string>? coders = null, CancellationToken cancellationToken = default)
    {
        var folder = Layout.Relative(Layout.SpansDirectory);
        var available = Coders;
        if (available.Count == 0)
        {
            throw new InputException(SpanDiagnostics.NoSpans(folder));
        }

        if (coders?.FirstOrDefault(c => !available.Contains(c, StringComparer.Ordinal)) is { } unknown)
        {
            throw new InputException(SpanDiagnostics.CoderWithoutSpans(unknown, available, folder));
        }

        var selected = coders ?? available;
        if (selected.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new InputException(SpanDiagnostics.TooFewCoders(selected.Distinct(StringComparer.Ordinal).Count(), folder));
        }

        // Files with a header and nothing else (an import that found no selections) are no span codings either.
        var read = ReadAll(selected, cancellationToken);
        return read.Spans.Count > 0 || read.Diagnostics.Count > 0 ? read : throw new InputException(SpanDiagnostics.NoSpans(folder));
    }
}
