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

    private static readonly Dictionary<string, Type> LoopMembers = new(StringComparer.Ordinal)
    {
        ["index"] = typeof(int),
        ["index0"] = typeof(int),
        ["rindex"] = typeof(int),
        ["rindex0"] = typeof(int),
        ["first"] = typeof(bool),
        ["last"] = typeof(bool),
        ["length"] = typeof(int),
        ["col"] = typeof(int),
        ["col0"] = typeof(int),
        ["col_first"] = typeof(bool),
        ["col_last"] = typeof(bool),
        ["row"] = typeof(int),
    };

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
