using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Templates;

public sealed class ReportFiltersTests
{
    // Expected strings follow APA 7th ed. 6.36 (no leading zero for values bounded by 1, three decimals for
    // reliability coefficients) and 6.44 (p < .001); computed by hand from the inputs.
    [Theory]
    [InlineData("{{ 0.7434 | apa }}", ".743")]
    [InlineData("{{ -0.143 | apa }}", "-.143")]
    [InlineData("{{ 1 | apa }}", "1.000")]
    [InlineData("{{ -1 | apa }}", "-1.000")]
    [InlineData("{{ 0.0005 | apa }}", ".001")]
    [InlineData("{{ -0.0004 | apa }}", ".000")]
    [InlineData("{{ 0.7434 | apa: 2 }}", ".74")]
    [InlineData("{{ nothing | apa }}", "—")]
    [InlineData("{{ 0.6034688995215312 | ci: 0.8833732057416268 }}", "[.603, .883]")]
    [InlineData("{{ -0.25 | ci: 0.5 }}", "[-.250, .500]")]
    [InlineData("{{ 0.6 | ci: nothing }}", "—")]
    [InlineData("{{ 0.6035 | ci: 0.88349 }}", "[.604, .883]")]
    [InlineData("{{ 0.0004 | pvalue }}", "< .001")]
    [InlineData("{{ 0.001 | pvalue }}", "= .001")]
    [InlineData("{{ 0.0432 | pvalue }}", "= .043")]
    [InlineData("{{ 12345 | thousands }}", "12,345")]
    [InlineData("{{ 999 | thousands }}", "999")]
    [InlineData("{{ 1234567 | thousands }}", "1,234,567")]
    [InlineData("{{ 1 | plural: 'unit', 'units' }}", "1 unit")]
    [InlineData("{{ 2 | plural: 'unit', 'units' }}", "2 units")]
    [InlineData("{{ 0 | plural: 'unit', 'units' }}", "0 units")]
    [InlineData("{{ 12345 | plural: \"unit\", \"units\" }}", "12,345 units")]
    [InlineData("{{ 0.8182 | percent }}", "81.8%")]
    [InlineData("{{ 1 | percent }}", "100.0%")]
    [InlineData("{{ 0.00049 | percent }}", "0.0%")]
    [InlineData("{{ 'a*b_c <x>' | md }}", @"a\*b\_c \<x\>")]
    [InlineData("{{ 'forty' | author_or: 'training hours' }}", "forty")]
    [InlineData("{{ nothing | author_or: 'training hours' }}", "[[author: training hours]]")]
    public void Filter_Literal_FormatsAsTheFieldDoes(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    [Fact]
    public void Filters_OnModelValues_FormatDoublesAndNulls()
    {
        var text = Render("{% for d in dimensions %}{{ d.id }} {{ d.alpha | apa }} {{ d.ci_low | ci: d.ci_high }}; {% endfor %}{{ units | plural: 'unit', 'units' }}");
        Assert.Equal("russia_role .743 [.603, .883]; balancing -.143 —; 12,345 units", text);
    }

    private static string Render(string template)
    {
        var withNothing = template.Replace("nothing", "study.training_hours", StringComparison.Ordinal);
        var renderer = new TemplateRenderer(SampleReports.Catalog(("t.liquid", withNothing)), typeof(SampleReport));
        var result = renderer.Render("t", SampleReports.Karabakh);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Text!;
    }
}
