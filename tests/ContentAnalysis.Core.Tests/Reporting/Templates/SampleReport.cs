using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Templates;

/// <summary>A small stand-in for the report model, so the renderer is tested apart from it.</summary>
public sealed record SampleReport(string Title, int Units, IReadOnlyList<SampleDimension> Dimensions, SampleStudy Study);

/// <summary>A dimension's reliability in <see cref="SampleReport"/>.</summary>
public sealed record SampleDimension(string Id, double? Alpha, double? CiLow, double? CiHigh, double QBelow800);

/// <summary>Facts the author supplies in <see cref="SampleReport"/>.</summary>
public sealed record SampleStudy(string? TrainingHours, IReadOnlyDictionary<string, string> Notes);

internal static class SampleReports
{
    public static SampleReport Karabakh { get; } = new(
        "Four hats",
        12345,
        [new("russia_role", 0.743421052631579, 0.6034688995215312, 0.8833732057416268, 0.788), new("balancing", -0.143, null, null, 1)],
        new SampleStudy(null, new Dictionary<string, string> { ["pilot"] = "two rounds" }));

    public static TemplateCatalog Catalog(params (string Name, string Text)[] templates) =>
        new(templates.ToDictionary(t => t.Name, t => t.Text));
}
