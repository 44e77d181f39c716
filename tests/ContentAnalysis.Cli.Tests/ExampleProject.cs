namespace ContentAnalysis.Cli.Tests;

/// <summary>A temporary copy of the shipped example project (qcat.yaml, codebooks/, data/).</summary>
internal static class ExampleProject
{
    public static TempDirectory Copy()
    {
        var temp = new TempDirectory();
        File.Copy(RepositoryRoot.Combine("qcat.yaml"), Path.Combine(temp.Path, "qcat.yaml"));
        foreach (var folder in new[] { "codebooks", "data" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(temp.Path, Path.GetRelativePath(RepositoryRoot.Path, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return temp;
    }
}
