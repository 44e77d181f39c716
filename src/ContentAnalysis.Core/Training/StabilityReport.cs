using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Training;

/// <summary>
/// Test–retest agreement of one coder with themselves (Krippendorff 2004, sec. 11.1: stability): the first pass
/// (<c>anna</c>) against the blind second pass (<c>anna~2</c>), through the project's agreement engine, with the time
/// between the two passes from the journals' time stamps, as GRRAS (Kottner et al. 2011, item 9) asks.
/// </summary>
/// <param name="Coder">The coder.</param>
/// <param name="Recode">The second pass's journal name (<c>anna~2</c>).</param>
/// <param name="Agreement">Agreement between the two passes, per dimension (and category).</param>
/// <param name="PairedUnits">Units coded in both passes (on the dimensions compared, within the sample).</param>
/// <param name="First">When the first pass coded those units, or null when there are none.</param>
/// <param name="Second">When the second pass coded them, or null when there are none.</param>
/// <param name="Intervals">Per paired unit, the time from its first coding to its second (the later of each pass's dimension times), sorted.</param>
public sealed record StabilityReport(string Coder, string Recode, AgreementResultSet Agreement, int PairedUnits, PassSpan? First, PassSpan? Second, IReadOnlyList<TimeSpan> Intervals)
{
    /// <summary>The median time between the two codings of a unit, or null when no unit was coded twice.</summary>
    public TimeSpan? MedianInterval => Intervals.Count == 0
        ? null
        : Intervals.Count % 2 == 1 ? Intervals[Intervals.Count / 2] : (Intervals[(Intervals.Count / 2) - 1] + Intervals[Intervals.Count / 2]) / 2;

    /// <summary>Loads <paramref name="coder"/>'s two passes: the coder's journal and <c>CODER~2</c>.</summary>
    /// <exception cref="InputException">The coder has no journal, no second pass, or a journal is damaged.</exception>
    public static (CoderCodings First, CoderCodings Second) LoadPasses(Project project, string coder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var first = project.Names.Coder(coder);
        var recode = CodingStore.RecodeJournal(first);
        var store = project.Codings;
        if (!File.Exists(store.JournalPath(recode)))
        {
            throw new InputException(TrainingDiagnostics.NotRecoded(first, recode, project.Relative(store.JournalPath(recode))));
        }

        return (store.Load(first, cancellationToken), store.Load(recode, cancellationToken));
    }

    /// <summary>Compares the two passes on <paramref name="dimensions"/> over <paramref name="units"/> (all units coded twice when null).</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="dimensions">The dimensions to compare.</param>
    /// <param name="first">The first pass.</param>
    /// <param name="second">The second pass.</param>
    /// <param name="units">A sample's units, or null.</param>
    /// <param name="options">Bootstrap, seed and significance, as for <c>qcat agree</c>.</param>
    /// <param name="byCategory">Also one result per category.</param>
    /// <param name="progress">Bootstrap progress from 0 to 1.</param>
    /// <param name="cancellationToken">Cancels the bootstrap.</param>
    public static StabilityReport Compute(
        Codebook codebook,
        IReadOnlyList<Dimension> dimensions,
        CoderCodings first,
        CoderCodings second,
        IReadOnlySet<string>? units,
        AgreementOptions options,
        bool byCategory = false,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var request = new AgreementRequest(codebook, [first, second]) { Dimensions = dimensions, Units = units, Options = options, ByCategory = byCategory };
        var agreement = ProjectAgreement.Compute(request, progress, cancellationToken);
        var times = first.Units.Keys
            .Where(u => units is null || units.Contains(u))
            .Select(u => (First: Latest(first, u, dimensions), Second: Latest(second, u, dimensions)))
            .Where(t => t.First is not null && t.Second is not null)
            .Select(t => (First: t.First!.Value, Second: t.Second!.Value))
            .ToList();
        var intervals = times.Select(t => t.Second - t.First).Order().ToList();
        return new StabilityReport(
            FirstPassName(first.Coder),
            second.Coder,
            agreement,
            times.Count,
            times.Count == 0 ? null : new PassSpan(times.Min(t => t.First), times.Max(t => t.First)),
            times.Count == 0 ? null : new PassSpan(times.Min(t => t.Second), times.Max(t => t.Second)),
            intervals);
    }

    private static string FirstPassName(string coder) => CodingStore.FirstPassOf(coder) ?? coder;

    // A unit's coding time in a pass: its last answer on the dimensions compared.
    private static DateTimeOffset? Latest(CoderCodings codings, string unit, IReadOnlyList<Dimension> dimensions)
    {
        var values = codings.Of(unit);
        var times = dimensions.Select(d => values.GetValueOrDefault(d.Id)?.Time).Where(t => t is not null).ToList();
        return times.Count == 0 ? null : times.Max();
    }
}
