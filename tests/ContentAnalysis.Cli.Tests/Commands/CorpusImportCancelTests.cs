using ContentAnalysis.Core;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>Ctrl+C during <c>corpus import</c>: honoured before the save, reported after it.</summary>
public sealed class CorpusImportCancelTests
{
    [Fact]
    public async Task Import_CtrlCWhileWaitingForTheProjectLock_CancelledNothingWritten()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "First.\n");
        using var held = ProjectLock.Acquire(new ProjectLayout(temp.Path), "sample create");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliApp.RunAsync(["corpus", "import", "doc.txt"], CliContext.ForTest(temp.Path, output, error), cancellation.Token);

        Assert.Equal((130, string.Empty, "qcat: cancelled\n"), (exit, output.ToString(), error.ToString()));
        Assert.False(File.Exists(Path.Combine(temp.Path, "data", "documents.csv")));
    }

    // Ctrl+C that arrives once Core has begun writing no longer stops the import; the output stands in for that moment.
    [Fact]
    public async Task Import_CtrlCAfterTheSaveBegan_CompletedAndSaysSo()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "First.\n");
        using var cancellation = new CancellationTokenSource();
        using var output = new CancellingWriter(cancellation);
        using var error = new StringWriter();

        var exit = await CliApp.RunAsync(["corpus", "import", "doc.txt"], CliContext.ForTest(temp.Path, output, error), cancellation.Token);

        Assert.Equal(
            (0, "added     doc (1 units) from doc.txt\n", "qcat: the import completed: Ctrl+C came while it was saving, too late to stop it (the corpus is consistent)\n"),
            (exit, output.ToString(), error.ToString()));
        Assert.Contains("\ndoc,", File.ReadAllText(Path.Combine(temp.Path, "data", "documents.csv")), StringComparison.Ordinal);
    }

    private sealed class CancellingWriter(CancellationTokenSource cancellation) : StringWriter
    {
        public override void Write(char value)
        {
            cancellation.Cancel();
            base.Write(value);
        }

        public override void Write(string? value)
        {
            cancellation.Cancel();
            base.Write(value);
        }
    }
}
