using System.Diagnostics;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Tests.IO;

public sealed class ProjectLockTests
{
    [Fact]
    public void Acquire_HeldByAnother_WaitsTheTimeoutThenNamesTheHolder()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        using var held = ProjectLock.Acquire(layout, "corpus import");

        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<InputException>(() => ProjectLock.Acquire(layout, "sample create", TimeSpan.FromMilliseconds(300)));
        watch.Stop();

        Assert.InRange(watch.ElapsedMilliseconds, 300, 5_000);
        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(IoDiagnostics.ProjectLocked, diagnostic.Code);
        Assert.Equal("data/.project.lock", diagnostic.File);
        Assert.StartsWith($"the project is locked by another writer (qcat corpus import, process {Environment.ProcessId}, since ", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("UTC); gave up after 0.3 s", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_ReleasedDuringTheWait_Succeeds()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        var held = ProjectLock.Acquire(layout, "corpus import");
        using var release = new Timer(_ => held.Dispose(), null, 200, Timeout.Infinite);

        using var second = ProjectLock.Acquire(layout, "corpus import", TimeSpan.FromSeconds(10));

        Assert.True(File.Exists(ProjectLock.PathOf(layout)));
    }

    [Fact]
    public void Acquire_Cancelled_StopsWaiting()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        using var held = ProjectLock.Acquire(layout, "corpus import");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.ThrowsAny<OperationCanceledException>(() => ProjectLock.Acquire(layout, "corpus import", TimeSpan.FromMinutes(1), cancellation.Token));
    }

    [Fact]
    public void CorpusImport_WhileAnotherWriterHoldsTheLock_FailsAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        var file = temp.Write("a.md", "First paragraph.\n");
        using var held = ProjectLock.Acquire(layout, "sample create");

        var e = Assert.Throws<InputException>(() => CorpusImporter.Import(layout, [file], new CorpusImportOptions { LockTimeout = TimeSpan.FromMilliseconds(100) }));

        Assert.Equal(IoDiagnostics.ProjectLocked, Assert.Single(e.Diagnostics).Code);
        Assert.False(File.Exists(CorpusStore.DocumentsTablePath(layout)));
    }

    // The clock is read when the save begins: a cancel from then on no longer stops the import, which writes everything.
    [Fact]
    public void CorpusImport_CancelledOnceSavingBegan_CompletesWithEveryTable()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        var file = temp.Write("a.md", "First paragraph.\n");
        using var cancellation = new CancellationTokenSource();
        var options = new CorpusImportOptions { Clock = () => { cancellation.Cancel(); return DateTimeOffset.UnixEpoch; } };

        var outcome = Assert.Single(CorpusImporter.Import(layout, [file], options, cancellationToken: cancellation.Token));

        Assert.Equal("added", outcome.Status);
        Assert.True(cancellation.IsCancellationRequested);
        Assert.Single(CorpusStore.Open(layout).Documents);
        Assert.Single(CorpusStore.Open(layout).Units);
        Assert.True(File.Exists(CorpusStore.TextPath(layout, "a")));
    }
}
