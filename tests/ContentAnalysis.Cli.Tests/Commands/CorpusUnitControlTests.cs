using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary><c>qcat corpus exclude|include|remove|refresh</c> on the two short documents of <see cref="CodeTestProject"/>.</summary>
public sealed class CorpusUnitControlTests
{
    // Both coders code relations_tone on every unit; they disagree on beta.p002 only.
    private const string Anna = "unit,dimension,value,memo\nalpha.p001,relations_tone,0,\nalpha.p002,relations_tone,-1,\nalpha.p003,relations_tone,1,\nbeta.p001,relations_tone,1,\nbeta.p002,relations_tone,0,\n";
    private const string Ben = "unit,dimension,value,memo\nalpha.p001,relations_tone,0,\nalpha.p002,relations_tone,-1,\nalpha.p003,relations_tone,1,\nbeta.p001,relations_tone,1,\nbeta.p002,relations_tone,-2,\n";

    [Fact]
    public void Exclude_NamedAndMatching_RecordedWithReasonShownAndLeftOutOfSamples()
    {
        using var project = new CodeTestProject();
        var named = project.Run("corpus", "exclude", "alpha.p002", "--reason", "byline");
        Assert.Equal((0, "excluded 1 unit(s); 1 excluded in all (data/exclusions.csv)\n", ""), (named.ExitCode, named.Out, named.Error));
        var matching = project.Run("corpus", "exclude", "--matching", "^Baku", "--reason", "boilerplate");
        Assert.Equal((0, "2 unit(s) match '^Baku'\nexcluded 2 unit(s); 3 excluded in all (data/exclusions.csv)\n", ""), (matching.ExitCode, matching.Out, matching.Error));
        Assert.Equal(
            "unit,reason,pattern,date\nalpha.p002,byline,,2026-12-01T12:00:00Z\nalpha.p003,boilerplate,^Baku,2026-12-01T12:00:00Z\nbeta.p002,boilerplate,^Baku,2026-12-01T12:00:00Z\n",
            File.ReadAllText(Path.Combine(project.Path, "data", "exclusions.csv")));

        using var json = JsonDocument.Parse(project.Run("corpus", "show", "alpha", "--units", "--format", "json").Out);
        var units = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["alpha.p001", "alpha.p002", "alpha.p003"], units.Select(u => u.GetProperty("unit").GetString()));
        Assert.False(units[0].TryGetProperty("excluded", out _));
        Assert.Equal((true, "byline"), (units[1].GetProperty("excluded").GetBoolean(), units[1].GetProperty("reason").GetString()));
        Assert.Equal("The pause broke down within hours as both sides traded accusations.", units[1].GetProperty("text").GetString());

        var table = project.Run("corpus", "show", "alpha", "--units");
        Assert.Contains("[alpha.p002] (excluded: byline) The pause broke down", table.Out, StringComparison.Ordinal);

        // Two content units are left: alpha.p001 and beta.p001.
        var tooLarge = project.Run("sample", "create", "s", "--size", "3", "--seed", "1");
        Assert.Equal(2, tooLarge.ExitCode);
        Assert.Equal(0, project.Run("sample", "create", "s", "--size", "2", "--seed", "1").ExitCode);
        Assert.Equal("unit,document,period\nalpha.p001,alpha,war\nbeta.p001,beta,ukraine_war\n", project.Run("sample", "show", "s", "--format", "csv").Out);

