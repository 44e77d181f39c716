using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// The tables of <c>qcat autocode</c> (rows shared by the terminal, CSV and Markdown) and its Markdown; numbers for
/// people have three decimals, a dash when undefined.
/// </summary>
public static class AutocodingMarkdownWriter
{
    /// <summary>The columns of a dimension's run table.</summary>
    public static IReadOnlyList<string> SummaryHeader { get; } = ["value", "label", "units"];

    /// <summary>The columns of a dimension's evaluation table.</summary>
    public static IReadOnlyList<string> EvaluationHeader { get; } = ["category", "tp", "fp", "fn", "precision", "recall", "f1"];

    /// <summary>The columns of the CSV of an evaluation.</summary>
    public static IReadOnlyList<string> EvaluationCsvHeader { get; } = ["dimension", "category", "units", "tp", "fp", "fn", "precision", "recall", "f1", "false_positives", "false_negatives"];

    /// <summary>The columns of an explanation's matches for people (<c>at</c> is line:column in the unit's text).</summary>
    public static IReadOnlyList<string> ExplanationHeader { get; } = ["at", "dimension", "category", "kind", "indicator", "matched", "negator"];

    /// <summary>The columns of an explanation's matches as CSV.</summary>
    public static IReadOnlyList<string> ExplanationCsvHeader { get; } = ["line", "column", "start", "length", "dimension", "category", "kind", "indicator", "matched", "negator"];

    /// <summary>The line under the run: how many codings were written.</summary>
    public static string SummaryLine(AutocodingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return string.Create(CultureInfo.InvariantCulture, $"coder {summary.Coder}: {summary.Units} units coded; {summary.Written} codings written to {summary.Journal}, {summary.Unchanged} unchanged");
    }

    /// <summary>A dimension's heading line in the run output.</summary>
    public static string SummaryTitle(DimensionAutocoding dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var extra = new List<string>();
        if (dimension.Ties > 0)
        {
            extra.Add(string.Create(CultureInfo.InvariantCulture, $"{dimension.Ties} ties given to the category first in codebook order"));
        }

        if (dimension.Negated > 0)
        {
            extra.Add(string.Create(CultureInfo.InvariantCulture, $"{dimension.Negated} matches negated"));
        }

        var note = dimension.Kind == "multi" ? "; a unit may have several categories" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{dimension.Dimension} ({dimension.Kind}): {dimension.Units} units{note}") + (extra.Count > 0 ? " (" + string.Join("; ", extra) + ")" : string.Empty);
    }

    /// <summary>A dimension's run rows: every category, then <c>none</c> or <c>uncoded</c> when any unit got it.</summary>
    public static List<string[]> SummaryRows(DimensionAutocoding dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var rows = dimension.Categories.Select(c => new[] { c.Category, c.Label, Count(c.Units) }).ToList();
        if (dimension.None > 0)
        {
            rows.Add(["none", "no indicator matched", Count(dimension.None)]);
        }

        if (dimension.Uncoded > 0)
        {
            rows.Add(["uncoded", "no indicator matched (optional dimension)", Count(dimension.Uncoded)]);
        }

        return rows;
    }

    /// <summary><c>qcat autocode --format md</c>.</summary>
    public static string Summary(AutocodingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder().Append(SummaryLine(summary)).Append('\n');
        foreach (var dimension in summary.Dimensions)
        {
            text.Append("\n### ").Append(SummaryTitle(dimension)).Append("\n\n");
            text.Append(TableWriter.ToMarkdown(SummaryHeader, SummaryRows(dimension)));
        }

        return text.ToString();
    }

