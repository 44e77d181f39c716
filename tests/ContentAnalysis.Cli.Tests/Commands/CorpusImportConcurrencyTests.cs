using System.Diagnostics;
using System.Text;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>Two real <c>qcat</c> processes importing into one project at the same time.</summary>
public sealed class CorpusImportConcurrencyTests
{
    private const int DocumentsPerProcess = 25;

    [Fact]
    public void Import_TwoProcessesAtOnce_KeepEveryDocument()
    {
        using var temp = new TempDirectory();
        var first = WriteDocuments(temp, "alpha");
        var second = WriteDocuments(temp, "beta");

        using var a = Start(temp.Path, first);
        using var b = Start(temp.Path, second);
        var (aExit, aOut, aError) = Finish(a);
        var (bExit, bOut, bError) = Finish(b);

        Assert.Equal((0, string.Empty), (aExit, aError));
        Assert.Equal((0, string.Empty), (bExit, bError));
        Assert.Equal(DocumentsPerProcess, aOut.Split('\n').Count(l => l.StartsWith("added", StringComparison.Ordinal)));
        Assert.Equal(DocumentsPerProcess, bOut.Split('\n').Count(l => l.StartsWith("added", StringComparison.Ordinal)));

        // Every document of both runs is in both tables: 50 documents, 3 paragraphs each.
        var documents = File.ReadAllLines(Path.Combine(temp.Path, "data", "documents.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        var expected = Enumerable.Range(1, DocumentsPerProcess).SelectMany(i => new[] { $"alpha-{i:00}", $"beta-{i:00}" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, documents);
        var unitDocuments = File.ReadAllLines(Path.Combine(temp.Path, "data", "units.csv")).Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.Equal(2 * DocumentsPerProcess * 3, unitDocuments.Count);
        Assert.Equal(expected, unitDocuments.Distinct().Order(StringComparer.Ordinal));
    }

    private static List<string> WriteDocuments(TempDirectory temp, string prefix)
    {
        var files = new List<string>();
        for (var i = 1; i <= DocumentsPerProcess; i++)
        {
            var body = new StringBuilder();
            for (var p = 1; p <= 3; p++)
            {
                body.Append(string.Concat(Enumerable.Repeat($"Paragraph {p} of {prefix} {i} says something. ", 40))).Append("\n\n");
            }

            files.Add(Path.GetRelativePath(temp.Path, temp.Write($"sources/{prefix}-{i:00}.md", body.ToString())));
        }

        return files;
    }

    private static Process Start(string workingDirectory, List<string> files)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qcat.dll"));
        foreach (var argument in (string[])["corpus", "import", .. files])
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static (int ExitCode, string Out, string Error) Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "qcat did not finish within 2 minutes");
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
