using System.IO.Compression;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class ExchangeCommandTests
{
    [Fact]
    public void CodebookExportThenImport_ExampleCodebook_WritesQdcAndSameYamlModel()
    {
        using var project = ExampleProject.Copy();
        var export = CliRunner.Run(project.Path, "codebook", "export", "--format", "qdc", "--out", "book.qdc");
        Assert.Equal((0, "wrote book.qdc\n", string.Empty), (export.ExitCode, export.Out, export.Error));

        using var other = new TempDirectory();
        var import = CliRunner.Run(other.Path, "codebook", "import", Path.Combine(project.Path, "book.qdc"));
        Assert.Equal(0, import.ExitCode);
        Assert.StartsWith("wrote codebooks/russia-south-caucasus.yaml: ", import.Out, StringComparison.Ordinal);
        var shown = CliRunner.Run(other.Path, "codebook", "show", "--format", "json");
        var original = CliRunner.Run(project.Path, "codebook", "show", "--format", "json");
        Assert.Equal(
            original.Out.Replace("codebooks/russia-south-caucasus.yaml", string.Empty, StringComparison.Ordinal),
            shown.Out.Replace("codebooks/russia-south-caucasus.yaml", string.Empty, StringComparison.Ordinal));

        var again = CliRunner.Run(other.Path, "codebook", "import", Path.Combine(project.Path, "book.qdc"));
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("codebooks/russia-south-caucasus.yaml: error QCA9512: the codebook file exists already; nothing was written (name another file with --out, or delete this one)\n", again.Error);
    }

    [Fact]
    public void ExportThenImportQdpx_ExampleProject_EmptyFolderGetsProjectAndSummary()
    {
        using var project = ExampleProject.Copy();
        var export = CliRunner.Run(project.Path, "export", "qdpx", "--out", "study.qdpx", "--coders", "anna,ben");
        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("wrote study.qdpx: ", export.Out, StringComparison.Ordinal);

        using var other = new TempDirectory();
        var import = CliRunner.Run(other.Path, "import", "qdpx", Path.Combine(project.Path, "study.qdpx"));
        Assert.Equal((0, string.Empty), (import.ExitCode, import.Error));
        Assert.StartsWith("codebook: wrote codebooks/russia-south-caucasus.yaml\ndocuments: ", import.Out, StringComparison.Ordinal);
        Assert.Contains("\ncoders: anna, ben\n", import.Out, StringComparison.Ordinal);
        Assert.Contains("\nnot mapped: none\nrepaired: none\nskipped: none\n", import.Out, StringComparison.Ordinal);

        // The imported project is a working project: the same codings give the same export.
        var check = CliRunner.Run(other.Path, "check");
        Assert.Equal(0, check.ExitCode);
        var before = CliRunner.Run(project.Path, "codings", "export", "--coder", "anna,ben");
        var after = CliRunner.Run(other.Path, "codings", "export", "--coder", "anna,ben");
        Assert.Equal(before.Out, after.Out);

        // Span codings hold codes only (none and uncoded mark no text), and agree --spans runs on them: a multi-choice
        // dimension per category, the tone scale with its levels.
        var spanRows = File.ReadAllLines(Path.Combine(other.Path, "data", "spans", "anna.csv")).Skip(1).Select(l => l.Split(',')[4]).ToList();
        Assert.NotEmpty(spanRows);
        Assert.DoesNotContain("none", spanRows);
        Assert.DoesNotContain("uncoded", spanRows);
        var spans = CliRunner.Run(other.Path, "agree", "--spans", "--format", "csv");
        Assert.Equal((0, string.Empty), (spans.ExitCode, spans.Error));
        Assert.Contains("\nrussia_role/mediator,u_alpha,", spans.Out, StringComparison.Ordinal);
        Assert.Contains("\nrelations_tone,u_alpha,", spans.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportQdpx_PathTraversal_ExitTwoOneLineNothingWritten()
    {
        using var temp = new TempDirectory();
        var archive = Path.Combine(temp.Path, "evil.qdpx");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("../../evil.txt").Open();
            stream.Write("x"u8);
        }

        var project = Directory.CreateDirectory(Path.Combine(temp.Path, "p")).FullName;
        var result = CliRunner.Run(project, "import", "qdpx", archive);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("../evil.qdpx: error QCA9502: archive entry '../../evil.txt' would be written outside the target folder (absolute path, drive letter or '..') (the archive is unsafe; export it again from the QDA program)\n", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(project));
    }
}
