namespace ContentAnalysis.Core.Reporting;

// The JSON shape of `qcat reconcile --summary --format json`: one family of DTOs kept in one file.

/// <summary>The top level of <c>qcat reconcile --summary --format json</c>.</summary>
internal sealed record ReconciliationJson(string Into, IReadOnlyList<string> Coders, string Scope, IReadOnlyList<ReconciliationRowJson> Dimensions, ReconciliationRowJson Total);

/// <summary>The counts of one dimension (or the total); <c>chose_coder</c> maps each coder to the units decided for them.</summary>
internal sealed record ReconciliationRowJson(
    string Dimension,
    int Agreed,
    int Majority,
    Dictionary<string, int> ChoseCoder,
    int Combined,
    int NewValue,
    int Other,
    int Decided,
    int Open,
    int Incomplete);
