using System.Text;
using ContentAnalysis.Core.Corpus;
using MathNet.Numerics.Random;

namespace ContentAnalysis.Core.Sessions;

/// <summary>Builds the ordered unit list of a session from the corpus.</summary>
public static class SessionPlanner
{
    /// <summary>
    /// The units to code: those in <paramref name="only"/> (all when null) and of
    /// <paramref name="documentId"/> (all documents when null), in the requested order; excluded units never
    /// (<see cref="CorpusStore.Exclusions"/>), though they still show as context.
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="only">Unit ids to keep (a sample), or null.</param>
    /// <param name="documentId">A single document to code, or null.</param>
    /// <param name="order">Document order or a seeded shuffle.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    public static IReadOnlyList<SessionUnit> Plan(CorpusStore corpus, IReadOnlySet<string>? only, string? documentId, SessionOrder order, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var result = new List<SessionUnit>();
        foreach (var group in corpus.Units.GroupBy(u => u.DocumentId, StringComparer.Ordinal))
        {
            if (documentId is not null && !string.Equals(group.Key, documentId, StringComparison.Ordinal))
            {
                continue;
            }

            var units = group.OrderBy(u => u.Ordinal).ToList();
            if (!units.Exists(u => (only is null || only.Contains(u.Id)) && !corpus.IsExcluded(u.Id)))
            {
                continue;
            }

            var metadata = corpus.FindDocument(group.Key)?.Metadata ?? new DocumentMetadata(group.Key, group.Key, string.Empty, string.Empty, string.Empty, string.Empty);
            var document = new SessionDocument(metadata.Id, metadata.Title, metadata.Author, metadata.Date, metadata.Period);
            var text = corpus.ReadText(group.Key);
            for (var i = 0; i < units.Count; i++)
            {
                if ((only is null || only.Contains(units[i].Id)) && !corpus.IsExcluded(units[i].Id))
                {
                    result.Add(new SessionUnit(
                        units[i].Id,
                        units[i].Ordinal,
                        units[i].TextIn(text),
                        units[i].Hash,
                        document with { Period = units[i].Period.Length > 0 ? units[i].Period : document.Period },
                        i > 0 ? units[i - 1].TextIn(text) : null,
                        i + 1 < units.Count ? units[i + 1].TextIn(text) : null));
                }
            }
        }

        return order == SessionOrder.Random ? Shuffle(result, seed) : result;
    }

    /// <summary>A stable default seed for a coder's random order (FNV-1a of the name), so a session resumes in the same order.</summary>
    public static int DefaultSeed(string coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(coder))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return unchecked((int)(hash & 0x7FFFFFFF));
    }

    /// <summary>A seeded Fisher–Yates shuffle (Mersenne Twister) of <paramref name="units"/>.</summary>
    public static IReadOnlyList<T> Shuffle<T>(IReadOnlyList<T> units, int seed)
    {
        ArgumentNullException.ThrowIfNull(units);
        var array = units.ToArray();
        var random = new MersenneTwister(seed, threadSafe: false);
        for (var i = array.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (array[i], array[j]) = (array[j], array[i]);
        }

        return array;
    }
}
