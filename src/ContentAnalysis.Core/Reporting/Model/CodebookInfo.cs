namespace ContentAnalysis.Core.Reporting;

/// <summary>The codebook as a report shows it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Version">The analyst's version label.</param>
/// <param name="Hash">The content hash recorded with every coding.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Authors">Who wrote it, joined with commas (empty when not given).</param>
/// <param name="Unit">The unit of analysis (<c>paragraph</c>, <c>sentence</c>, <c>document</c>).</param>
/// <param name="Dimensions">The dimensions in codebook order.</param>
public sealed record CodebookInfo(string Id, string Title, string Version, string Hash, string Description, string Authors, string Unit, IReadOnlyList<DimensionInfo> Dimensions);

/// <summary>One dimension of the codebook.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Question">The question the coder answers.</param>
/// <param name="Description">Longer guidance, or empty.</param>
/// <param name="Kind"><c>single</c>, <c>multi</c>, <c>ordinal</c> or <c>interval</c>.</param>
/// <param name="KindText">The kind in words, e.g. <c>one category per unit</c>.</param>
/// <param name="Required">Whether a value must be recorded (otherwise it may be left uncoded).</param>
/// <param name="IsCategorical">Whether it has categories rather than a scale.</param>
/// <param name="Categories">Its categories, sub-categories included, depth first.</param>
/// <param name="Levels">Its scale levels.</param>
public sealed record DimensionInfo(string Id, string Label, string Question, string Description, string Kind, string KindText, bool Required, bool IsCategorical, IReadOnlyList<CategoryInfo> Categories, IReadOnlyList<LevelInfo> Levels);

/// <summary>One category with its coding rules.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Definition">What it means.</param>
/// <param name="Include">When it applies.</param>
/// <param name="Exclude">When it does not (with the neighbour to use instead, if named).</param>
/// <param name="Examples">Anchor examples.</param>
/// <param name="Depth">0 for a top-level category, 1 for a sub-category, …</param>
public sealed record CategoryInfo(string Id, string Label, string Definition, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, IReadOnlyList<string> Examples, int Depth);

/// <summary>One level of an ordinal or interval scale.</summary>
/// <param name="Value">The value coders record, e.g. <c>-2</c>.</param>
/// <param name="Label">Its label.</param>
/// <param name="Definition">What it means, or empty.</param>
/// <param name="Examples">Anchor examples.</param>
public sealed record LevelInfo(string Value, string Label, string Definition, IReadOnlyList<string> Examples);
