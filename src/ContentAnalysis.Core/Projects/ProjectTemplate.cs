using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Projects;

/// <summary>Creates an empty project: <c>codebooks/</c> with a commented starter codebook, <c>data/</c>, <c>reports/</c> and <c>qcat.yaml</c>.</summary>
public static class ProjectTemplate
{
    /// <summary>The starter codebook's path, relative to the project root.</summary>
    public const string CodebookFile = "codebooks/codebook.yaml";

    /// <summary>The starter <c>qcat.yaml</c>: the codebook and a commented example of periods.</summary>
    public const string Settings = """
        # Project settings; README "Project settings" and docs/corpus.md explain them.
        codebook: codebooks/codebook.yaml

        # Periods the documents are compared by (optional). A document's date falls in the last period
        # starting on or before it; a 'period:' in front matter or a manifest must be one of these ids.
        # Without periods no document gets one. Remove the '#' to declare yours:
        # periods:
        #   - id: before
        #     label: Before the campaign
        #     start: 2023-01-01
        #   - id: campaign
        #     label: The election campaign
        #     start: 2024-08-01

        """;

    /// <summary>The starter codebook: one single-choice dimension and one ordinal scale, every key explained.</summary>
    public const string Codebook = """
        # Starter codebook: replace the example dimensions with your own. docs/codebook-format.md explains
        # every key; 'qcat codebook validate' checks the file and 'qcat codebook show' prints it.
        id: my-study                        # lower-case letters, digits, '_' and '-'
        title: My study
        version: "0.1"                      # your own version label; quoted so YAML keeps it text
        description: >
          What the study codes and why. Coders read this first.
        unit: paragraph                     # paragraph | sentence | document

        dimensions:
          - id: topic
            label: Topic
            question: What is the unit mainly about?
            kind: single                    # single: one category (or 'none'); multi: any number
            required: true                  # the coder must decide; 'none' records "no category applies"
            categories:
              - id: economy
                label: Economy
                definition: Jobs, prices, trade, taxes and the budget.
                include:
                  - A figure about growth, prices or jobs is reported or disputed.
                exclude:
                  - rule: Spending on schools or hospitals is about public services.
                    see: services
                examples:
                  - "Unemployment fell for the third month in a row."
              - id: services
                label: Public services
                definition: Schools, hospitals, transport and other services the state provides.
                examples:
                  - "The new hospital wing opens in spring."

          - id: tone
            label: Tone
            question: How does the unit present its main subject?
            kind: ordinal                   # ordinal | interval: a value on a scale of levels
            required: false                 # units without a clear tone stay uncoded
            levels:                         # strictly increasing values
              - value: -1
                label: negative
                definition: The subject is criticised or its failures are stressed.
              - value: 0
                label: neutral
                definition: The subject is reported without praise or blame.
              - value: 1
                label: positive
                definition: The subject is praised or its successes are stressed.

        """;

    /// <summary>Creates the project in <paramref name="root"/> (made when missing).</summary>
    /// <returns>The files and folders created, relative to <paramref name="root"/>.</returns>
    /// <exception cref="InputException">The folder holds a project already (<c>qcat.yaml</c>, a codebook or a corpus).</exception>
    public static IReadOnlyList<string> Create(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var layout = new ProjectLayout(Path.GetFullPath(root));
        string[] markers = [Path.Combine(layout.Root, ProjectSettings.FileName), CorpusStore.DocumentsTablePath(layout), .. CodebookLocator.ListCodebookFiles(layout)];
        var existing = Array.Find(markers, File.Exists);
        if (existing is not null || File.Exists(layout.Root))
        {
            throw new InputException(ProjectDiagnostics.ProjectAlreadyThere(existing is null, existing is null ? layout.Root : layout.Relative(existing)));
        }

        Directory.CreateDirectory(layout.CodebooksDirectory);
        Directory.CreateDirectory(layout.DataDirectory);
        Directory.CreateDirectory(layout.ReportsDirectory);
        File.WriteAllText(Path.Combine(layout.Root, ProjectSettings.FileName), Settings);
        File.WriteAllText(Path.Combine(layout.Root, CodebookFile), Codebook);
        return [ProjectSettings.FileName, CodebookFile, "data/", "reports/"];
    }
}
