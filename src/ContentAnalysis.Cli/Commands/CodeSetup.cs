using ContentAnalysis.Core;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Loading shared by <c>code</c>, <c>sample</c> and <c>progress</c>: the codebook, the corpus and a sample's units.</summary>
internal static class CodeSetup
{
    /// <summary>The name that means "every unit of the corpus" for <c>--sample</c>.</summary>
    public const string AllUnits = "all";

    /// <summary>Loads the project's codebook (or the one requested), printing its diagnostics.</summary>
    /// <exception cref="InputException">The codebook has errors.</exception>
    public static Codebook LoadCodebook(CliContext context, ProjectLayout layout, string? requested)
    {
        var path = CodebookLocator.Resolve(layout, requested);
        var display = CodebookCommand.Display(context, path);
        var result = CodebookLoader.LoadFile(path, display);
        return result.Codebook ?? throw new InputException([.. result.Diagnostics]);
    }

    /// <summary>Opens the corpus and refuses an empty one with a hint.</summary>
    /// <exception cref="InputException">Nothing has been imported, or a corpus table is malformed.</exception>
    public static CorpusStore OpenCorpus(ProjectLayout layout)
    {
        var corpus = CorpusStore.Open(layout);
        return corpus.Units.Count > 0
            ? corpus
            : throw new InputException(Diagnostic.Error(SamplingDiagnostics.BadSessionOption, "the corpus has no units", layout.Relative(CorpusStore.UnitsTablePath(layout)), hint: "import documents first with 'qcat corpus import FILES'"));
    }

    /// <summary>The unit ids of sample <paramref name="name"/> (checked against the corpus), or null for <c>all</c>.</summary>
    /// <exception cref="InputException">The sample is missing, malformed or names units the corpus lacks.</exception>
    public static IReadOnlySet<string>? SampleUnits(ProjectLayout layout, CorpusStore corpus, string? name)
    {
        if (name is null || name == AllUnits)
        {
            return null;
        }

        var sample = ReadSample(layout, name);
        var display = layout.Relative(SampleFile.PathOf(layout, name));
        var missing = sample.Units.Where(u => corpus.FindUnit(u.Unit) is null).Take(5).ToList();
        if (missing.Count > 0)
        {
            throw new InputException([.. missing.Select(u => Diagnostic.Error(SamplingDiagnostics.UnknownUnit, $"unit '{u.Unit}' of the sample is not in the corpus", display, hint: "the document was removed or re-cut; recreate the sample with --force"))]);
        }

        return sample.Units.Select(u => u.Unit).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Reads sample <paramref name="name"/>.</summary>
    /// <exception cref="InputException">The name is not allowed, or the sample is missing or malformed.</exception>
    public static ReliabilitySample ReadSample(ProjectLayout layout, string name)
    {
        CheckName(name);
        var path = SampleFile.PathOf(layout, name);
        return SampleFile.Read(path, layout.Relative(path));
    }

    /// <summary>Refuses sample names that are not plain file names.</summary>
    /// <exception cref="InputException">The name has characters other than letters, digits, '_' and '-', or is <c>all</c>.</exception>
    public static void CheckName(string name)
    {
        if (name.Length == 0 || name == AllUnits || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new InputException(Diagnostic.Error(SamplingDiagnostics.BadName, $"sample name '{name}' is not allowed", hint: "use letters, digits, '_' and '-' ('all' is reserved for the whole corpus)"));
        }
    }
}
