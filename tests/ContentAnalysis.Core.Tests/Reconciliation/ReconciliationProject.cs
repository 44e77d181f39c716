using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Tests.Reconciliation;

/// <summary>
/// A small project for reconciliation tests: document <c>d</c> with four paragraphs (<c>d.p001</c>–<c>d.p004</c>); dimensions
/// <c>topic</c> (multi: economy 1, services 2, health 3), <c>stance</c> (single: pro 1, contra 2, mixed 3) and <c>tone</c>
/// (ordinal -1, 0, 1; optional).
/// </summary>
internal sealed class ReconciliationProject : IDisposable
{
    private const string Codebook = """
        id: study
        title: Study
        version: "1"
        unit: paragraph
        dimensions:
          - id: topic
            label: Topic
            question: What is it about?
            kind: multi
            required: true
            categories:
              - {id: economy, label: Economy, definition: Jobs and prices.}
              - {id: services, label: Services, definition: Schools and hospitals.}
              - {id: health, label: Health, definition: Illness and care.}
          - id: stance
            label: Stance
            question: For or against?
            kind: single
            required: true
            categories:
              - {id: pro, label: Pro, definition: In favour.}
              - {id: contra, label: Contra, definition: Against.}
              - {id: mixed, label: Mixed, definition: Both.}
          - id: tone
            label: Tone
            question: How does it sound?
            kind: ordinal
            required: false
            levels:
              - {value: -1, label: negative, definition: Critical.}
              - {value: 0, label: neutral}
              - {value: 1, label: positive, definition: Praising.}
        """;

    private readonly TempDirectory _temp = new();

    public ReconciliationProject()
    {
        _temp.Write("codebooks/study.yaml", Codebook);
        var source = _temp.Write("d.md", "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\nFourth paragraph.\n");
        Project.Open(_temp.Path).ImportCorpus([source], new CorpusImportOptions());
        Project = Project.Open(_temp.Path);
    }

    public Project Project { get; }

    public string Path => _temp.Path;

    public string GoldPath => System.IO.Path.Combine(_temp.Path, "data", "codings", "gold.csv");

    /// <summary>Records <paramref name="values"/> (';'-separated) for a coder, with an optional memo.</summary>
    public ReconciliationProject Code(string coder, string unit, string dimension, string values, string memo = "")
    {
        Project.Codings.Append(coder, new CodingRecord(DateTimeOffset.UnixEpoch, coder, unit, dimension, values.Split(';'), memo, "h", "u"));
        return this;
    }

    public void Dispose() => _temp.Dispose();
}
