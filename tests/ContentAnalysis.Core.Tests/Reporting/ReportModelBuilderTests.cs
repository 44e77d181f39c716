using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting;

public sealed class ReportModelBuilderTests
{
    private static readonly ReportOptions Options = new() { Clock = new FixedClock(new DateTimeOffset(2026, 5, 4, 23, 30, 0, TimeSpan.Zero)), SoftwareVersion = "9.9.9" };

    [Fact]
    public void Build_ExampleProject_AgreementIsProjectAgreementsOnTheSampleWithoutGold()
    {
        var project = Project.Open(RepositoryRoot.Path);

        var model = ReportModelBuilder.Build(project, Options);

        // The same request agree and demo make: the coders' journals on the reliability sample, 1,000 resamples, seed 2007.
        var coders = project.Codings.LoadAll().Where(c => c.Coder != "gold").ToList();
        var expected = ProjectAgreement.Compute(new AgreementRequest(project.Codebook, coders) { Units = project.Names.SampleUnits("reliability"), ByCategory = true });
        var rows = model.Agreement.Dimensions.Concat(model.Agreement.Categories).ToDictionary(r => r.Subject);
        Assert.Equal(expected.Results.Count, rows.Count);
        foreach (var result in expected.Results)
        {
            var row = rows[result.Report.Subject];
            var alpha = result.Report.Find(AgreementAnalyzer.HeadlineAlpha)!;
            Assert.Equal((alpha.Value, alpha.CiLow, alpha.CiHigh, alpha.QBelow800), (row.Alpha, row.AlphaLow, row.AlphaHigh, row.QBelow800));
            Assert.Equal(result.Verdict.Key, row.Verdict);
            Assert.Equal(result.Report.PairableUnits, row.PairableUnits);
        }

        Assert.Equal(["anna", "ben", "chen"], model.Agreement.Coders);
        Assert.Equal(1000, model.Software.Bootstrap);
        Assert.Equal(2007, model.Software.Seed);
    }

    [Fact]
    public void Build_ExampleProject_CountsFromTheData()
    {
        var model = ReportModelBuilder.Build(Project.Open(RepositoryRoot.Path), Options);

        // data/README.md: six documents, 80 paragraphs; the sample has 36 units; anna coded all 80, ben and chen the sample.
        Assert.Equal((6, 80, 80, 0), (model.Corpus.Documents, model.Corpus.Units, model.Corpus.CodedUnits, model.Corpus.UncodedUnits));
        Assert.Equal([13, 25, 26, 16], model.Corpus.Periods.Select(p => p.Units));
        Assert.Equal(("reliability", 36, 80, 0.45), (model.Sample.Name, model.Sample.Units, model.Sample.Population, model.Sample.Share));
        Assert.Equal([("anna", 80, 36), ("ben", 36, 36), ("chen", 36, 36), ("gold", 36, 36)], model.Coders.Select(c => (c.Name, c.Units, c.SampleUnits)));
        Assert.Equal("2026-05-04", model.RunDate);
        Assert.Equal("9.9.9", model.Software.Version);
    }

    [Fact]
    public void Build_WithoutGoldOrReconciliation_SaysSoAndInventsNothing()
    {
        using var copy = new TempDirectory();
        File.Copy(RepositoryRoot.Combine("qcat.yaml"), Path.Combine(copy.Path, "qcat.yaml"));
        foreach (var file in new[] { "codebooks", "data" }.SelectMany(f => Directory.EnumerateFiles(RepositoryRoot.Combine(f), "*", SearchOption.AllDirectories)))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
            if (relative.Replace('\\', '/') != "data/codings/gold.csv")
            {
                File.Copy(file, copy.Write(relative, string.Empty), overwrite: true);
            }
        }

        var model = ReportModelBuilder.Build(Project.Open(copy.Path), Options with { BootstrapResamples = 0 });

        Assert.False(model.Findings.Available);
        Assert.Empty(model.Findings.Frequencies);
        Assert.Empty(model.Findings.Evidence);
        Assert.Same(ReconciliationInfo.NotRecorded, model.Reconciliation);
    }

    // The example's gold.csv (data/reconcile/gold-script.txt): russia_role 28 agreed, decided for anna 4, ben 2, chen 2.
    [Fact]
    public void Build_ExampleProject_ReconciliationFromTheGoldJournal()
    {
        var model = ReportModelBuilder.Build(Project.Open(RepositoryRoot.Path), Options with { BootstrapResamples = 0 });

        Assert.True(model.Reconciliation.Recorded);
        var role = model.Reconciliation.Dimensions[0];
        Assert.Equal(("russia_role", 28, 0, 0, 0, 0), (role.Dimension, role.Agreed, role.Majority, role.Combined, role.NewValue, role.Open));
        Assert.Equal([new NamedCount("anna", 4), new NamedCount("ben", 2), new NamedCount("chen", 2)], role.DecidedFor);
        Assert.True(model.Findings.Available);
    }

    [Fact]
    public void Build_ExampleStudy_MissingFactsStayNull()
    {
        var model = ReportModelBuilder.Build(Project.Open(RepositoryRoot.Path), Options with { BootstrapResamples = 0 });

        // qcat.yaml leaves training and pilot rounds to the author on purpose; it states the disagreement procedure.
        Assert.Null(model.Study.TrainingHours);
        Assert.Null(model.Study.PilotRounds);
        Assert.StartsWith("On the 36 units of the reliability sample, one adjudicator reconciled", model.Study.Disagreements, StringComparison.Ordinal);
        Assert.NotNull(model.Study.Title);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
