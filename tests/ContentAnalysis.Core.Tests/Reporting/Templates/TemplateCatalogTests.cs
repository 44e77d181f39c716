using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Templates;

public sealed class TemplateCatalogTests
{
    [Fact]
    public void WriteDefaults_EmptyFolder_WritesEveryTemplate()
    {
        using var folder = new TempDirectory();
        var target = Path.Combine(folder.Path, "reports", "templates");

        var (written, diagnostics) = TemplateCatalog.Reports.WriteDefaults(target);

        Assert.Empty(diagnostics);
        Assert.Equal(TemplateCatalog.Reports.Names.Select(n => Path.Combine(target, n)), written);
        Assert.Equal(TemplateCatalog.Reports.Find("appendix"), File.ReadAllText(Path.Combine(target, "appendix.liquid")));
    }

    [Fact]
    public void WriteDefaults_ExistingFile_RefusesAndWritesNothing()
    {
        using var folder = new TempDirectory();
        var edited = folder.Write("b.liquid", "mine");
        var catalog = SampleReports.Catalog(("a.liquid", "A"), ("b.liquid", "B"));

        var (written, diagnostics) = catalog.WriteDefaults(folder.Path);

        Assert.Empty(written);
        var error = Assert.Single(diagnostics);
        Assert.Equal((TemplateDiagnostics.TemplateExists, edited), (error.Code, error.File));
        Assert.False(File.Exists(Path.Combine(folder.Path, "a.liquid")));
        Assert.Equal("mine", File.ReadAllText(edited));
    }

    [Fact]
    public void WriteDefaults_Forced_Overwrites()
    {
        using var folder = new TempDirectory();
        var edited = folder.Write("b.liquid", "mine");

        var (written, diagnostics) = SampleReports.Catalog(("a.liquid", "A"), ("b.liquid", "B")).WriteDefaults(folder.Path, force: true);

        Assert.Empty(diagnostics);
        Assert.Equal(2, written.Count);
        Assert.Equal("B", File.ReadAllText(edited));
    }
}
