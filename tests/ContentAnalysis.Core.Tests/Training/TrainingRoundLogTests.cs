using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Core.Tests.Training;

public sealed class TrainingRoundLogTests
{
    private static readonly DateTimeOffset Date = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Append_ThenRead_GivesTheRoundsBackWithTheirDimensions()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        TrainingRoundLog.Append(layout, Round(1, "tina", "sha256:aaaa", 0.5333, null));
        TrainingRoundLog.Append(layout, Round(1, "uwe", "sha256:aaaa", 0.9, 1));
        TrainingRoundLog.Append(layout, Round(2, "tina", "sha256:bbbb", 0.85, 0.9));

        var rounds = TrainingRoundLog.Read(layout);

        Assert.Equal([(1, "tina"), (1, "uwe"), (2, "tina")], rounds.Select(r => (r.Round, r.Coder)));
        Assert.Equal(Date, rounds[0].Date);
        Assert.Equal([new RoundAlpha("strategy", 4, 0.5333, 0.75), new RoundAlpha("tone", 3, null, null)], rounds[0].Dimensions);
        Assert.Equal(3, TrainingRoundLog.NextRound(layout, "tina"));
        Assert.Equal(1, TrainingRoundLog.NextRound(layout, "vera"));
        Assert.Equal(Path.Combine(temp.Path, "data", "training", "codebook-bbbb.yaml"), TrainingRoundLog.CodebookCopyPath(layout, "sha256:bbbb"));
    }

    [Fact]
    public void History_HashChangedWithoutCopies_RevisionKnownOnlyByHash()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        TrainingRoundLog.Append(layout, Round(1, "tina", "sha256:aaaa", 0.5, 0.7));
        TrainingRoundLog.Append(layout, Round(2, "tina", "sha256:bbbb", 0.85, 0.9));

        var history = TrainingHistory.Read(layout);

        Assert.Equal(2, history.RoundsOf("tina"));
        var revision = Assert.Single(history.Revisions);
        Assert.Equal(("sha256:aaaa", "sha256:bbbb", "tina", 2, false), (revision.FromHash, revision.ToHash, revision.Coder, revision.Round, revision.Known));
    }

    [Fact]
    public void Read_BadRoundNumber_IsQCA6104WithTheLine()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        temp.Write("data/training/rounds.csv", string.Join(',', TrainingRoundLog.Columns) + "\none,tina,2026-03-02T09:30:00Z,gold,all,1.0,sha256:aaaa,4,strategy,4,0.5,0.75\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => TrainingRoundLog.Read(layout)).Diagnostics);

        Assert.Equal((TrainingDiagnostics.BadRounds, 2), (error.Code, error.Line));
        Assert.Contains("'one' is not a valid round number", error.Message, StringComparison.Ordinal);
    }

    private static TrainingRound Round(int round, string coder, string hash, double alpha, double? tone) =>
        new(round, coder, Date, "gold", "all", "1.0", hash, 4, [new RoundAlpha("strategy", 4, alpha, 0.75), new RoundAlpha("tone", 3, tone, tone)]);
}