    /// <summary>A dimension's evaluation heading line.</summary>
    public static string EvaluationTitle(AutocodingEvaluation evaluation, DimensionEvaluation dimension)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(dimension);
        var left = dimension.NotAutocoded > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {dimension.NotAutocoded} units the dictionary has not coded are left out") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{dimension.Dimension} ({dimension.Kind}): {evaluation.Coder} against {evaluation.Reference}, {dimension.Units} units{left}");
    }

    /// <summary>A dimension's evaluation rows: each category, then the micro and macro averages.</summary>
    public static List<string[]> EvaluationRows(DimensionEvaluation dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var rows = dimension.Categories.Select(c => new[] { c.Category, Count(c.TruePositives), Count(c.FalsePositives), Count(c.FalseNegatives), Show(c.Precision), Show(c.Recall), Show(c.F1) }).ToList();
        rows.Add(["micro average", Count(dimension.Categories.Sum(c => c.TruePositives)), Count(dimension.Categories.Sum(c => c.FalsePositives)), Count(dimension.Categories.Sum(c => c.FalseNegatives)), Show(dimension.Micro.Precision), Show(dimension.Micro.Recall), Show(dimension.Micro.F1)]);
        rows.Add(["macro average", string.Empty, string.Empty, string.Empty, Show(dimension.Macro.Precision), Show(dimension.Macro.Recall), Show(dimension.Macro.F1)]);
        return rows;
    }

    /// <summary>The lines naming the units behind each category's false positives and false negatives (none when there are no errors).</summary>
    public static List<string> ErrorLines(DimensionEvaluation dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var lines = new List<string>();
        foreach (var category in dimension.Categories)
        {
            if (category.FalsePositiveUnits.Count > 0)
            {
                lines.Add($"{category.Category} false positives: {string.Join(", ", category.FalsePositiveUnits)}");
            }

            if (category.FalseNegativeUnits.Count > 0)
            {
                lines.Add($"{category.Category} false negatives: {string.Join(", ", category.FalseNegativeUnits)}");
            }
        }

        return lines;
    }

    /// <summary>The evaluation as CSV rows: one per category, then <c>micro average</c> and <c>macro average</c>; exact numbers, units joined by <c>;</c>.</summary>
    public static List<string[]> EvaluationCsvRows(AutocodingEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var rows = new List<string[]>();
        foreach (var d in evaluation.Dimensions)
        {
            var units = Count(d.Units);
            rows.AddRange(d.Categories.Select(c => new[] { d.Dimension, c.Category, units, Count(c.TruePositives), Count(c.FalsePositives), Count(c.FalseNegatives), Exact(c.Precision), Exact(c.Recall), Exact(c.F1), string.Join(';', c.FalsePositiveUnits), string.Join(';', c.FalseNegativeUnits) }));
            rows.Add([d.Dimension, "micro average", units, Count(d.Categories.Sum(c => c.TruePositives)), Count(d.Categories.Sum(c => c.FalsePositives)), Count(d.Categories.Sum(c => c.FalseNegatives)), Exact(d.Micro.Precision), Exact(d.Micro.Recall), Exact(d.Micro.F1), string.Empty, string.Empty]);
            rows.Add([d.Dimension, "macro average", units, string.Empty, string.Empty, string.Empty, Exact(d.Macro.Precision), Exact(d.Macro.Recall), Exact(d.Macro.F1), string.Empty, string.Empty]);
        }

        return rows;
    }

    /// <summary><c>qcat autocode --evaluate --format md</c>.</summary>
    public static string Evaluation(AutocodingEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var text = new StringBuilder();
        foreach (var dimension in evaluation.Dimensions)
        {
            text.Append(text.Length == 0 ? string.Empty : "\n").Append("### ").Append(EvaluationTitle(evaluation, dimension)).Append("\n\n");
            text.Append(TableWriter.ToMarkdown(EvaluationHeader, EvaluationRows(dimension)));
            var errors = ErrorLines(dimension);
            if (errors.Count > 0)
            {
                text.Append('\n');
                foreach (var line in errors)
                {
                    text.Append("- ").Append(line).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>An explanation's match rows for people, in text order.</summary>
    public static List<string[]> ExplanationRows(UnitExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return [.. explanation.Hits.Select(h => new[] { $"{Count(h.Line)}:{Count(h.Column)}", h.Dimension, h.Category, h.Kind, h.Indicator, h.Matched, h.Negator ?? string.Empty })];
    }

    /// <summary>An explanation's match rows as CSV, in text order.</summary>
    public static List<string[]> ExplanationCsvRows(UnitExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return [.. explanation.Hits.Select(h => new[] { Count(h.Line), Count(h.Column), Count(h.Start), Count(h.Length), h.Dimension, h.Category, h.Kind, h.Indicator, h.Matched, h.Negator ?? string.Empty })];
    }

    /// <summary>The decision lines of an explanation: <c>russia_role = mediator (autocode: mediator 2)</c>.</summary>
    public static List<string> DecisionLines(UnitExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return [.. explanation.Values.Select(v => $"{v.Dimension} = {string.Join(", ", v.Values)} ({v.Memo})")];
    }

    /// <summary><c>qcat autocode --explain UNIT --format md</c>.</summary>
    public static string Explanation(UnitExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var text = new StringBuilder().Append("### ").Append(explanation.Unit).Append("\n\n");
        text.Append("> ").Append(explanation.Text.Replace("\n", "\n> ", StringComparison.Ordinal)).Append("\n\n");
        text.Append(explanation.Hits.Count == 0 ? "No indicator matched.\n" : TableWriter.ToMarkdown(ExplanationHeader, ExplanationRows(explanation)));
        text.Append('\n');
        foreach (var line in DecisionLines(explanation))
        {
            text.Append("- ").Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Show(double? value) => AnalysisMarkdownWriter.Show(value);

    private static string Exact(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
