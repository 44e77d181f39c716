using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Corpus;

/// <summary>How <see cref="CorpusImporter"/> imports files.</summary>
public sealed record CorpusImportOptions
{
    /// <summary>Paragraph (default) or sentence units.</summary>
    public UnitKind UnitKind { get; init; } = UnitKind.Paragraph;

    /// <summary>A manifest CSV (<c>file,id,title,author,source,date,period</c>) whose rows override front matter, matched by file name.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>The document id to use (only when importing one file).</summary>
    public string? Id { get; init; }

    /// <summary>Import changed documents even when their coded units changed (the codings become stale).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// Repair a <c>.txt</c> extracted elsewhere (<c>--repair</c>): ligature gaps, paragraphs cut at page breaks,
    /// numbered footnotes in the body (<see cref="TextRepair"/>). Other formats are read as they are.
    /// </summary>
    public bool Repair { get; init; }

    /// <summary>The project's periods: derives a document's period from its date and checks a given one (default: none).</summary>
    public PeriodScheme Periods { get; init; } = PeriodScheme.None;

    /// <summary>
    /// The number of current codings of every coded unit, asked for only when a stored document changed; the
    /// corpus does not read coding journals itself. Null means no unit is coded.
    /// </summary>
    public Func<IReadOnlyDictionary<string, int>>? CodingCounts { get; init; }

    /// <summary>Drop a <c>.txt</c> file's web-page boilerplate (navigation, bylines, captions, link lists), as <c>.html</c> import does.</summary>
    public bool StripBoilerplate { get; init; }

    /// <summary>The clock for <c>imported_at</c> (tests fix it).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>A plain text larger than this many bytes is written to temporary files while it is cut, not to memory.</summary>
    internal long SpoolAbove { get; init; } = 8 << 20;

    /// <summary>How long to wait for another writer's project lock (null: <see cref="IO.ProjectLock.DefaultTimeout"/>).</summary>
    public TimeSpan? LockTimeout { get; init; }
}
