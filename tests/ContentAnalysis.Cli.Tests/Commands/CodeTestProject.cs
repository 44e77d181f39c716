namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>
/// A temporary project for the session commands: the example codebook (copied from <c>codebooks/</c>)
/// and two short documents written for these tests, imported with <c>qcat corpus import</c>.
/// </summary>
internal sealed class CodeTestProject : IDisposable
{
    public const string Header = "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\n";

    private readonly TempDirectory _temp = new();

    public CodeTestProject()
    {
        File.Copy(RepositoryRoot.Combine("codebooks", "russia-south-caucasus.yaml"), System.IO.Path.Combine(_temp.Path, "codebooks", "russia-south-caucasus.yaml").EnsureFolder());
        File.Copy(RepositoryRoot.Combine("qcat.yaml"), System.IO.Path.Combine(_temp.Path, "qcat.yaml"));
        _temp.Write("src/alpha.md", "---\nid: alpha\ntitle: \"Truce talks\"\nauthor: \"T. Tester\"\ndate: 2020-10-20\n---\n\nMoscow hosted both foreign ministers and announced a pause in the fighting.\n\nThe pause broke down within hours as both sides traded accusations.\n\nBaku thanked Ankara for its steady support during the talks.\n");
        _temp.Write("src/beta.md", "---\nid: beta\ntitle: \"After the declaration\"\nauthor: \"R. Reviewer\"\ndate: 2022-03-01\n---\n\nThe declaration on allied interaction was signed two days before the invasion.\n\nBaku sent fuel to Ukraine yet joined no sanctions against Moscow.\n");
        var import = Run("corpus", "import", "src/alpha.md", "src/beta.md");
        Assert.Equal(0, import.ExitCode);
    }

    /// <summary>The unit ids in corpus order.</summary>
    public static IReadOnlyList<string> Units { get; } = ["alpha.p001", "alpha.p002", "alpha.p003", "beta.p001", "beta.p002"];

    public string Path => _temp.Path;

    public string JournalPath(string coder) => System.IO.Path.Combine(_temp.Path, "data", "codings", coder + ".csv");

    public CliResult Run(params string[] args) => CliRunner.Run(_temp.Path, args);

    /// <summary>Runs <c>qcat code</c> with a keystroke script (one key per line).</summary>
    public CliResult Code(string coder, string script, params string[] extra)
    {
        var file = _temp.Write($"script-{Guid.NewGuid():N}.txt", script);
        return Run(["code", "--coder", coder, "--script", file, .. extra]);
    }

    public void Write(string relative, string text) => _temp.Write(relative, text);

    public void WriteBytes(string relative, byte[] content) => _temp.WriteBytes(relative, content);

    public void Dispose() => _temp.Dispose();
}

internal static class PathExtensions
{
    public static string EnsureFolder(this string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }
}
