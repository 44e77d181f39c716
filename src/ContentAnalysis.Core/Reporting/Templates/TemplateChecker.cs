using ContentAnalysis.Core.Diagnostics;
using Fluid;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Checks, before rendering, that every variable, member and filter a template names exists in the report
/// model, with the line and column of each mistake. Fluid's strict mode only finds the first mistake on the
/// branch that runs, without a position; this finds them all.
/// </summary>
internal sealed partial class TemplateChecker
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "contains", "true", "false", "nil", "null", "empty", "blank", "in", "reversed", "with", "as", "for",
    };

    // Liquid's forloop and tablerowloop members: positions and counts are whole numbers, the rest flags.
    private static readonly Dictionary<string, Type> LoopMembers =
        new[] { "index", "index0", "rindex", "rindex0", "length", "col", "col0", "row" }.Select(name => (Name: name, Type: typeof(int)))
            .Concat(new[] { "first", "last", "col_first", "col_last" }.Select(name => (Name: name, Type: typeof(bool))))
            .ToDictionary(m => m.Name, m => m.Type, StringComparer.Ordinal);

    private readonly TemplateModelShape _shape;
    private readonly FilterCollection _filters;

    public TemplateChecker(TemplateModelShape shape, FilterCollection filters)
    {
        _shape = shape;
        _filters = filters;
    }

    /// <summary>Every unknown variable, member or filter in <paramref name="source"/>, located in <paramref name="file"/>.</summary>
    public IReadOnlyList<Diagnostic> Check(string source, string file)
    {
        var run = new Run(this, source, file);
        foreach (var markup in TemplateTokenizer.Markups(source))
        {
            run.Visit(markup);
        }

        return run.Diagnostics;
    }

}
