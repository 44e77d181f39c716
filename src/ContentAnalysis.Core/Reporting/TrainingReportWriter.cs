using System.Globalization;
using System.Text;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes <c>qcat training report</c>: the recorded training rounds and what changed in the codebook between them.</summary>
public static class TrainingReportWriter
{
    /// <summary>The dimensions of every round, in order of first appearance (the columns of the tables).</summary>
    public static IReadOnlyList<string> Dimensions(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return [.. history.Rounds.SelectMany(r => r.Dimensions.Select(d => d.Dimension)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The table's header: round, coder, date, codebook, units, then alpha per dimension.</summary>
    public static IReadOnlyList<string> Header(TrainingHistory history) => ["round", "coder", "date", "codebook", "units", .. Dimensions(history)];

    /// <summary>One row per round: alpha with the reference per dimension, three decimals (an em dash when undefined, empty when not coded).</summary>
    public static IReadOnlyList<string[]> Rows(TrainingHistory history)
    {
        var dimensions = Dimensions(history);
        return [.. history.Rounds.Select(r => (string[])
        [
            ReportNumbers.Invariant(r.Round), r.Coder, r.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{r.CodebookVersion} ({Short(r.CodebookHash)})", ReportNumbers.Invariant(r.Units),
            .. dimensions.Select(d => r.Dimensions.FirstOrDefault(a => a.Dimension == d) is { } a ? ReportNumbers.Fixed(a.Alpha) : string.Empty),
        ])];
    }

    /// <summary>The codebook revisions in words, one line each: <c>1.0 (8be10c03) → 1.1 (0a1b2c3d), first used in anna's round 2: …</c>.</summary>
    public static IReadOnlyList<string> Revisions(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return [.. history.Revisions.Select(v => string.Create(
            CultureInfo.InvariantCulture,
            $"{v.FromVersion} ({Short(v.FromHash)}) → {v.ToVersion} ({Short(v.ToHash)}), first used in {v.Coder}'s round {v.Round}: {Changes(v)}"))];
    }

    /// <summary>The JSON text.</summary>
    public static string ToJson(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var json = new TrainingJson(
            history.Coders.ToDictionary(c => c, history.RoundsOf, StringComparer.Ordinal),
            [.. history.Rounds.Select(r => new TrainingRoundJson(r.Round, r.Coder, r.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), r.Reference, r.Sample, r.CodebookVersion, r.CodebookHash, r.Units, [.. r.Dimensions.Select(d => new RoundAlphaJson(d.Dimension, d.PairableUnits, ReportJson.Finite(d.Alpha), ReportJson.Finite(d.PercentAgreement)))]))],
            [.. history.Revisions.Select(v => new CodebookRevisionJson(v.FromVersion, v.FromHash, v.ToVersion, v.ToHash, v.Coder, v.Round, v.Known, [.. v.Changes.Select(c => c.Description)]))]);
        return ReportJson.Serialize(json, ReportJson.Types.TrainingJson);
    }

    /// <summary>The CSV text: one row per round × dimension, the columns of <c>rounds.csv</c>.</summary>
    public static string ToCsv(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return CsvExport.Format(TrainingRoundLog.Columns, history.Rounds.SelectMany(r => r.Dimensions.Select(d => new[]
        {
            ReportNumbers.Invariant(r.Round), r.Coder, r.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), r.Reference, r.Sample,
            r.CodebookVersion, r.CodebookHash, ReportNumbers.Invariant(r.Units), d.Dimension, ReportNumbers.Invariant(d.PairableUnits), ReportNumbers.Exact(d.Alpha), ReportNumbers.Exact(d.PercentAgreement),
        })));
    }

    /// <summary>The Markdown text: the rounds table, then the codebook changes.</summary>
    public static string ToMarkdown(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var md = new StringBuilder();
        md.Append(Sentence(history)).Append("\n\n");
        if (history.Rounds.Count > 0)
        {
            md.Append(TableWriter.ToMarkdown(Header(history), Rows(history)));
        }

        foreach (var line in Revisions(history))
        {
            md.Append("\n- ").Append(line);
        }

        return md.Append(history.Revisions.Count > 0 ? "\n" : string.Empty).ToString();
    }

    /// <summary>How many rounds each trainee took, in one sentence.</summary>
    public static string Sentence(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Rounds.Count == 0)
        {
            return "no training rounds are recorded (a round is recorded when a trainee completes 'qcat code --train')";
        }

        var coders = string.Join(", ", history.Coders.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c} {Plural(history.RoundsOf(c), "round")}")));
        var versions = history.Rounds.Select(r => r.CodebookHash).Distinct(StringComparer.Ordinal).Count();
        return string.Create(CultureInfo.InvariantCulture, $"{Plural(history.Rounds.Count, "training round")} against the reference coding ({coders}), with {Plural(versions, "codebook version")}");
    }

    private static string Changes(CodebookRevision revision) => !revision.Known
        ? "the content hash changed (no copy of one of the versions is kept, so the changes cannot be listed)"
        : revision.Changes.Count == 0 ? "no change to dimensions or categories" : string.Join("; ", revision.Changes.Select(c => c.Description));

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Short(string hash) => hash[(hash.IndexOf(':', StringComparison.Ordinal) + 1)..] is var plain && plain.Length > 8 ? plain[..8] : plain;
}
