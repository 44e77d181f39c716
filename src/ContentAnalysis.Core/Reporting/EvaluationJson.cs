using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Core.Reporting;

/// <summary>The JSON of <c>qcat autocode --evaluate</c>.</summary>
internal sealed record EvaluationJson(string Coder, string Against, IReadOnlyList<DimensionEvaluationJson> Dimensions);

/// <summary>One dimension of the evaluation.</summary>
internal sealed record DimensionEvaluationJson(string Dimension, string Kind, int Units, int NotAutocoded, AverageScores Micro, AverageScores Macro, IReadOnlyList<CategoryScoreJson> Categories);

/// <summary>One category of the evaluation.</summary>
internal sealed record CategoryScoreJson(string Category, string Label, int Tp, int Fp, int Fn, double? Precision, double? Recall, double? F1, IReadOnlyList<string> FalsePositives, IReadOnlyList<string> FalseNegatives);
