using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Sessions;

/// <summary>A session's journal backed by the project's <see cref="CodingStore"/> (one coder only).</summary>
public sealed class StoreCodingJournal : ICodingJournal
{
    private readonly CodingStore _store;
    private readonly string _codebookHash;
    private readonly TimeProvider _time;

    /// <summary>Binds the store to one coder and the codebook in use.</summary>
    /// <param name="store">The project's coding store.</param>
    /// <param name="coder">The coder; only this coder's journal is ever read.</param>
    /// <param name="codebookHash">The codebook's content hash, recorded with every line.</param>
    /// <param name="time">Clock for the journal's time stamps.</param>
    public StoreCodingJournal(CodingStore store, string coder, string codebookHash, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        Coder = coder;
        _codebookHash = codebookHash;
        _time = time;
    }

    /// <inheritdoc/>
    public string Coder { get; }

    /// <summary>Warnings from the last <see cref="Load"/>, e.g. a cut-off last line left by a crash.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private set; } = [];

    /// <inheritdoc/>
    /// <exception cref="InputException">The journal has malformed lines.</exception>
    public JournalContents Load()
    {
        var codings = _store.Load(Coder);
        Warnings = codings.Diagnostics;
        var result = new Dictionary<CodingKey, UnitCoding>(codings.Count);
        foreach (var (unit, dimensions) in codings.Units)
        {
            foreach (var (dimension, value) in dimensions)
            {
                result[new CodingKey(unit, dimension)] = new UnitCoding(unit, dimension, value.Values, value.Memo);
            }
        }

        var memos = codings.PendingMemos.ToDictionary(p => new CodingKey(p.Key.Unit, p.Key.Dimension), p => p.Value);
        return new JournalContents(result, memos);
    }

    /// <inheritdoc/>
    public void Set(UnitCoding coding, string unitHash)
    {
        ArgumentNullException.ThrowIfNull(coding);
        _store.Append(Coder, new CodingRecord(_time.GetUtcNow(), Coder, coding.Unit, coding.Dimension, coding.Values, coding.Memo, _codebookHash, unitHash));
    }

    /// <inheritdoc/>
    public void Clear(CodingKey key, string unitHash) =>
        _store.Append(Coder, new CodingRecord(_time.GetUtcNow(), Coder, key.Unit, key.Dimension, [], string.Empty, _codebookHash, unitHash, CodingOperation.Clear));

    /// <inheritdoc/>
    public void Memo(CodingKey key, string memo, string unitHash) =>
        _store.Append(Coder, new CodingRecord(_time.GetUtcNow(), Coder, key.Unit, key.Dimension, [], memo, _codebookHash, unitHash, CodingOperation.Memo));
}
