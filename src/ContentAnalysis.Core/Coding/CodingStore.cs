using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// The coding journals of a project, one per coder in <c>data/codings/</c> (or, for training, in <c>data/training/</c>).
/// A coder's second coding pass (<c>qcat code --recode</c>) has a journal of its own, <c>CODER~2</c>
/// (<see cref="RecodeJournal"/>).
/// </summary>
public sealed partial class CodingStore
{
    /// <summary>Separates a coder's name from the number of a repeated coding pass in a journal name (<c>anna~2</c>).</summary>
    public const char PassSeparator = '~';

    // The journals loaded from this store number units and dimensions alike, so commands join coders by ordinal.
    private readonly CodingKeys _keys = new();

    private CodingStore(ProjectLayout layout, string directory)
    {
        Layout = layout;
        Directory = directory;
    }

    /// <summary>The project.</summary>
    public ProjectLayout Layout { get; }

    /// <summary>The folder of the journals: <c>data/codings/</c>, or <c>data/training/</c> for a training store.</summary>
    public string Directory { get; }

    /// <summary>The coders with a journal (repeated passes such as <c>anna~2</c> included), sorted by name.</summary>
    public IReadOnlyList<string> Coders =>
        System.IO.Directory.Exists(Directory)
            ? [.. System.IO.Directory.EnumerateFiles(Directory, "*.csv").Select(f => Path.GetFileNameWithoutExtension(f)!).Where(IsValidJournalName).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The independent coders: every coder with a journal except derived codings, which are recognised by their
    /// <c>provenance</c> column: reconciliation targets (written by <c>qcat reconcile</c>) and dictionary codings
    /// (written by <c>qcat autocode</c>), and except a coder's repeated pass (<c>anna~2</c>, by its name), which is
    /// the same coder again, not another one. The one rule by which <c>agree</c>, <c>progress</c>, <c>demo</c> and the
    /// reports leave a <c>gold</c>, <c>dictionary</c> or <c>anna~2</c> coding out of "all coders"; named explicitly,
    /// they are compared like any coder. Training journals live in another folder and are never among them.
    /// </summary>
    public IReadOnlyList<string> IndependentCoders => [.. Coders.Where(IsIndependent)];

    /// <summary>Whether <paramref name="coder"/>'s journal holds a coder's own codings (see <see cref="IndependentCoders"/>).</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public bool IsIndependent(string coder) => FirstPassOf(coder) is null && !CodingJournal.HasProvenanceColumn(JournalPath(coder));

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
    public IReadOnlyList<CoderCodings> LoadIndependent(CancellationToken cancellationToken = default) => Load(IndependentCoders, cancellationToken);

    /// <summary>Loads the journals of <paramref name="coders"/>, in that order.</summary>
    /// <exception cref="InputException">A journal has malformed lines (the first such coder's are reported).</exception>
    public IReadOnlyList<CoderCodings> Load(IReadOnlyList<string> coders, CancellationToken cancellationToken = default)
    {
        var loaded = Inspect(coders, cancellationToken);
        foreach (var codings in loaded)
        {
            if (codings.Diagnostics.Any(d => d.IsError))
            {
                throw new InputException([.. codings.Diagnostics]);
            }
        }

        return loaded;
    }

    /// <summary>
    /// Folds the journals of <paramref name="coders"/> without throwing (<see cref="Inspect(string, CancellationToken)"/>), one
    /// after the other in this store's numbering. Read in parallel, each journal needed a numbering of its own, renumbered
    /// after: about 100 MB more at 600,000 lines for no gain in wall time on two cores (docs/performance.md).
    /// </summary>
    /// <exception cref="InputException">A coder name is not valid.</exception>
    public IReadOnlyList<CoderCodings> Inspect(IReadOnlyList<string> coders, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coders);
        var paths = coders.Select(JournalPath).ToList();
        var folded = new CoderCodings[coders.Count];
        for (var i = 0; i < coders.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            folded[i] = Inspect(coders[i], paths[i], _keys, cancellationToken);
        }

        return folded;
    }

