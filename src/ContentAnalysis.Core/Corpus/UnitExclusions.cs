using System.Globalization;
using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// The units excluded from the analysis, <c>data/exclusions.csv</c> (<c>unit,reason,pattern,date</c>): the one rule
/// that sampling, coding sessions, agreement and the report's unit counts follow. An excluded unit stays in the
/// corpus tables; the units table itself never changes.
/// </summary>
public sealed class UnitExclusions
{
    /// <summary>Columns of <c>data/exclusions.csv</c>.</summary>
    public static readonly IReadOnlyList<string> Columns = ["unit", "reason", "pattern", "date"];

    private readonly Dictionary<string, UnitExclusion> _byUnit;

    private UnitExclusions(IEnumerable<UnitExclusion> exclusions) =>
        _byUnit = exclusions.ToDictionary(e => e.UnitId, StringComparer.Ordinal);

    /// <summary>No unit excluded.</summary>
    public static UnitExclusions None { get; } = new([]);

    /// <summary>The exclusions in unit id order.</summary>
    public IReadOnlyList<UnitExclusion> All => [.. _byUnit.Values.OrderBy(e => e.UnitId, StringComparer.Ordinal)];

    /// <summary>The ids of the excluded units.</summary>
    public IReadOnlySet<string> UnitIds => _byUnit.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The number of excluded units.</summary>
    public int Count => _byUnit.Count;

