using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Training;

/// <summary>
/// The training rounds of a project, <c>data/training/rounds.csv</c>: one row per round × dimension, appended when a
/// round is completed, with a copy of the codebook of each version used (<c>data/training/codebook-HASH.yaml</c>).
/// </summary>
public static class TrainingRoundLog
{
    /// <summary>The columns of <c>rounds.csv</c>.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["round", "coder", "date", "reference", "sample", "codebook_version", "codebook_hash", "units", "dimension", "pairable_units", "alpha", "percent_agreement"];

    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The path of <c>rounds.csv</c>.</summary>
    public static string PathOf(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.TrainingDirectory, "rounds.csv");
    }

    /// <summary>Where the codebook with content hash <paramref name="hash"/> is kept: <c>data/training/codebook-HASH.yaml</c> (without the <c>sha256:</c> prefix).</summary>
    public static string CodebookCopyPath(ProjectLayout layout, string hash)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(hash);
        var plain = hash[(hash.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return Path.Combine(layout.TrainingDirectory, $"codebook-{plain}.yaml");
    }

    /// <summary>The recorded rounds in the order they were recorded (empty when there are none).</summary>
    /// <exception cref="InputException">The table is malformed; the diagnostic names the line.</exception>
    public static IReadOnlyList<TrainingRound> Read(ProjectLayout layout)
    {
        var path = PathOf(layout);
        var display = layout.Relative(path);
        var rounds = new List<TrainingRound>();
        foreach (var (f, line) in CsvTable.Read(path, Columns, display, TrainingDiagnostics.BadRounds))
        {
            var round = Int(f[0], "round number", display, line);
            var alpha = new RoundAlpha(f[8], Int(f[9], "unit count", display, line), Number(f[10], display, line), Number(f[11], display, line));
            var last = rounds.Count > 0 ? rounds[^1] : null;
            if (last is not null && last.Round == round && last.Coder == f[1])
            {
                rounds[^1] = last with { Dimensions = [.. last.Dimensions, alpha] };
                continue;
            }

            if (!DateTimeOffset.TryParseExact(f[2], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            {
                throw new InputException(TrainingDiagnostics.RoundsField("date", f[2], display, line));
            }

            rounds.Add(new TrainingRound(round, f[1], date, f[3], f[4], f[5], f[6], Int(f[7], "unit count", display, line), [alpha]));
        }

        return rounds;
    }

    /// <summary>The next round number of <paramref name="coder"/> (1 for a first round).</summary>
    /// <exception cref="InputException">The table is malformed.</exception>
    public static int NextRound(ProjectLayout layout, string coder) =>
        Read(layout).Where(r => r.Coder == coder).Select(r => r.Round).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Appends <paramref name="round"/> (one row per dimension) and flushes it.</summary>
    public static void Append(ProjectLayout layout, TrainingRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var path = PathOf(layout);
        Directory.CreateDirectory(layout.TrainingDirectory);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        if (stream.Length == 0)
        {
            stream.Write(CsvTable.FormatHeader(Columns));
        }

        foreach (var d in round.Dimensions)
        {
            stream.Write(CsvTable.FormatRecord(
            [
                Invariant(round.Round), round.Coder, round.Date.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture), round.Reference, round.Sample,
                round.CodebookVersion, round.CodebookHash, Invariant(round.Units), d.Dimension, Invariant(d.PairableUnits), Format(d.Alpha), Format(d.PercentAgreement),
            ]));
        }

        stream.Flush(flushToDisk: true);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static int Int(string text, string column, string display, int line) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InputException(TrainingDiagnostics.RoundsField(column, text, display, line));

    private static double? Number(string text, string display, int line) =>
        text.Length == 0 ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InputException(TrainingDiagnostics.RoundsField("number", text, display, line));
}
