using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Tests.Projects;

public sealed class ProjectSettingsTests
{
    [Fact]
    public void Parse_CodebookAndPeriods_ReadsBoth()
    {
        var settings = ProjectSettings.Parse("codebook: codebooks/a.yaml\nperiods:\n  - id: before\n    label: Before\n    start: 2020-01-01\n  - {id: campaign, label: The campaign, start: 2024-08-01}\n", "qcat.yaml");
        Assert.Equal("codebooks/a.yaml", settings.Codebook);
        Assert.Equal(
            [new Period("before", "Before", new DateOnly(2020, 1, 1)), new Period("campaign", "The campaign", new DateOnly(2024, 8, 1))],
            settings.Periods.Periods);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Parse_Empty_Defaults(string yaml)
    {
        var settings = ProjectSettings.Parse(yaml, "qcat.yaml");
        Assert.Null(settings.Codebook);
        Assert.Empty(settings.Periods.Periods);
    }

    [Fact]
    public void Parse_UnknownKey_NamesKeyFileAndLineNotAType()
    {
        var error = Assert.Throws<InputException>(() => ProjectSettings.Parse("codebook: codebooks/a.yaml\nperiodz: []\n", "qcat.yaml"));
        Assert.Equal("qcat.yaml(2,1): error QCA1900: unknown key 'periodz' in qcat.yaml (did you mean 'periods'?)", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_BadPeriods_EveryProblemLocated()
    {
        const string Yaml = "periods:\n  - id: b\n    start: 2021-01-01\n  - id: a\n    start: 2020-01-01\n  - id: b\n    start: 2022-01-01\n  - id: c\n    start: 1 May 2023\n  - id: d\n    begin: 2024-01-01\n";
        var error = Assert.Throws<InputException>(() => ProjectSettings.Parse(Yaml, "qcat.yaml"));
        Assert.Equal(
            [
                "qcat.yaml(5,12): error QCA1900: period 'a' starts on 2020-01-01, not after 'b' (2021-01-01) (list the periods in order of their start dates)",
                "qcat.yaml(6,9): error QCA1900: period 'b' is declared twice (give each period its own id)",
                "qcat.yaml(9,12): error QCA1900: start '1 May 2023' is not a date in the form yyyy-MM-dd (write e.g. 'start: 2020-09-27')",
                "qcat.yaml(10,5): error QCA1900: a period has no 'start' (add 'start:' to it)",
                "qcat.yaml(11,5): error QCA1900: unknown key 'begin' in a period (allowed keys: id, label, start)",
            ],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_InvalidYaml_LocatedSyntaxError()
    {
        var error = Assert.Throws<InputException>(() => ProjectSettings.Parse("codebook: [a\n", "qcat.yaml"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((CodebookDiagnosticCodes.BadProjectSettings, "qcat.yaml"), (diagnostic.Code, diagnostic.File));
        Assert.True(diagnostic.Line > 0);
    }

    [Fact]
    public void Parse_Study_ReadsEachFactAndTemplates()
    {
        var settings = ProjectSettings.Parse("templates: my-templates\nstudy:\n  title: A study\n  authors: [A. Author, B. Author]\n  training_hours: 12 hours over two weeks\n  pilot_rounds: >\n    two rounds\n    of 20 units\n", "qcat.yaml");

        Assert.Equal("my-templates", settings.Templates);
        Assert.Equal("A study", settings.Study.Title);
        Assert.Equal(["A. Author", "B. Author"], settings.Study.Authors);
        Assert.Equal("12 hours over two weeks", settings.Study.TrainingHours);
        Assert.Equal("two rounds of 20 units", settings.Study.PilotRounds);
        Assert.Null(settings.Study.Coders);
        Assert.Null(settings.Study.Instrument);
    }

    [Fact]
    public void Parse_NoStudy_EveryFactMissing()
    {
        var settings = ProjectSettings.Parse("codebook: a.yaml\n", "qcat.yaml");
        Assert.Same(StudySettings.Empty, settings.Study);
        Assert.Null(settings.Templates);
    }

    [Fact]
    public void Parse_UnknownStudyKey_LocatedWithSuggestion()
    {
        var error = Assert.Throws<InputException>(() => ProjectSettings.Parse("study:\n  title: T\n  trainig_hours: 3\n", "qcat.yaml"));
        Assert.Equal("qcat.yaml(3,3): error QCA1900: unknown key 'trainig_hours' in study (did you mean 'training_hours'?)", Assert.Single(error.Diagnostics).ToString());
    }
}
