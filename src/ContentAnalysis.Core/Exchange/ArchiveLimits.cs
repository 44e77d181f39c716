namespace ContentAnalysis.Core.Exchange;

/// <summary>The limits an archive must keep to be read at all (docs/exchange.md, "Safety").</summary>
/// <param name="MaxEntries">The most entries.</param>
/// <param name="MaxEntryBytes">The largest uncompressed entry.</param>
/// <param name="MaxTotalBytes">The largest uncompressed total.</param>
/// <param name="MaxRatio">The highest compression ratio of an entry larger than <paramref name="RatioFloorBytes"/>.</param>
/// <param name="RatioFloorBytes">Entries up to this size are not ratio-checked (a small file of spaces compresses very well).</param>
internal sealed record ArchiveLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes, int MaxRatio, long RatioFloorBytes)
{
    /// <summary>The defaults: 10,000 entries, 256 MiB per entry, 1 GiB in total, ratio 100 above 1 MiB.</summary>
    public static ArchiveLimits Default { get; } = new(10_000, 256L << 20, 1L << 30, 100, 1L << 20);
}