        var include = project.Run("corpus", "include", "alpha.p002", "--matching", "Ankara");
        Assert.Equal((0, "included 2 unit(s); 1 excluded in all\n"), (include.ExitCode, include.Out));
    }

    [Fact]
    public void Exclude_UnknownUnitNothingOrBadPattern_OneLineDiagnosticExit2()
    {
        using var project = new CodeTestProject();
        var unknown = project.Run("corpus", "exclude", "alpha.p009");
        Assert.Equal((2, "data/units.csv: error QCA2010: no unit 'alpha.p009' in the corpus (list a document's units with 'qcat corpus show DOC --units')\n"), (unknown.ExitCode, unknown.Error));
        var nothing = project.Run("corpus", "exclude");
        Assert.Equal(2, nothing.ExitCode);
        Assert.StartsWith("error QCA2020: name the units to exclude, or pass --matching REGEX", nothing.Error, StringComparison.Ordinal);
        var bad = project.Run("corpus", "include", "--matching", "(");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("error QCA2020: --matching '(' is not a valid regular expression", bad.Error, StringComparison.Ordinal);
        Assert.Single(bad.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(Path.Combine(project.Path, "data", "exclusions.csv")));
    }

    [Fact]
    public void Exclude_CodedUnit_LeavesAgreementAndSessions()
    {
        using var project = new CodeTestProject();
        project.Write("anna.csv", Anna);
        project.Write("ben.csv", Ben);
        Assert.Equal(0, project.Run("codings", "import", "anna.csv", "--coder", "anna").ExitCode);
        Assert.Equal(0, project.Run("codings", "import", "ben.csv", "--coder", "ben").ExitCode);
        Assert.Equal(5, Units(project.Run("agree", "-d", "relations_tone", "--bootstrap", "0", "--format", "json").Out));

        Assert.Equal(0, project.Run("corpus", "exclude", "beta.p002", "--reason", "caption").ExitCode);
        var after = project.Run("agree", "-d", "relations_tone", "--bootstrap", "0", "--format", "json").Out;
        Assert.Equal(4, Units(after));

        // Without the one disagreement the four units agree perfectly: alpha = 1.
        using var json = JsonDocument.Parse(after);
        Assert.Equal(1.0, json.RootElement.GetProperty("results")[0].GetProperty("coefficients").GetProperty("krippendorff_alpha").GetProperty("value").GetDouble());

        // A session over beta offers beta.p001 only; beta.p002 is still shown as its context.
        var corpus = Core.Corpus.CorpusStore.Open(new Core.ProjectLayout(project.Path));
        var planned = Core.Sessions.SessionPlanner.Plan(corpus, null, "beta", Core.Sessions.SessionOrder.Document, 0);
        Assert.Equal(["beta.p001"], planned.Select(u => u.Id));
        Assert.Equal("Baku sent fuel to Ukraine yet joined no sanctions against Moscow.", planned[0].NextText);
    }

    [Fact]
    public void Remove_CodedDocument_RefusedUnlessForcedThenCheckReports()
    {
        using var project = new CodeTestProject();
        project.Write("anna.csv", "unit,dimension,value,memo\nalpha.p001,relations_tone,0,\n");
        Assert.Equal(0, project.Run("codings", "import", "anna.csv", "--coder", "anna").ExitCode);

        var refused = project.Run("corpus", "remove", "alpha");
        Assert.Equal(
            (2, "", "data/documents.csv: error QCA2006: cannot remove document 'alpha': 1 coded unit(s) would change or disappear (alpha.p001), carrying 1 coding(s) (pass --force to remove anyway; 'qcat check' then lists the stale codings)\n"),
            (refused.ExitCode, refused.Out, refused.Error));
        Assert.True(File.Exists(Path.Combine(project.Path, "data", "documents", "alpha.txt")));

        var forced = project.Run("corpus", "remove", "alpha", "--force");
        Assert.Equal((0, "removed   alpha (3 units); 1 coding(s) now point at no unit, see 'qcat check'\n"), (forced.ExitCode, forced.Out));
        Assert.False(File.Exists(Path.Combine(project.Path, "data", "documents", "alpha.txt")));
        Assert.Equal("id,title,author,source,date,period,units\nbeta,After the declaration,R. Reviewer,,2022-03-01,ukraine_war,2\n", project.Run("corpus", "list", "--format", "csv").Out);
        var check = project.Run("check");
        Assert.Equal(2, check.ExitCode);
        Assert.Contains("alpha.p001", check.Out + check.Error, StringComparison.Ordinal);

        var unknown = project.Run("corpus", "remove", "alpha");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("error QCA2010: no document 'alpha'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_ChangedSource_RefusedWhileCodedUnitsChangeUnlessForced()
    {
        using var project = new CodeTestProject();
        Assert.Equal("unchanged beta (2 units) from src/beta.md\n", project.Run("corpus", "refresh", "beta").Out);
        project.Write("anna.csv", "unit,dimension,value,memo\nbeta.p002,relations_tone,0,\n");
        Assert.Equal(0, project.Run("codings", "import", "anna.csv", "--coder", "anna").ExitCode);
        project.Write("src/beta.md", "---\nid: beta\ntitle: \"After the declaration\"\nauthor: \"R. Reviewer\"\ndate: 2022-03-01\n---\n\nThe declaration on allied interaction was signed two days before the invasion.\n\nBaku sent fuel to Ukraine.\n");

        var refused = project.Run("corpus", "refresh", "beta");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("src/beta.md: error QCA2006: document 'beta' changed: 1 coded unit(s) differ or disappear (beta.p002), carrying 1 coding(s)", refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var forced = project.Run("corpus", "refresh", "beta", "--force");
        Assert.Equal((0, "updated   beta (2 units) from src/beta.md; 1 coding(s) now stale, see 'qcat check'\n"), (forced.ExitCode, forced.Out));
        var check = project.Run("check");
        Assert.Contains("beta.p002", check.Out + check.Error, StringComparison.Ordinal);

        File.Delete(Path.Combine(project.Path, "src", "beta.md"));
        var gone = project.Run("corpus", "refresh", "beta");
        Assert.Equal((2, "data/sources.csv: error QCA2021: the source file 'src/beta.md' of document 'beta' is gone (import the moved file with 'qcat corpus import FILE --id beta')\n"), (gone.ExitCode, gone.Error));
        File.Delete(Path.Combine(project.Path, "data", "sources.csv"));
        var unrecorded = project.Run("corpus", "refresh", "beta");
        Assert.Equal(2, unrecorded.ExitCode);
        Assert.StartsWith("data/sources.csv: error QCA2021: the source file of document 'beta' is not recorded", unrecorded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_RepairedSentenceImport_ReusesRecordedOptionsUnlessFlagsGiven()
    {
        using var project = new CodeTestProject();
        project.Write("src/gamma.txt", "The confl ict began in autumn.\n\nThe conflict ended in spring.\n");
        var import = project.Run("corpus", "import", "src/gamma.txt", "--repair", "--unit", "sentence");
        Assert.Equal((0, "added     gamma (2 units) from src/gamma.txt; repaired: 1 ligature gap joined, 0 paragraphs rejoined, 0 footnotes moved\n"), (import.ExitCode, import.Out));
        var sources = Path.Combine(project.Path, "data", "sources.csv");
        Assert.Equal("document,file,options\nalpha,src/alpha.md,--unit paragraph\nbeta,src/beta.md,--unit paragraph\ngamma,src/gamma.txt,--unit sentence --repair\n", File.ReadAllText(sources));

        // Refreshed as imported: still sentences, still repaired, so nothing changes.
        Assert.Equal("unchanged gamma (2 units) from src/gamma.txt\n", project.Run("corpus", "refresh", "gamma").Out);

        // An explicit flag wins over the recorded one, and is recorded in its place.
        var unrepaired = project.Run("corpus", "refresh", "gamma", "--repair", "false");
        Assert.Equal((0, "updated   gamma (2 units) from src/gamma.txt\n"), (unrepaired.ExitCode, unrepaired.Out));
        Assert.StartsWith("The confl ict began", File.ReadAllText(Path.Combine(project.Path, "data", "documents", "gamma.txt")), StringComparison.Ordinal);
        Assert.EndsWith("gamma,src/gamma.txt,--unit sentence\n", File.ReadAllText(sources), StringComparison.Ordinal);

        // A table written before options were recorded still loads; its documents refresh with the unit kind of documents.csv.
        File.WriteAllText(sources, "document,file\nalpha,src/alpha.md\nbeta,src/beta.md\ngamma,src/gamma.txt\n");
        Assert.Equal("unchanged gamma (2 units) from src/gamma.txt\n", project.Run("corpus", "refresh", "gamma").Out);
        var paragraphs = project.Run("corpus", "refresh", "gamma", "--unit", "paragraph", "--repair");
        Assert.Equal((0, "updated   gamma (2 units) from src/gamma.txt\n"), (paragraphs.ExitCode, paragraphs.Out));
        Assert.EndsWith("gamma,src/gamma.txt,--unit paragraph --repair\n", File.ReadAllText(sources), StringComparison.Ordinal);

        File.WriteAllText(sources, "document,file,options\ngamma,src/gamma.txt,--ocr\n");
        var bad = project.Run("corpus", "refresh", "gamma");
        Assert.Equal((2, "data/sources.csv: error QCA2008: the import options '--ocr' recorded for document 'gamma' are not understood (write them as 'qcat corpus import' flags (--unit sentence --repair --strip-boilerplate), or import the file again)\n"), (bad.ExitCode, bad.Error));
    }

    [Fact]
    public void Exclude_ExampleUnits_AppendixCountsThem()
    {
        using var project = ExampleProject.Copy();
        Assert.Equal(0, CliRunner.Run(project.Path, "report", "appendix", "--bootstrap", "0").ExitCode);
        var before = File.ReadAllText(Path.Combine(project.Path, "reports", "out", "appendix.md"));
        Assert.DoesNotContain("excluded as not content", before, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run(project.Path, "corpus", "exclude", "news-2020-10-moscow-truce.p001", "news-2020-10-moscow-truce.p002", "--reason", "byline").ExitCode);
        Assert.Equal(0, CliRunner.Run(project.Path, "report", "appendix", "--bootstrap", "0").ExitCode);
        var after = File.ReadAllText(Path.Combine(project.Path, "reports", "out", "appendix.md"));
        Assert.Contains(" 2 units were excluded as not content (captions, bylines, page furniture; listed in `data/exclusions.csv`) and enter no analysis either.", after, StringComparison.Ordinal);
    }

    private static int Units(string agreeJson)
    {
        using var json = JsonDocument.Parse(agreeJson);
        return json.RootElement.GetProperty("results")[0].GetProperty("units").GetInt32();
    }
}
