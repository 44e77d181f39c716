namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// One coder's append-only coding journal as a session sees it. A session only ever holds the
/// journal of its own coder, which is what keeps coding blind.
/// </summary>
public interface ICodingJournal
{
    /// <summary>The coder whose journal this is.</summary>
    string Coder { get; }

    /// <summary>Reads the journal and folds it to the current decision per unit and dimension, and the memos written ahead of their answers.</summary>
    JournalContents Load();

    /// <summary>Appends a decision and flushes it to durable storage before returning.</summary>
    /// <param name="coding">The decision.</param>
    /// <param name="unitHash">The content hash of the unit's text as shown.</param>
    void Set(UnitCoding coding, string unitHash);

    /// <summary>Appends a retraction (the cell becomes uncoded as if never decided) and flushes it.</summary>
    /// <param name="key">The unit and dimension.</param>
    /// <param name="unitHash">The content hash of the unit's text as shown.</param>
    void Clear(CodingKey key, string unitHash);

    /// <summary>Appends a memo for a unit and dimension not yet decided (the whole memo so far) and flushes it.</summary>
    /// <param name="key">The unit and dimension.</param>
    /// <param name="memo">The memo; the next decision of <paramref name="key"/> carries it.</param>
    /// <param name="unitHash">The content hash of the unit's text as shown.</param>
    void Memo(CodingKey key, string memo, string unitHash);
}
