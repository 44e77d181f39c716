using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes the JSON of <c>qcat autocode</c>, <c>--evaluate</c> and <c>--explain</c>; each text ends with a newline.</summary>
public static class AutocodingJsonWriter
{
    /// <summary><c>qcat autocode --format json</c>: what was written and the units per category.</summary>
    public static string Summary(AutocodingSummary summary) =>
        DataJsonWriter.Serialize(summary, DataJsonContext.Types.AutocodingSummary);

    /// <summary><c>qcat autocode --evaluate --format json</c>: per dimension the averages and per category the counts, ratios and units behind the errors.</summary>
    public static string Evaluation(AutocodingEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var json = new EvaluationJson(
            evaluation.Coder,
            evaluation.Reference,
            [
                .. evaluation.Dimensions.Select(d => new DimensionEvaluationJson(
                    d.Dimension, d.Kind, d.Units, d.NotAutocoded, d.Micro, d.Macro,
                    [.. d.Categories.Select(c => new CategoryScoreJson(c.Category, c.Label, c.TruePositives, c.FalsePositives, c.FalseNegatives, c.Precision, c.Recall, c.F1, c.FalsePositiveUnits, c.FalseNegativeUnits))])),
            ]);
        return DataJsonWriter.Serialize(json, DataJsonContext.Types.EvaluationJson);
    }

    /// <summary><c>qcat autocode --explain UNIT --format json</c>: the unit's text, every match and the decision per dimension.</summary>
    public static string Explanation(UnitExplanation explanation) =>
        DataJsonWriter.Serialize(explanation, DataJsonContext.Types.UnitExplanation);
}
