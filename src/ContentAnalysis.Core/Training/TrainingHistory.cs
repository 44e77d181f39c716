using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Training;

/// <summary>The training of a project's coders: every recorded round and each change of the codebook between rounds.</summary>
/// <param name="Rounds">The rounds, in the order they were recorded.</param>
/// <param name="Revisions">Each change of codebook hash from one round to the next (in recording order), with what changed.</param>
public sealed record TrainingHistory(IReadOnlyList<TrainingRound> Rounds, IReadOnlyList<CodebookRevision> Revisions)
{
    /// <summary>The trainees, in order of their first round.</summary>
    public IReadOnlyList<string> Coders => [.. Rounds.Select(r => r.Coder).Distinct(StringComparer.Ordinal)];

    /// <summary>The number of rounds <paramref name="coder"/> took (their highest round number).</summary>
    public int RoundsOf(string coder) => Rounds.Where(r => r.Coder == coder).Select(r => r.Round).DefaultIfEmpty(0).Max();

    /// <summary>Reads the rounds of <paramref name="layout"/> and compares the kept codebook copies wherever the hash changed.</summary>
    /// <exception cref="InputException">The rounds table is malformed.</exception>
    public static TrainingHistory Read(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var rounds = TrainingRoundLog.Read(layout);
        var revisions = new List<CodebookRevision>();
        for (var i = 1; i < rounds.Count; i++)
        {
            var (before, after) = (rounds[i - 1], rounds[i]);
            if (before.CodebookHash == after.CodebookHash)
            {
                continue;
            }

            var (old, current) = (Load(layout, before.CodebookHash), Load(layout, after.CodebookHash));
            var changes = old is null || current is null ? [] : CodebookChanges.Between(old, current);
            revisions.Add(new CodebookRevision(before.CodebookVersion, before.CodebookHash, after.CodebookVersion, after.CodebookHash, after.Coder, after.Round, changes, old is not null && current is not null));
        }

        return new TrainingHistory(rounds, revisions);
    }

    private static Codebook? Load(ProjectLayout layout, string hash)
    {
        var path = TrainingRoundLog.CodebookCopyPath(layout, hash);
        return File.Exists(path) ? CodebookLoader.LoadFile(path, layout.Relative(path)).Codebook : null;
    }
}
