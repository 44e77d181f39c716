namespace ContentAnalysis.Core;

/// <summary>
/// Where a project keeps its files. A project is a folder with <c>codebooks/</c>, <c>data/</c>
/// and <c>reports/</c>; the repository root is itself one.
/// </summary>
/// <param name="Root">The project folder.</param>
public sealed record ProjectLayout(string Root)
{
    /// <summary>Folder of codebook YAML files.</summary>
    public string CodebooksDirectory => Path.Combine(Root, "codebooks");

    /// <summary>Folder of the corpus, coding journals and samples.</summary>
    public string DataDirectory => Path.Combine(Root, "data");

    /// <summary>Folder of per-coder coding journals.</summary>
    public string CodingsDirectory => Path.Combine(DataDirectory, "codings");

    /// <summary>Folder of per-coder span codings (<c>{coder}.csv</c>: character spans, e.g. imported from REFI-QDA).</summary>
    public string SpansDirectory => Path.Combine(DataDirectory, "spans");

    /// <summary>Folder of reliability samples.</summary>
    public string SamplesDirectory => Path.Combine(DataDirectory, "samples");

    /// <summary>Folder of report templates and generated reports.</summary>
    public string ReportsDirectory => Path.Combine(Root, "reports");

    /// <summary>Makes <paramref name="path"/> relative to the project root for messages.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
