namespace ContentAnalysis.Core.Reporting;

// The JSON shape of `qcat agree --stability` and `qcat training report` (docs/training.md), kept in one file.

/// <summary>The JSON of <c>qcat agree --stability</c>.</summary>
internal sealed record StabilityJson(string Coder, string Recode, int PairedUnits, PassJson? FirstPass, PassJson? SecondPass, IntervalJson? IntervalDays, AgreementJson Agreement);

/// <summary>When a pass coded the units compared (UTC).</summary>
internal sealed record PassJson(string Start, string End);

/// <summary>Days between the two codings of a unit.</summary>
internal sealed record IntervalJson(double Min, double Median, double Max);

/// <summary>The JSON of <c>qcat training report</c>.</summary>
internal sealed record TrainingJson(IReadOnlyDictionary<string, int> RoundsPerCoder, IReadOnlyList<TrainingRoundJson> Rounds, IReadOnlyList<CodebookRevisionJson> CodebookRevisions);

/// <summary>One training round.</summary>
internal sealed record TrainingRoundJson(int Round, string Coder, string Date, string Reference, string Sample, string CodebookVersion, string CodebookHash, int Units, IReadOnlyList<RoundAlphaJson> Dimensions);

/// <summary>Agreement with the reference on one dimension in one round.</summary>
internal sealed record RoundAlphaJson(
    string Dimension,
    int PairableUnits,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] double? Alpha,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] double? PercentAgreement);

/// <summary>A change of codebook between two rounds.</summary>
internal sealed record CodebookRevisionJson(string FromVersion, string FromHash, string ToVersion, string ToHash, string Coder, int Round, bool Known, IReadOnlyList<string> Changes);
