using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Templates;

public sealed class TemplateRendererTests
{
    [Fact]
    public void Render_ModelMembers_AreSnakeCase()
    {
        var result = Renderer(("t.liquid", "{{ title }}: {{ dimensions.size }} {{ dimensions.first.q_below800 }} {{ study.notes.pilot }} {% for d in dimensions %}{{ forloop.index }}{% endfor %}"))
            .Render("t", SampleReports.Karabakh);
        Assert.Equal("Four hats: 2 0.788 two rounds 12", result.Text);
    }

    [Fact]
    public void Render_FilterFailing_IsRenderFailedWithTheFiltersMessage()
    {
        // plural needs two words; with one the filter throws while rendering, after the checker passed the names.
        var result = Renderer(("t.liquid", "{{ dimensions.size | plural: \"unit\" }}")).Render("t", SampleReports.Karabakh);

        var error = Assert.Single(result.Diagnostics);
        Assert.Null(result.Text);
        Assert.Equal(TemplateDiagnostics.RenderFailed, error.Code);
        Assert.Contains("plural needs two words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownMember_IsLocatedWithSuggestion()
    {
        var template = "# Appendix\n\n{% for d in dimensions %}\n  alpha: {{ d.alpah | apa }}\n{% endfor %}\n";
        var result = Renderer(("appendix.liquid", template)).Render("appendix", SampleReports.Karabakh);

        var error = Assert.Single(result.Diagnostics);
        Assert.Null(result.Text);
        Assert.Equal("<built-in>/appendix.liquid(4,15): error QCA5002: unknown member 'alpah' in 'd.alpah' (did you mean 'alpha'?)", error.ToString());
    }

    [Fact]
    public void Render_UnknownVariables_AreAllReportedEvenInBranchesThatDoNotRun()
    {
        var template = "{{ titel }}\n{% if false %}{{ unitz }}{% endif %}\n{% for x in dimenssions %}{% endfor %}";
        var result = Renderer(("t.liquid", template)).Render("t", SampleReports.Karabakh);

        Assert.Equal(
            [
                "<built-in>/t.liquid(1,4): error QCA5002: unknown variable 'titel' (did you mean 'title'?)",
                "<built-in>/t.liquid(2,18): error QCA5002: unknown variable 'unitz' (did you mean 'units'?)",
                "<built-in>/t.liquid(3,13): error QCA5002: unknown variable 'dimenssions' (did you mean 'dimensions'?)",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Render_AssignedAndCapturedVariables_AreKnown()
    {
        var template = "{% assign first = dimensions.first %}{% capture label %}x{% endcapture %}{{ first.id }}{{ label }}{% assign n = units | plus: 1 %}{{ n.anything }}";
        var result = Renderer(("t.liquid", template)).Render("t", SampleReports.Karabakh);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("russia_rolex", result.Text);
    }

    [Fact]
    public void Render_WhitespaceControlRangesCommentsAndRaw_AreUnderstood()
    {
        var template = "{%- for i in (1..2) -%}{{ i }}{%- endfor -%} {% comment %}{{ nope }}{% endcomment %}{% raw %}{{ nope }}{% endraw %}"
            + "{% case units %}{% when 12345 %}many{% else %}few{% endcase %}{% if dimensions.size > 1 and title contains 'hats' %}!{% endif %}";
        var result = Renderer(("t.liquid", template)).Render("t", SampleReports.Karabakh);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("12{{ nope }}many!", result.Text); // "-%}" trims the space after the loop
    }

    [Fact]
    public void Render_MemberOfANumber_IsAnError()
    {
        var result = Renderer(("t.liquid", "{{ units.count }}")).Render("t", SampleReports.Karabakh);
        Assert.Equal("<built-in>/t.liquid(1,10): error QCA5002: unknown member 'count' in 'units.count'", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Render_UnknownFilter_IsLocated()
    {
        var result = Renderer(("t.liquid", "x\n{{ units | thousand }}")).Render("t", SampleReports.Karabakh);
        Assert.Equal("<built-in>/t.liquid(2,12): error QCA5003: unknown filter 'thousand' (did you mean 'thousands'?)", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Render_SyntaxError_IsLocated()
    {
        // Line 3, column 16 is where "{% endfor %}" stands in place of the missing "{% endif %}".
        var result = Renderer(("t.liquid", "# Title\n\n{% if units %}x{% endfor %}\n")).Render("t", SampleReports.Karabakh);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TemplateDiagnostics.Syntax, error.Code);
        Assert.Equal((3, 16), (error.Line, error.Column));
        Assert.Contains("{% endif %}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnclosedOutput_IsLocated()
    {
        var result = Renderer(("t.liquid", "a\nb {{ title ")).Render("t", SampleReports.Karabakh);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TemplateDiagnostics.Syntax, error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Render_FileInTemplatesFolder_OverridesTheDefault()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("appendix.liquid", "Anhang: {{ title }}");
        var renderer = new TemplateRenderer(SampleReports.Catalog(("appendix.liquid", "Appendix: {{ title }}"), ("codebook.liquid", "Codebook")),
            typeof(SampleReport), folder.Path);

        var appendix = renderer.Render("appendix", SampleReports.Karabakh);
        var codebook = renderer.Render("codebook.liquid", SampleReports.Karabakh);

        Assert.Equal(("Anhang: Four hats", path), (appendix.Text, appendix.Source));
        Assert.Equal(("Codebook", "<built-in>/codebook.liquid"), (codebook.Text, codebook.Source));
    }

    [Fact]
    public void Render_ErrorInOverride_NamesTheUsersFile()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("appendix.liquid", "\n  {{ titel }}");
        var renderer = new TemplateRenderer(SampleReports.Catalog(("appendix.liquid", "{{ title }}")), typeof(SampleReport), folder.Path);

        var error = Assert.Single(renderer.Render("appendix", SampleReports.Karabakh).Diagnostics);
        Assert.Equal($"{path}(2,6): error QCA5002: unknown variable 'titel' (did you mean 'title'?)", error.ToString());
    }

    [Fact]
    public void Render_UnknownTemplate_SuggestsAName()
    {
        var error = Assert.Single(Renderer(("appendix.liquid", "x")).Render("apendix", SampleReports.Karabakh).Diagnostics);
        Assert.Equal(TemplateDiagnostics.UnknownTemplate, error.Code);
        Assert.Equal("did you mean 'appendix'?", error.Hint);
    }

    [Fact]
    public void Render_TextFromTheModel_IsNotHtmlEncoded()
    {
        var model = SampleReports.Karabakh with { Title = "<script>alert(1)</script> & co" };
        Assert.Equal("<script>alert(1)</script> & co", Renderer(("t.liquid", "{{ title }}")).Render("t", model).Text);
    }

    [Fact]
    public void Check_DefaultReportTemplates_AreValidLiquid()
    {
        var renderer = new TemplateRenderer(TemplateCatalog.Reports, typeof(ReportModel));
        Assert.Equal(["appendix.liquid", "codebook.liquid", "findings.liquid", "reliability.liquid"], TemplateCatalog.Reports.Names);
        Assert.All(TemplateCatalog.Reports.Names, name => Assert.Empty(renderer.Check(name)));
    }

    private static TemplateRenderer Renderer(params (string Name, string Text)[] templates) =>
        new(SampleReports.Catalog(templates), typeof(SampleReport));
}
