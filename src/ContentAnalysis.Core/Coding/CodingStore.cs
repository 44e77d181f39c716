using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>The coding journals of a project, one per coder in <c>data/codings/</c>.</summary>
public sealed partial class CodingStore
{
    private CodingStore(ProjectLayout layout)
    {
        Layout = layout;
    }

    /// <summary>The project.</summary>
    public ProjectLayout Layout { get; }

    /// <summary>The coders with a journal, sorted by name.</summary>
    public IReadOnlyList<string> Coders =>
        Directory.Exists(Layout.CodingsDirectory)
            ? [.. Directory.EnumerateFiles(Layout.CodingsDirectory, "*.csv").Select(f => Path.GetFileNameWithoutExtension(f)!).Where(IsValidCoderName).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The independent coders: every coder with a journal except derived codings, which are recognised by their
    /// <c>provenance</c> column: reconciliation targets (written by <c>qcat reconcile</c>) and dictionary codings
    /// (written by <c>qcat autocode</c>). The one rule by which <c>agree</c>, <c>progress</c>, <c>demo</c> and the
    /// reports leave a <c>gold</c> or <c>dictionary</c> coding out of "all coders"; named explicitly, they are
    /// compared like any coder.
    /// </summary>
    public IReadOnlyList<string> IndependentCoders => [.. Coders.Where(IsIndependent)];

    /// <summary>Whether <paramref name="coder"/>'s journal holds a coder's own codings (see <see cref="IndependentCoders"/>).</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public bool IsIndependent(string coder) => !CodingJournal.HasProvenanceColumn(JournalPath(coder));

    /// <summary>
    /// Whether <paramref name="coder"/>'s journal is a reconciliation target: it exists, has the <c>provenance</c>
    /// column, and its records were not written by <c>qcat autocode</c> (<see cref="CodingRecord.AutomaticProvenance"/>).
    /// </summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public bool IsReconciliation(string coder)
    {
        var path = JournalPath(coder);
        return CodingJournal.HasProvenanceColumn(path) && CodingJournal.FirstProvenance(path) != CodingRecord.AutomaticProvenance;
    }

    /// <summary>Loads every independent coder's journal (<see cref="IndependentCoders"/>).</summary>
    /// <exception cref="InputException">A journal has malformed lines.</exception>
    public IReadOnlyList<CoderCodings> LoadIndependent(CancellationToken cancellationToken = default) =>
        [.. IndependentCoders.Select(c => Load(c, cancellationToken))];

    /// <summary>
    /// Claims <paramref name="coder"/>'s journal for one coding session until disposed, so a second session of the
    /// same coder (another terminal) is refused instead of interleaving its answers. The claim is an OS lock on
    /// <c>data/codings/.CODER.session.lock</c>: it ends with the process, so a crash leaves nothing to clean up.
    /// </summary>
    /// <exception cref="InputException">Another process holds the claim.</exception>
    public IDisposable ClaimForSession(string coder)
    {
        var path = Path.Combine(Layout.CodingsDirectory, $".{coder}.session.lock");
        JournalPath(coder);
        Directory.CreateDirectory(Layout.CodingsDirectory);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new InputException(CodingDiagnostics.SessionAlreadyOpen(coder, Layout.Relative(path)));
        }
    }

    /// <summary>Opens the journals of <paramref name="layout"/>.</summary>
    public static CodingStore Open(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new CodingStore(layout);
    }

    /// <summary>Whether <paramref name="coder"/> is a valid coder name: letters, digits, <c>_</c> and <c>-</c>.</summary>
    public static bool IsValidCoderName(string coder) => coder is not null && CoderName().IsMatch(coder);

    /// <summary>The journal path of <paramref name="coder"/>.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public string JournalPath(string coder)
    {
        if (!IsValidCoderName(coder))
        {
            throw new InputException(CodingDiagnostics.CoderNameNotAllowed(coder));
        }

        return Path.Combine(Layout.CodingsDirectory, coder + ".csv");
    }

    /// <summary>Loads and folds one coder's journal (empty when the coder has none).</summary>
    /// <exception cref="InputException">The journal has malformed lines; every one is reported.</exception>
    public CoderCodings Load(string coder, CancellationToken cancellationToken = default)
    {
        var codings = Inspect(coder, cancellationToken);
        if (codings.Diagnostics.Any(d => d.IsError))
        {
            throw new InputException([.. codings.Diagnostics]);
        }

        return codings;
    }

    /// <summary>Loads and folds one coder's journal without throwing: errors are in <see cref="CoderCodings.Diagnostics"/> and the valid lines are folded.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public CoderCodings Inspect(string coder, CancellationToken cancellationToken = default)
    {
        var path = JournalPath(coder);
        return File.Exists(path)
            ? CodingJournal.Fold(path, coder, Layout.Relative(path), cancellationToken)
            : new CoderCodings(coder, Layout.Relative(path), [], []);
    }

    /// <summary>Loads every coder's journal.</summary>
    /// <exception cref="InputException">A journal has malformed lines.</exception>
    public IReadOnlyList<CoderCodings> LoadAll(CancellationToken cancellationToken = default) =>
        [.. Coders.Select(c => Load(c, cancellationToken))];

    /// <summary>Appends one record to <paramref name="coder"/>'s journal, durably.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public void Append(string coder, CodingRecord record) => Append(coder, [record]);

    /// <summary>Appends records to <paramref name="coder"/>'s journal in one write, durably.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public void Append(string coder, IReadOnlyList<CodingRecord> records) => CodingJournal.Append(JournalPath(coder), records);

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex CoderName();
}
