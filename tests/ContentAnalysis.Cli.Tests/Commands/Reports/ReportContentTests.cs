using System.Globalization;
using AngleSharp.Html.Parser;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Tests.Commands.Reports;

public sealed class ReportContentTests
{
    [Fact]
    public void Appendix_EveryReliabilityNumber_EqualsProjectAgreement()
    {
        using var project = ExampleProject.Copy();
        CliRunner.Run(project.Path, "report", "appendix");
        var markdown = File.ReadAllText(Path.Combine(project.Path, "reports", "out", "appendix.md"));

        // What 'qcat agree --sample reliability --by-category' computes: the three coders, 1,000 resamples, seed 2007.
        var opened = Project.Open(project.Path);
        var coders = new[] { "anna", "ben", "chen" }.Select(c => opened.Codings.Load(c)).ToList();
        var expected = ProjectAgreement.Compute(new AgreementRequest(opened.Codebook, coders) { Units = opened.Names.SampleUnits("reliability"), ByCategory = true });

        var dimensions = Rows(markdown, "Table: Krippendorff's alpha per dimension, with 95% interval");
        var comparison = Rows(markdown, "Table: Comparison indices per dimension");
        var categories = Rows(markdown, "Table: Krippendorff's alpha per category");
        Assert.Equal(4, dimensions.Count);
        Assert.Equal(12, categories.Count);
        foreach (var result in expected.Results)
        {
            var report = result.Report;
            var alpha = report.Find(AgreementAnalyzer.HeadlineAlpha)!;
            var slash = report.Subject.IndexOf('/', StringComparison.Ordinal);
            var row = slash < 0
                ? dimensions.Single(r => r[0] == Md(report.Subject))
                : categories.Single(r => r[0] == Md(report.Subject[..slash]) && r[1] == Md(report.Subject[(slash + 1)..]));
            var at = slash < 0 ? 2 : 2;
            Assert.Equal(report.PairableUnits.ToString(CultureInfo.InvariantCulture), row[at]);
            Assert.Equal(Apa(alpha.Value), row[at + 1]);
            Assert.Equal($"\\[{Apa(alpha.CiLow)}, {Apa(alpha.CiHigh)}\\]", row[at + 2]);
            Assert.Equal(Apa(alpha.QBelow800), row[at + 3]);
            Assert.Equal(result.Verdict.Label, row[at + 4]);
            if (slash < 0)
            {
                var indices = comparison.Single(r => r[0] == Md(report.Subject));
                Assert.Equal(Percent(report.Find("percent_agreement")!.Value), indices[1]);
                Assert.Equal(Apa(report.Find("cohen_kappa")!.Value), indices[2]);
                Assert.Equal(Apa(report.Find("fleiss_kappa")!.Value), indices[3]);
                Assert.Equal(Apa(report.Find("conger_kappa")!.Value), indices[4]);
                Assert.Equal(Apa(report.Find("gwet_ac1")!.Value), indices[5]);
            }
        }

        // The coders table: units each coded, and of them in the 36-unit sample (data/README.md).
        Assert.Equal([["anna", "80", "36", "320"], ["ben", "36", "36", "144"], ["chen", "36", "36", "144"], ["gold (reconciled)", "36", "36", "144"]], Rows(markdown, "Table: Amount of coding by each coder"));
        Assert.Contains("36 units of a population of 80 (45.0%)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_UnitAndTitleWithScript_ShownAsTextWithNoScriptOrExternalReference()
    {
        using var project = ExampleProject.Copy();
        InjectIntoUnit(project.Path, "brief-2020-07-balancing-act", "brief-2020-07-balancing-act.p007", "<script>");
        File.WriteAllText(Path.Combine(project.Path, "qcat.yaml"), File.ReadAllText(Path.Combine(project.Path, "qcat.yaml"))
            .Replace("title: Russia and Azerbaijan after the Second Karabakh War (example project)", "title: \"<script>alert(1)</script> & <b>bold</b>\"", StringComparison.Ordinal));

        foreach (var report in new[] { "appendix", "reliability" })
        {
            var result = CliRunner.Run(project.Path, "report", report, "--format", "html", "--bootstrap", "0");
            Assert.Equal(0, result.ExitCode);
            var html = File.ReadAllText(Path.Combine(project.Path, "reports", "out", report + ".html"));
            var document = new HtmlParser().ParseDocument(html);

            Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed, img[src^='http'], b"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)
                || (a.Name is "src" or "href" or "xlink:href" && !a.Value.StartsWith('#'))));
            Assert.All(document.QuerySelectorAll("table"), table =>
            {
                Assert.NotNull(table.QuerySelector("thead tr th"));
                Assert.Equal(table.QuerySelectorAll("thead th").Length, table.QuerySelector("tbody tr")?.Children.Length ?? table.QuerySelectorAll("thead th").Length);
            });
            if (report == "appendix")
            {
                Assert.StartsWith("Methods appendix: <script>alert(1)</script> & <b>bold</b>", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(document.QuerySelectorAll("blockquote"), q => q.TextContent.Contains("<script>", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Findings_WithGold_QuotesAtMostTwoPerPeriodAndTestsEachTable()
    {
        using var project = ExampleProject.Copy();
        // A stand-in for the reconciled coding: anna's journal under the name gold.
        var codings = Path.Combine(project.Path, "data", "codings");
        File.WriteAllText(Path.Combine(codings, "gold.csv"), File.ReadAllText(Path.Combine(codings, "anna.csv")).Replace(",anna,", ",gold,", StringComparison.Ordinal));

        var first = CliRunner.Run(project.Path, "report", "findings", "--bootstrap", "0");
        var markdown = File.ReadAllText(Path.Combine(project.Path, "reports", "out", "findings.md"));
        CliRunner.Run(project.Path, "report", "findings", "--bootstrap", "0");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(markdown, File.ReadAllText(Path.Combine(project.Path, "reports", "out", "findings.md")));
        // anna coded ally_of_armenia on 4, 5, 1 and 1 units per period: at most two each, 2 + 2 + 1 + 1 quotations.
        var section = markdown.Split("### Ally of Armenia (`russia_role: ally_of_armenia`), 11 units")[1].Split("### ")[0];
        Assert.Equal(6, section.Split("\n> — ").Length - 1);
        Assert.Contains("| Ally of Armenia (ally\\_of\\_armenia) | 4 (30.8%) | 5 (20.0%) | 1 (3.8%) | 1 (6.3%) | 11 (13.8%) |", markdown, StringComparison.Ordinal);
        Assert.Equal(12, markdown.Split("Cramér's V = ").Length - 1);
        Assert.DoesNotContain("No findings", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Appendix_OneCoderOnly_CallsReliabilityUnknownNotFine()
    {
        using var project = ExampleProject.Copy();
        File.Delete(Path.Combine(project.Path, "data", "codings", "ben.csv"));
        File.Delete(Path.Combine(project.Path, "data", "codings", "chen.csv"));

        var result = CliRunner.Run(project.Path, "report", "appendix", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        var markdown = File.ReadAllText(Path.Combine(project.Path, "reports", "out", "appendix.md"));
        Assert.Contains("| russia\\_role | sets (MASI) | 0 | — | — | — | undefined |", markdown, StringComparison.Ordinal);
        Assert.Contains("so their reliability is **unknown** and they are not reported as results: russia\\_role, azerbaijan\\_strategy,", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_WithoutGold_SaysSoVisibly()
    {
        using var project = ExampleProject.Copy();
        File.Delete(Path.Combine(project.Path, "data", "codings", "gold.csv"));

        CliRunner.Run(project.Path, "report", "findings", "--bootstrap", "0");

        var markdown = File.ReadAllText(Path.Combine(project.Path, "reports", "out", "findings.md"));
        Assert.Contains("**No findings: the project has no reconciled coding gold.**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Frequencies", markdown, StringComparison.Ordinal);
    }

    private static List<string[]> Rows(string markdown, string caption)
    {
        var lines = markdown[markdown.IndexOf(caption, StringComparison.Ordinal)..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|')).Skip(2);
        return [.. lines.Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())];
    }

    // APA style, computed here rather than by the code under test: three decimals, no leading zero.
    private static string Apa(double? value) => value!.Value.ToString("0.000", CultureInfo.InvariantCulture).Replace("0.", ".", StringComparison.Ordinal) is var s && s.StartsWith("-.", StringComparison.Ordinal) || s.StartsWith('.') ? s : value.Value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => (value!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Md(string id) => id.Replace("_", "\\_", StringComparison.Ordinal);

    private static void InjectIntoUnit(string root, string document, string unit, string text)
    {
        var row = File.ReadLines(Path.Combine(root, "data", "units.csv")).Single(l => l.StartsWith(unit + ",", StringComparison.Ordinal)).Split(',');
        var start = int.Parse(row[^4], CultureInfo.InvariantCulture);
        var path = Path.Combine(root, "data", "documents", document + ".txt");
        var content = File.ReadAllText(path);
        File.WriteAllText(path, content[..start] + text + content[(start + text.Length)..]);
    }
}