    /// <summary>
    /// Claims <paramref name="coder"/>'s journal for one coding session until disposed, so a second session of the
    /// same coder (another terminal) is refused instead of interleaving its answers. The claim is an OS lock on
    /// <c>data/codings/.CODER.session.lock</c>: it ends with the process, so a crash leaves nothing to clean up.
    /// </summary>
    /// <exception cref="InputException">Another process holds the claim.</exception>
    public IDisposable ClaimForSession(string coder)
    {
        var path = Path.Combine(Directory, $".{coder}.session.lock");
        JournalPath(coder);
        System.IO.Directory.CreateDirectory(Directory);
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
        return new CodingStore(layout, layout.CodingsDirectory);
    }

    /// <summary>Opens the training journals of <paramref name="layout"/> (<c>data/training/CODER.csv</c>, same format), kept apart from the study's codings.</summary>
    public static CodingStore OpenTraining(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new CodingStore(layout, layout.TrainingDirectory);
    }

    /// <summary>Whether <paramref name="coder"/> is a valid coder name: letters, digits, <c>_</c> and <c>-</c>.</summary>
    public static bool IsValidCoderName(string coder) => coder is not null && CoderName().IsMatch(coder);

    /// <summary>Whether <paramref name="name"/> names a journal: a coder name, or a coder's repeated pass <c>CODER~N</c> (N from 2).</summary>
    public static bool IsValidJournalName(string name) => IsValidCoderName(name) || FirstPassOf(name) is not null;

    /// <summary>The journal of <paramref name="coder"/>'s second coding pass (<c>qcat code --recode</c>): <c>CODER~2</c>.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public static string RecodeJournal(string coder) => IsValidCoderName(coder)
        ? coder + PassSeparator + "2"
        : throw new InputException(CodingDiagnostics.CoderNameNotAllowed(coder));

    /// <summary>The coder whose repeated pass <paramref name="journal"/> is (<c>anna</c> for <c>anna~2</c>), or null when it is no repeated pass.</summary>
    public static string? FirstPassOf(string journal)
    {
        var match = journal is null ? null : RepeatPass().Match(journal);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    /// <summary>The journal path of <paramref name="coder"/> (a coder name or a repeated pass, <see cref="IsValidJournalName"/>).</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public string JournalPath(string coder)
    {
        if (!IsValidJournalName(coder))
        {
            throw new InputException(CodingDiagnostics.CoderNameNotAllowed(coder));
        }

        return Path.Combine(Directory, coder + ".csv");
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
        return Inspect(coder, JournalPath(coder), _keys, cancellationToken);
    }

    private CoderCodings Inspect(string coder, string path, CodingKeys keys, CancellationToken cancellationToken) =>
        File.Exists(path)
            ? CodingJournal.Fold(path, coder, Layout.Relative(path), keys, cancellationToken)
            : new CoderCodings(coder, Layout.Relative(path), keys, []);

    /// <summary>Loads every coder's journal.</summary>
    /// <exception cref="InputException">A journal has malformed lines.</exception>
    public IReadOnlyList<CoderCodings> LoadAll(CancellationToken cancellationToken = default) => Load(Coders, cancellationToken);

    /// <summary>Appends one record to <paramref name="coder"/>'s journal, durably.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public void Append(string coder, CodingRecord record) => Append(coder, [record]);

    /// <summary>Appends records to <paramref name="coder"/>'s journal in one write, durably.</summary>
    /// <exception cref="InputException">The coder name is not valid.</exception>
    public void Append(string coder, IReadOnlyList<CodingRecord> records) => CodingJournal.Append(JournalPath(coder), records);

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex CoderName();

    [GeneratedRegex("^([A-Za-z0-9_-]+)~([2-9]|[1-9][0-9]+)$")]
    private static partial Regex RepeatPass();
}
