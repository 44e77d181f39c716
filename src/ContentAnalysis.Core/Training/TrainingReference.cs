using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Training;

/// <summary>What a training round or a second pass codes: the reference coding and its units, or the journal of the second pass.</summary>
public static class TrainingReference
{
    /// <summary>The reference coding named by <c>--against</c> (default <c>gold</c>), from the study's journals.</summary>
    /// <exception cref="InputException">The reference has no journal, or its journal is damaged.</exception>
    public static CoderCodings Load(Project project, string against)
    {
        ArgumentNullException.ThrowIfNull(project);
        var store = project.Codings;
        if (!store.Coders.Contains(against, StringComparer.Ordinal))
        {
            store.JournalPath(against);
            throw new InputException(TrainingDiagnostics.ReferenceMissing(against, store.Coders, project.Relative(store.Directory) + "/"));
        }

        return store.Load(against);
    }

    /// <summary>The units of a training round: every unit the reference coded, or the sample's units, each of which the reference must have coded.</summary>
    /// <exception cref="InputException">The reference coded nothing, or lacks units of the sample.</exception>
    public static IReadOnlySet<string> Units(CoderCodings reference, IReadOnlySet<string>? sample, string sampleName)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var coded = reference.Units.Where(u => u.Value.Count > 0).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        if (coded.Count == 0)
        {
            throw new InputException(TrainingDiagnostics.ReferenceEmpty(reference.Coder));
        }

        if (sample is null)
        {
            return coded;
        }

        var missing = sample.Where(u => !coded.Contains(u)).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0
            ? sample
            : throw new InputException(TrainingDiagnostics.ReferenceLacksUnits(reference.Coder, sampleName, missing.Count, sample.Count, missing[0]));
    }

    /// <summary>The journal of <paramref name="coder"/>'s second pass (<c>CODER~2</c>), refused when the coder has not coded yet.</summary>
    /// <exception cref="InputException">The coder has no codings.</exception>
    public static string RecodeJournal(Project project, string coder)
    {
        ArgumentNullException.ThrowIfNull(project);
        var first = project.Codings.JournalPath(coder);
        return File.Exists(first) && project.Codings.Load(coder).Count > 0
            ? CodingStore.RecodeJournal(coder)
            : throw new InputException(TrainingDiagnostics.NoFirstPass(coder, project.Relative(first)));
    }
}
