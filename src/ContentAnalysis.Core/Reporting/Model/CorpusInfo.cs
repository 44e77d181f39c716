namespace ContentAnalysis.Core.Reporting;

/// <summary>The corpus: documents and units, by period and by source.</summary>
/// <param name="Documents">Number of documents.</param>
/// <param name="Units">Number of units.</param>
/// <param name="UnitKind">What a unit is (<c>paragraph</c>, …).</param>
/// <param name="CodedUnits">Units at least one coder coded.</param>
/// <param name="UncodedUnits">Units not excluded that no coder coded (left out of every analysis).</param>
/// <param name="Periods">Documents and units per period, in the order <c>qcat.yaml</c> declares them.</param>
/// <param name="Sources">Documents and units per source (outlet, publisher: the kind of text).</param>
/// <param name="DocumentList">Every document.</param>
public sealed record CorpusInfo(int Documents, int Units, string UnitKind, int CodedUnits, int UncodedUnits, IReadOnlyList<GroupCount> Periods, IReadOnlyList<GroupCount> Sources, IReadOnlyList<DocumentInfo> DocumentList)
{
    /// <summary>Units excluded as not content (captions, bylines; <c>data/exclusions.csv</c>): in <see cref="Units"/>, in no analysis.</summary>
    public int ExcludedUnits { get; init; }
}

/// <summary>Documents and units in one group (a period or a source).</summary>
/// <param name="Id">The group's id (a period id or the source's name; <c>no period</c> when none).</param>
/// <param name="Label">Its label (the period's label, or the id).</param>
/// <param name="Documents">Documents in the group.</param>
/// <param name="Units">Units in the group.</param>
public sealed record GroupCount(string Id, string Label, int Documents, int Units);

/// <summary>One document of the corpus.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Author">Its author(s).</param>
/// <param name="Source">Where it was published.</param>
/// <param name="Date">Its date (<c>yyyy-MM-dd</c>).</param>
/// <param name="Period">Its period.</param>
/// <param name="Units">Its number of units.</param>
public sealed record DocumentInfo(string Id, string Title, string Author, string Source, string Date, string Period, int Units);

/// <summary>One coder and how much they coded.</summary>
/// <param name="Name">The coder's name.</param>
/// <param name="Units">Units coded (on at least one dimension).</param>
/// <param name="SampleUnits">Units of the reliability sample coded.</param>
/// <param name="Codings">Unit × dimension codings.</param>
/// <param name="IsReconciled">Whether this is the reconciled coding (<c>gold</c>), not an independent coder.</param>
public sealed record CoderInfo(string Name, int Units, int SampleUnits, int Codings, bool IsReconciled);

/// <summary>The reliability sample.</summary>
/// <param name="Name">The sample's name, or <c>all</c> when agreement was measured on every unit coded twice.</param>
/// <param name="Units">Units in the sample.</param>
/// <param name="Population">Units it was drawn from.</param>
/// <param name="Share">Units ÷ population (0 when the population is unknown).</param>
/// <param name="Seed">The random seed (0 when chosen by hand or unknown).</param>
/// <param name="Stratify">How it was stratified (<c>none</c>, <c>period</c>, <c>document</c>).</param>
/// <param name="Requested">The size asked for (<c>36</c> or <c>10%</c>).</param>
/// <param name="Periods">Sample units per period.</param>
public sealed record SampleInfo(string Name, int Units, int Population, double Share, int Seed, string Stratify, string Requested, IReadOnlyList<GroupCount> Periods);