    /// <summary>Path of <c>data/exclusions.csv</c>.</summary>
    public static string PathOf(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.DataDirectory, "exclusions.csv");
    }

    /// <summary>Whether <paramref name="unitId"/> is excluded.</summary>
    public bool IsExcluded(string unitId) => _byUnit.ContainsKey(unitId);

    /// <summary>The exclusion of <paramref name="unitId"/>, or null.</summary>
    public UnitExclusion? Find(string unitId) => _byUnit.GetValueOrDefault(unitId);

    /// <summary>Reads <c>data/exclusions.csv</c>; none when the file is absent.</summary>
    /// <exception cref="InputException">The file is malformed or names a unit twice.</exception>
    public static UnitExclusions Load(ProjectLayout layout)
    {
        var path = PathOf(layout);
        var display = layout.Relative(path);
        var rows = CsvTable.Read(path, Columns, display, CorpusDiagnostics.BadTable);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fields, line) in rows)
        {
            if (!seen.TryAdd(fields[0], line))
            {
                throw new InputException(CorpusDiagnostics.RowIdTwice("unit", fields[0], seen[fields[0]], display, line));
            }
        }

        return rows.Count == 0 ? None : new(rows.Select(r => new UnitExclusion(r.Fields[0], r.Fields[1], r.Fields[2], r.Fields[3])));
    }

    /// <summary>
    /// Excludes the named units (already excluded ones get the new reason) and writes the file under the project lock.
    /// </summary>
    /// <param name="corpus">The corpus the units must belong to.</param>
    /// <param name="unitIds">Unit ids.</param>
    /// <param name="reason">Why they are not content.</param>
    /// <param name="now">The time to record.</param>
    /// <returns>The number of units newly excluded.</returns>
    /// <exception cref="InputException">A unit is not in the corpus (every unknown id is named), or the lock is held too long.</exception>
    public static int Exclude(CorpusStore corpus, IReadOnlyList<string> unitIds, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(unitIds);
        CheckKnown(corpus, unitIds);
        return Change(corpus.Layout, unitIds, e => new UnitExclusion(e, reason, string.Empty, Stamp(now)));
    }

    /// <summary>Excludes every unit whose whole text matches <paramref name="pattern"/> somewhere (a regex search).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="pattern">A .NET regular expression.</param>
    /// <param name="reason">Why they are not content.</param>
    /// <param name="now">The time to record.</param>
    /// <returns>The ids of the units that match, and how many of them were newly excluded.</returns>
    /// <exception cref="InputException">The pattern is not a valid regular expression, or a document text is missing.</exception>
    public static (IReadOnlyList<string> Matched, int Added) ExcludeMatching(CorpusStore corpus, string pattern, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var regex = Compile(pattern);
        var matched = new List<string>();
        foreach (var document in corpus.Documents)
        {
            var text = corpus.ReadText(document.Id);
            matched.AddRange(corpus.UnitsOf(document.Id).Where(u => regex.IsMatch(text.AsSpan(u.Start, u.Length))).Select(u => u.Id));
        }

        return (matched, Change(corpus.Layout, matched, e => new UnitExclusion(e, reason, pattern, Stamp(now))));
    }

    /// <summary>Takes units back into the analysis: the named ones, or with <paramref name="pattern"/> those whose text matches.</summary>
    /// <returns>The number of units that were excluded and are no longer.</returns>
    /// <exception cref="InputException">A unit is not in the corpus, or the pattern is invalid.</exception>
    public static int Include(CorpusStore corpus, IReadOnlyList<string> unitIds, string? pattern)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(unitIds);
        CheckKnown(corpus, unitIds);
        var ids = new HashSet<string>(unitIds, StringComparer.Ordinal);
        if (pattern is not null)
        {
            var regex = Compile(pattern);
            foreach (var unit in corpus.Exclusions.All.Select(e => corpus.FindUnit(e.UnitId)).OfType<TextUnit>())
            {
                if (regex.IsMatch(corpus.UnitText(unit)))
                {
                    ids.Add(unit.Id);
                }
            }
        }

        using var projectLock = ProjectLock.Acquire(corpus.Layout, "corpus include");
        var current = Load(corpus.Layout);
        var kept = current._byUnit.Values.Where(e => !ids.Contains(e.UnitId)).ToList();
        Save(corpus.Layout, kept);
        return current.Count - kept.Count;
    }

    /// <summary>Drops the exclusions of units for which <paramref name="isGone"/> holds (after a remove).</summary>
    internal static void Forget(ProjectLayout layout, Func<string, bool> isGone)
    {
        var current = Load(layout);
        if (current._byUnit.Keys.Any(isGone))
        {
            Save(layout, current._byUnit.Values.Where(e => !isGone(e.UnitId)));
        }
    }

    private static int Change(ProjectLayout layout, IEnumerable<string> unitIds, Func<string, UnitExclusion> make)
    {
        using var projectLock = ProjectLock.Acquire(layout, "corpus exclude");
        var current = Load(layout);
        var all = new Dictionary<string, UnitExclusion>(current._byUnit, StringComparer.Ordinal);
        var added = 0;
        foreach (var id in unitIds)
        {
            added += all.ContainsKey(id) ? 0 : 1;
            all[id] = make(id);
        }

        Save(layout, all.Values);
        return added;
    }

    private static void Save(ProjectLayout layout, IEnumerable<UnitExclusion> exclusions)
    {
        using var buffer = new MemoryStream();
        CsvTable.Write(buffer, Columns, exclusions.OrderBy(e => e.UnitId, StringComparer.Ordinal).Select(e => new[] { e.UnitId, e.Reason, e.Pattern, e.Date }));
        AtomicFile.WriteIfChanged(PathOf(layout), [buffer.GetBuffer().AsMemory(0, (int)buffer.Length)]);
    }

    private static void CheckKnown(CorpusStore corpus, IReadOnlyList<string> unitIds)
    {
        var unknown = unitIds.Where(u => corpus.FindUnit(u) is null).ToList();
        if (unknown.Count > 0)
        {
            var display = corpus.Layout.Relative(CorpusStore.UnitsTablePath(corpus.Layout));
            throw new InputException([.. unknown.Select(u => CorpusDiagnostics.UnitUnknown(u, display))]);
        }
    }

    private static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException e)
        {
            throw new InputException(CorpusDiagnostics.BadRegex(pattern, e.Message));
        }
    }

    private static string Stamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
